import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { ReadReplicas } from '@concord/shared/db';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { EntryKey, EntryParts, readEntryParts } from '../snapshots/entry-reader';
import { ReleaseEntryEntity } from '../snapshots/release-entry.entity';
import { EntryFilter } from './entry-filter.input';
import { ReleaseContentCheck } from './release-content-check';

@Injectable()
export class EntriesService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly content: ReleaseContentCheck,
  ) {}

  /** A page of a release's entries in code order. */
  async page(actor: Actor, releaseId: string, filter: EntryFilter = {}, args: PageArgs = {}): Promise<Connection<ReleaseEntryEntity>> {
    this.access.assert(actor, Permission.READ_RELEASES);
    await this.content.assertIntact(releaseId);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const [totalCount, rows] = await this.replicas.read(async (db) => {
      const query = db.getRepository(ReleaseEntryEntity).createQueryBuilder('entry').where('entry.releaseId = :releaseId', { releaseId });
      if (filter.category) query.andWhere('left(entry.code, 1) = :category', { category: filter.category });
      if (filter.productGroup) query.andWhere('substr(entry.code, 2, 1) = :productGroup', { productGroup: filter.productGroup });
      if (filter.codePrefix) query.andWhere('starts_with(entry.code, :codePrefix)', { codePrefix: filter.codePrefix });
      if (filter.reason) query.andWhere(':reason = ANY(entry.reasons)', { reason: filter.reason });
      if (filter.status) query.andWhere('entry.status = :status', { status: filter.status });
      if (filter.search?.trim()) {
        // The same quote folding as the indexed text (see ReleaseEntryEntity.search), except that typographic double
        // quotes become straight ones, which websearch syntax reads as a phrase.
        query.andWhere(`entry.search @@ websearch_to_tsquery('english', translate(:search, '“”‘’«»', '""  ""'))`, {
          search: filter.search.trim(),
        });
      }
      const count = await query.getCount();
      if (after) query.andWhere('entry.code > :after', { after: String(after[0]) });
      return [count, await query.orderBy('entry.code', 'ASC').limit(size + 1).getMany()] as const;
    });
    return toConnection(rows, size, totalCount, (entry) => [entry.code], (entry) => entry);
  }

  async byCode(actor: Actor, releaseId: string, code: string): Promise<ReleaseEntryEntity | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    await this.content.assertIntact(releaseId);
    return this.replicas.read((db) => db.getRepository(ReleaseEntryEntity).findOneBy({ releaseId, code: code.trim().toUpperCase() }));
  }

  /**
   * Per-request loader of the entries' nested lists: a whole page of entries costs the entry reader's three queries,
   * never some per entry, whichever of the lists the request asks for.
   */
  readonly parts = () =>
    new DataLoader<EntryKey, EntryParts, string>(
      async (keys) => {
        const partsOf = await this.replicas.read((db) =>
          readEntryParts(db, {
            releaseIds: [...new Set(keys.map((key) => key.releaseId))],
            codes: [...new Set(keys.map((key) => key.code))],
          }),
        );
        return keys.map(partsOf);
      },
      { cacheKeyFn: (key) => `${key.releaseId}/${key.code}` },
    );
}
