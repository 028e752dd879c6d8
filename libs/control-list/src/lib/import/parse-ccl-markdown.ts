import { isEntryCode } from '../codes';
import { LIST_FORMAT } from '../list-document';
import type { ListEntry, ListSelection, ParsedList } from '../list-document';
import { readEccnMarkdown, plainText } from './ccl-markdown';
import { DefectLog, tally } from './defect-log';
import { readEcfrParagraphs } from './ecfr-paragraphs';
import { isRecord, show } from './json-shape';
import { quotedTerms } from './quoted-terms';
import { readReasonList } from './reasons';
import { relatedReferences } from './related-references';
import { isSelected } from './selection';

const RESERVED_HEADING = /^\[reserved\]\.?$/i;

/** Whether a JSON value is the categories → product_groups → eccn[] file with markdown `details` (the 2025 CCL). */
export function isCclMarkdown(json: unknown): json is unknown[] {
  if (!Array.isArray(json) || json.length === 0) return false;
  const first = json[0];
  return isRecord(first) && Array.isArray(first.product_groups);
}

/**
 * The mid-2025 CCL file (a list of categories, each with `product_groups[].eccn[]` of `code`, `description` and the
 * eCFR page as markdown `details`) as a Concord list. The markdown is read into the rows the 2026 file has, then
 * through the same paragraph reader, so one text gives one document whichever file it came in.
 */
export function parseCclMarkdown(json: unknown, selection?: ListSelection): ParsedList {
  if (!isCclMarkdown(json)) throw new Error('Not a CCL markdown document: expected a list of categories with product_groups');
  const log = new DefectLog();
  const entries: ListEntry[] = [];
  const firstLocationOfCode = new Map<string, string>();
  let entriesRead = 0;
  let paragraphsRead = 0;
  let paragraphsWritten = 0;

  json.forEach((category, c) => {
    const groups = isRecord(category) && Array.isArray(category.product_groups) ? category.product_groups : [];
    if (!isRecord(category) || !Array.isArray(category.product_groups)) {
      log.add('INVALID_VALUE', `[${c}]`, `category is not an object with product_groups: ${show(category)}; nothing read from it`, 'NONE');
    }
    groups.forEach((group, g) => {
      const eccns = isRecord(group) && Array.isArray(group.eccn) ? group.eccn : [];
      eccns.forEach((raw, i) => {
        const rawCode = isRecord(raw) && typeof raw.code === 'string' ? raw.code.trim() : '';
        if (!isSelected(rawCode, selection)) return;
        entriesRead++;
        const location = `[${c}].product_groups[${g}].eccn[${i}] ${rawCode || '(no code)'}`;
        const sections = isRecord(raw) && typeof raw.details === 'string' ? readEccnMarkdown(raw.details) : undefined;
        paragraphsRead += sections?.rows.length ?? 0;
        const reject = (kind: Parameters<DefectLog['add']>[0], why: string): void =>
          log.add(kind, location, `${why}; entry not written (${sections?.rows.length ?? 0} paragraphs rejected with it)`, 'ENTRY');

        if (!isRecord(raw)) return reject('INVALID_VALUE', `entry is not an object: ${show(raw)}`);
        if (!isEntryCode(rawCode)) return reject('MALFORMED_CODE', `"${rawCode}" is not an entry code (digit, A–E, three digits)`);
        const first = firstLocationOfCode.get(rawCode);
        if (first !== undefined) return reject('DUPLICATE_CODE', `${rawCode} already appeared at ${first}`);
        const heading = typeof raw.description === 'string' ? plainText(raw.description) : '';
        if (heading === '') return reject('MISSING_FIELD', 'entry has no description (heading)');
        if (!sections) return reject('MISSING_FIELD', 'entry has no details text');
        if (sections.rows.length === 0 && !RESERVED_HEADING.test(heading)) {
          log.add('MISSING_FIELD', location, 'details have no List of Items Controlled; the entry is its heading alone', 'NONE');
        }

        firstLocationOfCode.set(rawCode, location);
        const paragraphs = readEcfrParagraphs(rawCode, sections.rows, location, log);
        const reasons = sections.reasons === null ? [] : readReasonList(sections.reasons, location, log);
        entries.push({
          code: rawCode,
          heading,
          status: RESERVED_HEADING.test(heading) ? 'RESERVED' : 'ACTIVE',
          reasons,
          paragraphs,
          relatedControls: { text: sections.relatedControls, references: relatedReferences(sections.relatedControls, rawCode) },
          definitions: quotedTerms([heading, ...paragraphs.map((paragraph) => paragraph.text)]),
          correlations: [],
        });
        paragraphsWritten += paragraphs.length;
      });
    });
  });

  return {
    document: { format: LIST_FORMAT, source: { description: 'US Commerce Control List, eCFR text as of mid-2025 (markdown per ECCN)' }, entries, definitions: [] },
    defects: log.defects,
    counts: {
      entries: tally(entriesRead, entries.length),
      paragraphs: tally(paragraphsRead, paragraphsWritten),
      definitions: tally(0, 0),
    },
  };
}
