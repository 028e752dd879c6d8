import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { readSnapshotTally, ReleaseEntity, SnapshotTally } from '@concord/control-list';

/** Drafts start from the latest release; the one before stays for drafts begun just before a publication. */
const KEPT = 2;

/**
 * The figures of the releases drafts start from. Counting is a scan of the whole snapshot, and a released snapshot
 * never changes: the first draft after a publication counts, the next ones cost only their changes.
 */
@Injectable()
export class SnapshotTallies {
  private readonly tallies = new Map<string, SnapshotTally>();

  async of(manager: EntityManager, release: ReleaseEntity): Promise<SnapshotTally> {
    const known = this.tallies.get(release.id);
    if (known) return known;
    const tally = await readSnapshotTally(manager, release);
    if (this.tallies.size >= KEPT) this.tallies.delete(this.tallies.keys().next().value!);
    this.tallies.set(release.id, tally);
    return tally;
  }
}
