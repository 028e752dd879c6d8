import type { EntryFilter } from '../../graphql/graphql';

/** A run of an entry's text: plain words, or a defined term that links to its definition. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'term'; text: string; term: string };

// The CCL puts defined terms in curly double quotes (straight ones in some copies); American punctuation puts a
// trailing comma or period inside them: “accessories,” is the term accessories.
const QUOTED = /“([^”]+)”|"([^"]+)"/g;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

/** The term a quotation names, as the list defines it: a capital that only starts a sentence is lowered, acronyms kept. */
export function normalizeTerm(raw: string): string {
  const term = raw.trim().replace(TRAILING_PUNCTUATION, '');
  return /^[A-Z][a-z]/.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term;
}

/** Text split around quoted terms that `isTerm` accepts; the quotes and any punctuation inside them stay plain text. */
export function splitQuotedTerms(text: string, isTerm: (term: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? '';
    const term = normalizeTerm(inner);
    if (!term || !isTerm(term)) continue;
    const leading = inner.length - inner.trimStart().length;
    const shown = inner.trim().replace(TRAILING_PUNCTUATION, '');
    const open = match.index + 1 + leading;
    plain += text.slice(last, open);
    if (plain) parts.push({ kind: 'text', text: plain });
    parts.push({ kind: 'term', text: shown, term });
    plain = '';
    last = open + shown.length;
  }
  plain += text.slice(last);
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}

/** Distinct quoted terms in the texts, in order of first use. */
export function quotedTerms(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(QUOTED)) {
    const term = normalizeTerm(match[1] ?? match[2] ?? '');
    if (term) terms.add(term);
  }
  return [...terms];
}

export const termKey = (term: string) => term.toLowerCase();

/** A stable fragment id for a term's place in the page's definition list. */
export const termAnchor = (term: string) => `definition-${termKey(term).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;

/** The paragraph's number as the legal text prints it: 5A001.b.3.b shows as b.3.b; a bare code as itself. */
export const paragraphNumber = (path: string) => (path.includes('.') ? path.slice(path.indexOf('.') + 1) : path);

const CODE_PREFIX = /^[0-9]([A-E][0-9]{0,3})?$/;
const PARAGRAPH_PATH = /^([0-9][A-E][0-9]{3})\.[a-z0-9.]+$/;

/**
 * What one search box means: something shaped like an entry code or its start (5A, 5a001, 5A001.b.3) looks up
 * codes; anything else searches the words of headings and paragraphs.
 */
export function classifyQuery(raw: string): { codePrefix: string } | { search: string } | null {
  const query = raw.trim();
  if (!query) return null;
  const upper = query.toUpperCase();
  if (CODE_PREFIX.test(upper)) return { codePrefix: upper };
  const path = PARAGRAPH_PATH.exec(query.charAt(0) + query.charAt(1).toUpperCase() + query.slice(2));
  if (path) return { codePrefix: path[1] };
  return { search: query.slice(0, 200) };
}

export interface ListParams {
  release: string;
  category: string;
  group: string;
  reason: string;
  q: string;
}

export const LIST_PARAMS: (keyof ListParams)[] = ['release', 'category', 'group', 'reason', 'q'];

export function listParamsFrom(params: URLSearchParams): ListParams {
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const category = get('category');
  const group = get('group').toUpperCase();
  return {
    release: get('release'),
    category: /^[0-9]$/.test(category) ? category : '',
    group: /^[A-E]$/.test(group) ? group : '',
    reason: get('reason').toUpperCase(),
    q: get('q'),
  };
}

/** Only what is set, so the address stays short and a cleared filter leaves it. */
export function listParamsToSearch(values: ListParams): Record<string, string> {
  return Object.fromEntries(LIST_PARAMS.filter((key) => values[key]).map((key) => [key, values[key]]));
}

export function entryFilterOf(values: ListParams): EntryFilter {
  return {
    ...(values.category ? { category: values.category } : {}),
    ...(values.group ? { productGroup: values.group } : {}),
    ...(values.reason ? { reason: values.reason } : {}),
    ...(classifyQuery(values.q) ?? {}),
  };
}
