import { Injectable } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { ByteLru } from '@concord/shared/db';
import { EntryKey, entryKeyOf, EntryParts } from '../snapshots/entry-reader';

/** What one kept entry costs besides its texts: the objects, the arrays and the key. */
const ENTRY_OVERHEAD_BYTES = 256;
const PART_OVERHEAD_BYTES = 96;

/**
 * The nested lists of released entries, read from the database once per process: a released release's rows never
 * change (the database refuses it), so an executed pull of the list spends its time building the answer, not
 * fetching and decoding the same 3,000 paragraphs again (three statements and half the CPU of a full pull).
 * Every page still checks the release first (ReleaseContentCheck), so rows changed behind the database's back are
 * refused as before rather than answered from here. Drafts are never kept. Off when ENTRY_PARTS_CACHE_BYTES is 0.
 */
@Injectable()
export class ReleasedEntryParts {
  private readonly kept: ByteLru<EntryParts> | undefined;

  constructor(@InjectConfig() config: ConcordConfig) {
    this.kept = config.entryPartsCacheBytes > 0 ? new ByteLru<EntryParts>(config.entryPartsCacheBytes) : undefined;
  }

  /**
   * The parts of these entries of a released release: those kept, and the others read by `read` and kept. `read`
   * reads where the request read the entries (ReadReplicas pins a request to one replica, or the primary, which is
   * never behind it), so what is kept is what the release holds.
   */
  async of(releaseId: string, codes: readonly string[], read: (codes: readonly string[]) => Promise<(key: EntryKey) => EntryParts>): Promise<(key: EntryKey) => EntryParts> {
    const kept = this.kept;
    if (!kept) return read(codes);
    const found = new Map<string, EntryParts>();
    const missing: string[] = [];
    for (const code of codes) {
      const parts = kept.get(entryKeyOf(releaseId, code));
      if (parts) found.set(code, parts);
      else missing.push(code);
    }
    if (missing.length) {
      const partsOf = await read(missing);
      for (const code of missing) {
        const parts = partsOf({ releaseId, code });
        found.set(code, parts);
        // An entry with nothing nested is read again next time rather than kept: a read outside any request (no
        // replica pinned) could have gone to a replica that has not replayed the release yet, and found nothing.
        if (parts.paragraphs.length || parts.references.length || parts.correlations.length) kept.set(entryKeyOf(releaseId, code), parts, bytesOf(parts));
      }
    }
    return (key) => (key.releaseId === releaseId ? found.get(key.code) : undefined) ?? { paragraphs: [], references: [], correlations: [] };
  }
}

/** Strings count twice their length (UTF-16); authentic texts by their JSON. */
function bytesOf(parts: EntryParts): number {
  let bytes = ENTRY_OVERHEAD_BYTES;
  for (const paragraph of parts.paragraphs) {
    bytes += PART_OVERHEAD_BYTES + 2 * (paragraph.path.length + paragraph.kind.length + paragraph.text.length);
    if (paragraph.texts) bytes += 2 * JSON.stringify(paragraph.texts).length;
  }
  for (const reference of parts.references) bytes += PART_OVERHEAD_BYTES + 2 * (reference.regime.length + reference.code.length);
  for (const correlation of parts.correlations) bytes += PART_OVERHEAD_BYTES + 2 * (correlation.scheme.length + correlation.code.length + correlation.relation.length);
  return bytes;
}
