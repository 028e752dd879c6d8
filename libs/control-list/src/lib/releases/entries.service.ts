import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { ReadReplicas } from '@concord/shared/db';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { EntryKey, entryKeyOf, EntryParts, readEntryParts } from '../snapshots/entry-reader';
import { ReleaseEntryEntity } from '../snapshots/release-entry.entity';
import { RELEASED_STATUSES, ReleaseStatus } from '../snapshots/release.entity';
import { EntryFilter } from './entry-filter.input';
import { ReleaseContentCheck } from './release-content-check';
import { ReleasedEntries } from './released-entries';

/** What an entries page reads of each entry: its row without the text kept for search. */
export type EntryRow = Pick<ReleaseEntryEntity, 'releaseId' | 'code' | 'heading' | 'status' | 'reasons' | 'relatedControlsText' | 'definitions'>;

const ENTRY_ROW_COLUMNS = `release_id AS "releaseId", code, heading, status, reasons, related_controls_text AS "relatedControlsText", definitions`;

/** A page of entries; `totalCount` only when it was asked to count. */
export type EntryPage = Omit<Connection<EntryRow>, 'totalCount'> & { totalCount: number | undefined };

@Injectable()
export class EntriesService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly content: ReleaseContentCheck,
    private readonly released: ReleasedEntries,
  ) {}

  /**
   * A page of a release's entries in code order: one statement, with the count when `countTotal` (a page past the end
   * has no row to carry it, and counts apart). Without it, `totalCount` is left out: counting a 20,000-entry release
   * was most of PostgreSQL's time for a page that does not show the count. A released release's pages without a
   * filter come from its kept rows (ReleasedEntries), after the same check.
   */
  async page(actor: Actor, release: { id: string; status: ReleaseStatus }, filter: EntryFilter = {}, args: PageArgs = {}, { countTotal = true } = {}): Promise<EntryPage> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const releaseId = release.id;
    await this.content.assertIntact(releaseId);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const parameters: unknown[] = [releaseId];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const matching = ['release_id = $1'];
    if (filter.category) matching.push(`left(code, 1) = ${bind(filter.category)}`);
    if (filter.productGroup) matching.push(`substr(code, 2, 1) = ${bind(filter.productGroup)}`);
    if (filter.codePrefix) matching.push(`starts_with(code, ${bind(filter.codePrefix)})`);
    if (filter.reason) matching.push(`${bind(filter.reason)} = ANY(reasons)`);
    if (filter.status) matching.push(`status = ${bind(filter.status)}`);
    if (filter.search?.trim()) {
      // The same quote folding as the indexed text (see ReleaseEntryEntity.search), except that typographic double
      // quotes become straight ones, which websearch syntax reads as a phrase.
      matching.push(`search @@ websearch_to_tsquery('english', translate(${bind(filter.search.trim())}, '“”‘’«»', '""  ""'))`);
    }
    // Only the release's own condition: no filter narrows the page.
    if (matching.length === 1 && RELEASED_STATUSES.includes(release.status)) {
      const kept = await this.keptPage(releaseId, after, size, countTotal);
      if (kept) return kept;
    }
    const where = matching.join(' AND ');
    const countSql = `SELECT count(*)::int AS "totalCount" FROM release_entry WHERE ${where}`;
    const matchingParameters = [...parameters];
    const pageWhere = after ? `${where} AND code > ${bind(String(after[0]))}` : where;
    const [totalCount, rows] = await this.replicas.read(async (db) => {
      const page = await db.query<(EntryRow & { totalCount?: number })[]>(
        `SELECT ${countTotal ? `(${countSql}) AS "totalCount", ` : ''}${ENTRY_ROW_COLUMNS}
         FROM release_entry WHERE ${pageWhere} ORDER BY code LIMIT ${bind(size + 1)}`,
        parameters,
      );
      if (!countTotal) return [undefined, page] as const;
      if (page.length) return [page[0].totalCount, page] as const;
      const [{ totalCount }] = await db.query<{ totalCount: number }[]>(countSql, matchingParameters);
      return [totalCount, page] as const;
    });
    return { ...toConnection(rows, size, 0, (entry) => [entry.code], (entry) => entry), totalCount };
  }

  /** A page of a released release's kept rows; undefined when they are not kept or hold no row of the cursor's code. */
  private async keptPage(releaseId: string, after: (string | number)[] | undefined, size: number, countTotal: boolean): Promise<EntryPage | undefined> {
    const kept = await this.released.rows(releaseId, () =>
      this.replicas.read((db) => db.query<EntryRow[]>(`SELECT ${ENTRY_ROW_COLUMNS} FROM release_entry WHERE release_id = $1 ORDER BY code`, [releaseId])),
    );
    const start = kept && (after ? kept.after(String(after[0])) : 0);
    if (kept === undefined || start === undefined) return undefined;
    const rows = kept.rows.slice(start, start + size + 1);
    return { ...toConnection(rows, size, 0, (entry) => [entry.code], (entry) => entry), totalCount: countTotal ? kept.rows.length : undefined };
  }

  async byCode(actor: Actor, releaseId: string, code: string): Promise<ReleaseEntryEntity | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    await this.content.assertIntact(releaseId);
    return this.replicas.read((db) => db.getRepository(ReleaseEntryEntity).findOneBy({ releaseId, code: code.trim().toUpperCase() }));
  }

  /**
   * The nested lists of a page's entries, read with the page: three statements whatever its length (none once a
   * released release's are kept, see ReleasedEntryParts), and never in a batch with entries elsewhere in the
   * request, whose timing would make the count of statements vary.
   */
  partsOfPage(release: { id: string; status: ReleaseStatus }, codes: readonly string[]): Promise<(key: EntryKey) => EntryParts> {
    const read = (wanted: readonly string[]) => this.replicas.read((db) => readEntryParts(db, { releaseIds: [release.id], codes: wanted }));
    return RELEASED_STATUSES.includes(release.status) ? this.released.parts(release.id, codes, read) : read(codes);
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
      { cacheKeyFn: (key) => entryKeyOf(key.releaseId, key.code) },
    );
}
