import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { Connection, decodeCursor, groupByKeys, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import type { CustomsCorrelation, ListParagraph, RegimeReference } from '../list-document';
import { ReleaseEntryEntity } from '../snapshots/release-entry.entity';
import { EntryFilter } from './entry-filter.input';

export interface EntryKey {
  releaseId: string;
  code: string;
}

export type PositionedParagraph = ListParagraph & { position: number };

@Injectable()
export class EntriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** A page of a release's entries in code order. */
  async page(actor: Actor, releaseId: string, filter: EntryFilter = {}, args: PageArgs = {}): Promise<Connection<ReleaseEntryEntity>> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const query = this.db.getRepository(ReleaseEntryEntity).createQueryBuilder('entry').where('entry.releaseId = :releaseId', { releaseId });
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
    const totalCount = await query.getCount();
    if (after) query.andWhere('entry.code > :after', { after: String(after[0]) });
    const rows = await query.orderBy('entry.code', 'ASC').limit(size + 1).getMany();
    return toConnection(rows, size, totalCount, (entry) => [entry.code], (entry) => entry);
  }

  async byCode(actor: Actor, releaseId: string, code: string): Promise<ReleaseEntryEntity | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return this.db.getRepository(ReleaseEntryEntity).findOneBy({ releaseId, code: code.trim().toUpperCase() });
  }

  // Per-request loaders: the nested lists of a whole page of entries come in one query each, never one per entry.
  readonly paragraphs = () =>
    this.childLoader<PositionedParagraph>('release_paragraph', 'position, path, kind, text', ({ position, path, kind, text }) => ({ position, path, kind, text }));

  readonly references = () =>
    this.childLoader<RegimeReference>('release_reference', 'regime, code', ({ regime, code }) => ({ regime, code }));

  readonly correlations = () =>
    this.childLoader<CustomsCorrelation>('release_correlation', 'scheme, code, relation', ({ scheme, code, relation }) => ({
      scheme,
      code,
      relation,
    }));

  private childLoader<T>(table: string, columns: string, toChild: (row: Record<string, any>) => T) {
    return new DataLoader<EntryKey, T[], string>(
      async (keys) => {
        const rows = await this.db.query<Record<string, any>[]>(
          `SELECT c.entry_code, c.release_id, ${columns.split(', ').map((column) => `c.${column}`).join(', ')}
           FROM ${table} c
           JOIN unnest($1::uuid[], $2::text[]) AS k(release_id, code) ON c.release_id = k.release_id AND c.entry_code = k.code
           ORDER BY c.release_id, c.entry_code, c.position`,
          [keys.map((key) => key.releaseId), keys.map((key) => key.code)],
        );
        return groupByKeys(
          keys.map((key) => `${key.releaseId}/${key.code}`),
          rows,
          (row) => `${row['release_id']}/${row['entry_code']}`,
          ({ release_id: _release, ...rest }) => toChild(rest),
        );
      },
      { cacheKeyFn: (key) => `${key.releaseId}/${key.code}` },
    );
  }
}
