import { Injectable } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { ByteLru } from '@concord/shared/db';
import { EntryKey, entryKeyOf, EntryParts } from '../snapshots/entry-reader';
import type { EntryRow } from './entries.service';

/** What one kept entry or row costs besides its texts: the objects, the arrays and the key. */
const ENTRY_OVERHEAD_BYTES = 256;
const PART_OVERHEAD_BYTES = 96;

/** A released release's entry rows in code order, and where each code is among them. */
export class ReleaseRows {
  private readonly positions: Map<string, number>;

  constructor(readonly rows: readonly EntryRow[]) {
    this.positions = new Map(rows.map((row, index) => [row.code, index]));
  }

  /** Where the rows after this code start; undefined when the release has no such code (the page is read as before). */
  after(code: string): number | undefined {
    const position = this.positions.get(code);
    return position === undefined ? undefined : position + 1;
  }
}

type Kept = EntryParts | ReleaseRows;

/**
 * Released entries, read from the database once per process: a released release's rows never change (the database
 * refuses it), so an executed pull of the list spends its time building the answer, not fetching and decoding the same
 * 633 rows and 3,000 paragraphs again. Kept: each release's rows in code order (for its pages without a filter) and
 * each entry's nested lists. Every page still checks the release first (ReleaseContentCheck), so rows changed behind
 * the database's back are refused as before rather than answered from here. Drafts are never kept. One budget of
 * ENTRY_PARTS_CACHE_BYTES for both; off when it is 0.
 */
@Injectable()
export class ReleasedEntries {
  private readonly kept: ByteLru<Kept> | undefined;
  private readonly tooLarge = new Set<string>();

  constructor(@InjectConfig() config: ConcordConfig) {
    this.kept = config.entryPartsCacheBytes > 0 ? new ByteLru<Kept>(config.entryPartsCacheBytes) : undefined;
  }

  /**
   * The rows of a released release, kept or read by `read` (where the request reads, see `parts`); undefined when
   * they are not kept: the cache is off, or they would take more than half its budget (a release that large is paged
   * by SQL, rather than read whole again whenever another pushed it out). An empty release is not kept: a read outside
   * a request may have gone to a replica that has not replayed it yet.
   */
  async rows(releaseId: string, read: () => Promise<EntryRow[]>): Promise<ReleaseRows | undefined> {
    const kept = this.kept;
    if (!kept || this.tooLarge.has(releaseId)) return undefined;
    const key = `rows/${releaseId}`;
    const known = kept.get(key);
    if (known instanceof ReleaseRows) return known;
    const rows = new ReleaseRows(await read());
    const bytes = rows.rows.reduce((sum, row) => sum + rowBytes(row), 0);
    if (bytes > kept.maxBytes / 2) this.tooLarge.add(releaseId);
    else if (rows.rows.length) kept.set(key, rows, bytes);
    return rows;
  }

  /**
   * The parts of these entries of a released release: those kept, and the others read by `read` and kept. `read`
   * reads where the request read the entries (ReadReplicas pins a request to one replica, or the primary, which is
   * never behind it), so what is kept is what the release holds.
   */
  async parts(releaseId: string, codes: readonly string[], read: (codes: readonly string[]) => Promise<(key: EntryKey) => EntryParts>): Promise<(key: EntryKey) => EntryParts> {
    const kept = this.kept;
    if (!kept) return read(codes);
    const found = new Map<string, EntryParts>();
    const missing: string[] = [];
    for (const code of codes) {
      const parts = kept.get(entryKeyOf(releaseId, code));
      if (parts && !(parts instanceof ReleaseRows)) found.set(code, parts);
      else missing.push(code);
    }
    if (missing.length) {
      const partsOf = await read(missing);
      const readParts = missing.map((code) => [code, partsOf({ releaseId, code })] as const);
      // A release's rows are written in one transaction, so a read that found any of them saw them all, and an entry
      // it found nothing for has nothing. A read that found nothing at all may have gone to a replica that has not
      // replayed the release yet (outside a request no replica is pinned): it is read again next time, not kept.
      const sawTheRelease = readParts.some(([, parts]) => !isEmpty(parts));
      for (const [code, parts] of readParts) {
        found.set(code, parts);
        if (sawTheRelease) kept.set(entryKeyOf(releaseId, code), parts, partsBytes(parts));
      }
    }
    return (key) => (key.releaseId === releaseId ? found.get(key.code) : undefined) ?? { paragraphs: [], references: [], correlations: [] };
  }
}

function isEmpty(parts: EntryParts): boolean {
  return !parts.paragraphs.length && !parts.references.length && !parts.correlations.length;
}

/** Strings count twice their length (UTF-16); authentic texts by their JSON. */
function partsBytes(parts: EntryParts): number {
  let bytes = ENTRY_OVERHEAD_BYTES;
  for (const paragraph of parts.paragraphs) {
    bytes += PART_OVERHEAD_BYTES + 2 * (paragraph.path.length + paragraph.kind.length + paragraph.text.length);
    if (paragraph.texts) bytes += 2 * JSON.stringify(paragraph.texts).length;
  }
  for (const reference of parts.references) bytes += PART_OVERHEAD_BYTES + 2 * (reference.regime.length + reference.code.length);
  for (const correlation of parts.correlations) bytes += PART_OVERHEAD_BYTES + 2 * (correlation.scheme.length + correlation.code.length + correlation.relation.length);
  return bytes;
}

function rowBytes(row: EntryRow): number {
  const texts = [row.code, row.heading, row.status, row.relatedControlsText ?? '', ...row.reasons, ...row.definitions];
  return ENTRY_OVERHEAD_BYTES + texts.reduce((bytes, text) => bytes + PART_OVERHEAD_BYTES / 4 + 2 * text.length, 0);
}
