import { UNIT_SYMBOLS, unitInfo } from './units';

/**
 * Which side of a value an item is controlled on: ABOVE "exceeding 120 Gbit/s" (more than, greater than, above, in
 * excess of), AT_LEAST "120 Gbit/s or more" (equal to or more than, not less than), BELOW "less than 1 ms" (below,
 * under), AT_MOST "not exceeding 87.5 MHz" (equal to or less than, or less).
 */
export type Comparator = 'ABOVE' | 'AT_LEAST' | 'BELOW' | 'AT_MOST';

export interface Threshold {
  comparator: Comparator;
  /** As written, e.g. 120. */
  value: number;
  /** As written, e.g. `Gbit/s`. */
  unit: string;
  /** In the base unit of its dimension (`bit/s`), so thresholds in different units compare. */
  baseValue: number;
  baseUnit: string;
  /** The words it was read from: "exceeding 120 Gbit/s". */
  text: string;
}

const NUMBER = String.raw`[+−-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+−-]?\d+(?:\.\d+)?`;
const UNIT = UNIT_SYMBOLS.map((symbol) => symbol.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const QUANTITY = String.raw`(${NUMBER})\s?(${UNIT})(?![\p{L}\p{N}])`;

// Comparator words before the quantity; the longest phrases first so "equal to or more than" is not read as "more than".
const BEFORE: [RegExp, Comparator][] = [
  [/(?:equal to or (?:more|greater) than|not less than|at least)\s+$/i, 'AT_LEAST'],
  [/(?:equal to or less than|not (?:exceeding|more than|greater than)|up to)\s+$/i, 'AT_MOST'],
  [/(?:exceeding|greater than|more than|higher than|above|in excess of|over|faster than|wider than)\s+$/i, 'ABOVE'],
  [/(?:less than|lower than|below|under|fewer than|shorter than)\s+$/i, 'BELOW'],
];
const AFTER: [RegExp, Comparator][] = [
  [/^\s+or (?:more|greater|higher|above)\b/i, 'AT_LEAST'],
  [/^\s+or (?:less|lower|below)\b/i, 'AT_MOST'],
];
// "from 20 kHz to 60 kHz", "in the 1.5 MHz to 87.5 MHz band", "between 2 and 5 m/s", "2 to 5 m/s".
const RANGE = new RegExp(String.raw`(?:from\s+|between\s+)?(${NUMBER})\s?(${UNIT})?\s+(?:to|and|-|–)\s+${QUANTITY}`, 'gu');

/**
 * The parameter bounds a text sets, in reading order. A range "X to Y" bounds both sides (AT_LEAST X, AT_MOST Y);
 * a number with a unit and no comparison ("a length of 500 m") bounds nothing and is left out.
 */
export function readThresholds(text: string): Threshold[] {
  const found: { at: number; threshold: Threshold }[] = [];
  const covered: [number, number][] = [];
  for (const match of text.matchAll(RANGE)) {
    const start = match.index ?? 0;
    const lowUnit = match[2] ?? match[4];
    const low = threshold('AT_LEAST', match[1], lowUnit, match[0]);
    const high = threshold('AT_MOST', match[3], match[4], match[0]);
    if (!low || !high || low.baseUnit !== high.baseUnit) continue;
    if (precededBy(text, start, BEFORE)) continue;
    found.push({ at: start, threshold: low }, { at: start + 1, threshold: high });
    covered.push([start, start + match[0].length]);
  }
  for (const match of text.matchAll(new RegExp(QUANTITY, 'gu'))) {
    const start = match.index ?? 0;
    if (covered.some(([from, to]) => start >= from && start < to)) continue;
    // "10 6 m" is 10⁶ m with its superscript flattened: the 6 is an exponent, not the value.
    if (/\b10\s$/.test(text.slice(0, start))) continue;
    const end = start + match[0].length;
    const before = precededBy(text, start, BEFORE);
    const after = AFTER.find(([pattern]) => pattern.test(text.slice(end)));
    const comparator = after?.[1] ?? before?.comparator;
    if (!comparator) continue;
    const words = after ? text.slice(start, end + (after[0].exec(text.slice(end))?.[0].length ?? 0)) : `${before?.words ?? ''}${match[0]}`;
    const read = threshold(comparator, match[1], match[2], words.trim());
    if (read) found.push({ at: start, threshold: read });
  }
  return found.sort((a, b) => a.at - b.at).map(({ threshold: read }) => read);
}

function precededBy(text: string, start: number, patterns: [RegExp, Comparator][]): { comparator: Comparator; words: string } | undefined {
  const lead = text.slice(Math.max(0, start - 40), start);
  for (const [pattern, comparator] of patterns) {
    const match = pattern.exec(lead);
    if (match) return { comparator, words: match[0] };
  }
  return undefined;
}

function threshold(comparator: Comparator, rawNumber: string, unit: string | undefined, text: string): Threshold | undefined {
  const info = unit ? unitInfo(unit) : undefined;
  if (!unit || !info) return undefined;
  const value = Number(rawNumber.replace(/,/g, '').replace('−', '-'));
  if (!Number.isFinite(value)) return undefined;
  return { comparator, value, unit, baseValue: value * info.factor, baseUnit: info.base, text };
}

/** Whether an item must lie above the value (a lower bound) rather than below it. */
export function isLowerBound(comparator: Comparator): boolean {
  return comparator === 'ABOVE' || comparator === 'AT_LEAST';
}
