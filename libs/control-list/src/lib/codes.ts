/**
 * The Wassenaar/EU/CCL code grammar (DESIGN.md §3): an entry code is a category digit, a product group A–E and three
 * digits (`4A005`); paragraph paths hang below it with letter and number segments alternating (`5A001.j.1.a`).
 */

const ENTRY_CODE = /^[0-9][A-E][0-9]{3}$/;
const LETTER_SEGMENT = /^[a-z]+$/;
const NUMBER_SEGMENT = /^[1-9][0-9]*$/;

export type ProductGroup = 'A' | 'B' | 'C' | 'D' | 'E';

export function isEntryCode(s: unknown): s is string {
  return typeof s === 'string' && ENTRY_CODE.test(s);
}

/**
 * Segments below an entry code, e.g. `['j', '1', 'a']`, when they alternate letters and numbers starting with a
 * letter; undefined otherwise.
 */
export function parseRelativePath(relative: string): string[] | undefined {
  if (relative === '') return undefined;
  const segments = relative.split('.');
  const wellFormed = segments.every((segment, index) =>
    index % 2 === 0 ? LETTER_SEGMENT.test(segment) : NUMBER_SEGMENT.test(segment),
  );
  return wellFormed ? segments : undefined;
}

/** `5A001.j.1.a`: an entry code followed by at least one segment. The bare entry code is not a paragraph path. */
export function isParagraphPath(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const dot = s.indexOf('.');
  if (dot < 0) return false;
  return isEntryCode(s.slice(0, dot)) && parseRelativePath(s.slice(dot + 1)) !== undefined;
}

/** The entry code a paragraph path (or entry code) starts with; undefined when it does not start with one. */
export function entryCodeOfPath(path: string): string | undefined {
  const code = path.split('.')[0];
  return isEntryCode(code) ? code : undefined;
}

/** The category digit of an entry code or paragraph path: `5` for `5A001.j`. */
export function categoryOf(code: string): string | undefined {
  const entryCode = entryCodeOfPath(code);
  return entryCode?.[0];
}

/** The product group of an entry code or paragraph path: `A` for `5A001.j`. */
export function productGroupOf(code: string): ProductGroup | undefined {
  const entryCode = entryCodeOfPath(code);
  return entryCode?.[1] as ProductGroup | undefined;
}

/**
 * Reason-for-control codes Concord accepts. US-only oddities seen in the CCL data ("Foreign policy", "CC1", "SS"
 * short supply) are deliberately absent so that importers report them instead of accepting them silently.
 */
export const REASON_NAMES: Readonly<Record<string, string>> = Object.freeze({
  AT: 'Anti-terrorism',
  CB: 'Chemical and biological weapons',
  CC: 'Crime control',
  CW: 'Chemical Weapons Convention',
  EI: 'Encryption items',
  FC: 'Firearms convention',
  HR: 'Human rights',
  MT: 'Missile technology',
  NP: 'Nuclear non-proliferation',
  NS: 'National security',
  RS: 'Regional stability',
  SI: 'Significant items',
  SL: 'Surreptitious listening',
  UN: 'United Nations embargo',
});

export const KNOWN_REASONS: readonly string[] = Object.freeze(Object.keys(REASON_NAMES));

export function isKnownReason(s: string): boolean {
  return KNOWN_REASONS.includes(s);
}
