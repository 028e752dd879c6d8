import { LIST_FORMAT } from '../list-document';
import type { ListSelection, ParsedList } from '../list-document';
import { isRecord } from './json-shape';
import { isCclMarkdown, parseCclMarkdown } from './parse-ccl-markdown';
import { parseConcordList } from './parse-concord-list';
import { parseEcfrCcl } from './parse-ecfr-ccl';
import { screenList } from './screen-list';

export type ListFormat = typeof LIST_FORMAT | 'ecfr-ccl' | 'ccl-markdown';

/** Which importable format a parsed JSON value is in, if any. */
export function detectListFormat(json: unknown): ListFormat | undefined {
  if (isCclMarkdown(json)) return 'ccl-markdown';
  if (!isRecord(json)) return undefined;
  if (json.format === LIST_FORMAT) return LIST_FORMAT;
  const entries = json.entries;
  if (json.format === undefined && Array.isArray(entries) && (entries.length === 0 || (isRecord(entries[0]) && 'eccn' in entries[0]))) {
    return 'ecfr-ccl';
  }
  return undefined;
}

/**
 * Parses any importable format, then holds what was read to the list's rules; anything else is an error, not an
 * empty list.
 */
export function parseList(json: unknown, selection?: ListSelection): ParsedList {
  const format = detectListFormat(json);
  if (format === LIST_FORMAT) return screenList(parseConcordList(json, selection));
  if (format === 'ecfr-ccl') return screenList(parseEcfrCcl(json, selection));
  if (format === 'ccl-markdown') return screenList(parseCclMarkdown(json, selection));
  const declared = isRecord(json) && json.format !== undefined ? ` (format ${JSON.stringify(json.format)})` : '';
  throw new Error(`Unknown list format${declared}: expected "${LIST_FORMAT}" the eCFR CCL JSON with entries[].eccn, or the CCL markdown JSON with [].product_groups[].eccn[]`);
}
