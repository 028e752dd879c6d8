import { LIST_FORMAT } from '../list-document';
import type { ListSelection, ParsedList } from '../list-document';
import { isRecord } from './json-shape';
import { parseConcordList } from './parse-concord-list';
import { parseEcfrCcl } from './parse-ecfr-ccl';
import { screenList } from './screen-list';

export type ListFormat = typeof LIST_FORMAT | 'ecfr-ccl';

/** Which importable format a parsed JSON value is in, if any. */
export function detectListFormat(json: unknown): ListFormat | undefined {
  if (!isRecord(json)) return undefined;
  if (json.format === LIST_FORMAT) return LIST_FORMAT;
  const entries = json.entries;
  if (json.format === undefined && Array.isArray(entries) && (entries.length === 0 || (isRecord(entries[0]) && 'eccn' in entries[0]))) {
    return 'ecfr-ccl';
  }
  return undefined;
}

/**
 * Parses either importable format, then holds what was read to the list's rules; anything else is an error, not an
 * empty list.
 */
export function parseList(json: unknown, selection?: ListSelection): ParsedList {
  const format = detectListFormat(json);
  if (format === LIST_FORMAT) return screenList(parseConcordList(json, selection));
  if (format === 'ecfr-ccl') return screenList(parseEcfrCcl(json, selection));
  const declared = isRecord(json) && json.format !== undefined ? ` (format ${JSON.stringify(json.format)})` : '';
  throw new Error(`Unknown list format${declared}: expected "${LIST_FORMAT}" or the eCFR CCL JSON with entries[].eccn`);
}
