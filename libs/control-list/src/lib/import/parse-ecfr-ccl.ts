import { isEntryCode } from '../codes';
import { LIST_FORMAT } from '../list-document';
import type { ListEntry, ListSelection, ListSource, ParsedList } from '../list-document';
import { DefectLog, tally } from './defect-log';
import { readEcfrParagraphs } from './ecfr-paragraphs';
import { isRecord, show } from './json-shape';
import type { JsonRecord } from './json-shape';
import { quotedTerms } from './quoted-terms';
import { readReasonList } from './reasons';
import { relatedReferences } from './related-references';
import { isSelected } from './selection';

const RESERVED_HEADING = /^\[reserved\]\.?$/i;

/**
 * The eCFR-derived US CCL JSON (top-level `entries[]` with `eccn`, `heading`, `reasonForControl`, `relatedControls`,
 * `items[]`) as a Concord list. Entries outside the selection are neither read nor counted. The file carries no
 * definition texts, so the document has none; entries still name the quoted terms they use.
 */
export function parseEcfrCcl(json: unknown, selection?: ListSelection): ParsedList {
  if (!isRecord(json) || !Array.isArray(json.entries)) {
    throw new Error('Not an eCFR CCL document: expected an object with an "entries" array');
  }
  const log = new DefectLog();
  const entries: ListEntry[] = [];
  const firstIndexOfCode = new Map<string, number>();
  let entriesRead = 0;
  let paragraphsRead = 0;
  let paragraphsWritten = 0;

  json.entries.forEach((raw, index) => {
    const rawCode = isRecord(raw) && typeof raw.eccn === 'string' ? raw.eccn : '';
    if (!isSelected(rawCode.trim(), selection)) return;
    entriesRead++;
    const rows = isRecord(raw) && Array.isArray(raw.items) ? raw.items : [];
    paragraphsRead += rows.length;
    const location = `entries[${index}] ${rawCode || '(no eccn)'}`;
    const rejectEntry = (kind: Parameters<DefectLog['add']>[0], why: string): void =>
      log.add(kind, location, `${why}; entry not written (${rows.length} paragraphs rejected with it)`, 'ENTRY');

    if (!isRecord(raw)) return rejectEntry('INVALID_VALUE', `entry is not an object: ${show(raw)}`);
    if (typeof raw.eccn !== 'string') return rejectEntry('MISSING_FIELD', 'entry has no eccn');
    const code = raw.eccn.trim();
    if (!isEntryCode(code)) return rejectEntry('MALFORMED_CODE', `"${raw.eccn}" is not an entry code (digit, A–E, three digits)`);
    const first = firstIndexOfCode.get(code);
    if (first !== undefined) return rejectEntry('DUPLICATE_CODE', `${code} already appeared at entries[${first}]`);
    if (typeof raw.heading !== 'string' || raw.heading.trim() === '') return rejectEntry('MISSING_FIELD', 'entry has no heading');

    firstIndexOfCode.set(code, index);
    const entry = readEntry(raw, code, raw.heading, rows, location, log);
    entries.push(entry);
    paragraphsWritten += entry.paragraphs.length;
  });

  checkEntryCount(json, selection, log);
  return {
    document: { format: LIST_FORMAT, source: sourceOf(json), entries, definitions: [] },
    defects: log.defects,
    counts: {
      entries: tally(entriesRead, entries.length),
      paragraphs: tally(paragraphsRead, paragraphsWritten),
      definitions: tally(0, 0),
    },
  };
}

function readEntry(
  raw: JsonRecord,
  code: string,
  heading: string,
  rows: readonly unknown[],
  location: string,
  log: DefectLog,
): ListEntry {
  if (raw.category !== undefined && raw.category !== code[0]) {
    log.add('INVALID_VALUE', location, `category ${show(raw.category)} disagrees with the code; the code wins`, 'NONE');
  }
  if (raw.productGroup !== undefined && raw.productGroup !== code[1]) {
    log.add('INVALID_VALUE', location, `productGroup ${show(raw.productGroup)} disagrees with the code; the code wins`, 'NONE');
  }
  if (raw.items !== undefined && !Array.isArray(raw.items)) {
    log.add('INVALID_VALUE', location, `items is not a list: ${show(raw.items)}; no paragraphs read`, 'NONE');
  }
  const paragraphs = readEcfrParagraphs(code, rows, location, log);
  const relatedText = readRelatedText(raw.relatedControls, location, log);
  return {
    code,
    heading,
    status: RESERVED_HEADING.test(heading.trim()) ? 'RESERVED' : 'ACTIVE',
    reasons: readReasons(raw.reasonForControl, location, log),
    paragraphs,
    relatedControls: { text: relatedText, references: relatedReferences(relatedText, code) },
    definitions: quotedTerms([heading, ...paragraphs.map((paragraph) => paragraph.text)]),
    correlations: [],
  };
}

function readReasons(raw: unknown, location: string, log: DefectLog): string[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw !== 'string') {
    log.add('INVALID_VALUE', location, `reasonForControl ${show(raw)} is not text; no reasons read`, 'NONE');
    return [];
  }
  return readReasonList(raw, location, log);
}

function readRelatedText(raw: unknown, location: string, log: DefectLog): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw;
  log.add('INVALID_VALUE', location, `relatedControls ${show(raw)} is not text; left out`, 'NONE');
  return null;
}

function sourceOf(json: JsonRecord): ListSource {
  const citation = typeof json.citation === 'string' ? json.citation : 'US Commerce Control List';
  const issued = typeof json.ecfrIssueDate === 'string' ? json.ecfrIssueDate : undefined;
  const url = isRecord(json.source) && typeof json.source.url === 'string' ? json.source.url : undefined;
  return {
    description: issued ? `${citation}, eCFR issue ${issued}` : citation,
    ...(url ? { url } : {}),
    ...(issued ? { issued } : {}),
  };
}

// Upstream states how many entries it meant to write; a shortfall means ECCNs went missing before we saw the file.
function checkEntryCount(json: JsonRecord, selection: ListSelection | undefined, log: DefectLog): void {
  const everything = !selection?.codes?.length && !selection?.categories?.length;
  const entries = json.entries as unknown[];
  if (everything && typeof json.entryCount === 'number' && json.entryCount !== entries.length) {
    log.add('INVALID_VALUE', 'entryCount', `file says ${json.entryCount} entries but lists ${entries.length}`, 'NONE');
  }
}
