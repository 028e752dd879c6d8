import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ListDefinition, ListEntry, readSnapshots, ReleaseEntity } from '@concord/control-list';

/**
 * Base-release entries and definitions for redlines, batched per request: every change on a page that points into
 * a release is served by one (selective) snapshot read of all of them. Keys are `<releaseId> <code or term>`.
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

  /** Only the entries the batch asks for, of every release it names, at once (definitions are few and all come along). */
  private async snapshots(keys: readonly string[]) {
    const codesByRelease = new Map<string, string[]>();
    for (const [releaseId, code] of keys.map(split)) codesByRelease.set(releaseId, [...(codesByRelease.get(releaseId) ?? []), code]);
    const releases = await this.db.getRepository(ReleaseEntity).findBy({ id: In([...codesByRelease.keys()]) });
    return readSnapshots(this.db.manager, releases, [...new Set([...codesByRelease.values()].flat())]);
  }
}

function split(key: string): [string, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space), key.slice(space + 1)];
}
