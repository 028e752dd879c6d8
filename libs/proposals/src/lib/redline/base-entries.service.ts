import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ListDefinition, ListEntry, readSnapshot, ReleaseEntity } from '@concord/control-list';

/**
 * Base-release entries and definitions for redlines, batched per request: every change on a page that points into
 * the same release is served by one (selective) snapshot read. Keys are `<releaseId> <code or term>`.
 */
@Injectable()
export class BaseEntriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  readonly entries = () =>
    new DataLoader<string, ListEntry | null>(async (keys) => {
      const documents = await this.snapshots(keys);
      return keys.map((key) => {
        const [releaseId, code] = split(key);
        return documents.get(releaseId)?.entries.find((entry) => entry.code === code) ?? null;
      });
    });

  readonly definitions = () =>
    new DataLoader<string, ListDefinition | null>(async (keys) => {
      const documents = await this.snapshots(keys);
      return keys.map((key) => {
        const [releaseId, term] = split(key);
        return documents.get(releaseId)?.definitions.find((d) => d.term.toLowerCase() === term.toLowerCase()) ?? null;
      });
    });

  /** Per release, only the entries the batch asks for (definitions are few and all come along). */
  private async snapshots(keys: readonly string[]) {
    const codesByRelease = new Map<string, string[]>();
    for (const [releaseId, code] of keys.map(split)) codesByRelease.set(releaseId, [...(codesByRelease.get(releaseId) ?? []), code]);
    const releases = await this.db.getRepository(ReleaseEntity).findBy({ id: In([...codesByRelease.keys()]) });
    const documents = await Promise.all(
      releases.map(async (release) => [release.id, await readSnapshot(this.db.manager, release, codesByRelease.get(release.id))] as const),
    );
    return new Map(documents);
  }
}

function split(key: string): [string, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space), key.slice(space + 1)];
}
