/**
 * Units of the parameters the list's items are bounded by, each as a factor to the base unit of its dimension, so
 * "120 Gbit/s" and "560 000 Mbit/s" compare. Units that are not a plain factor (°C, dB, dBm) are their own base.
 */
interface UnitInfo {
  base: string;
  factor: number;
}

const PREFIXES: Record<string, number> = { p: 1e-12, n: 1e-9, µ: 1e-6, μ: 1e-6, u: 1e-6, m: 1e-3, c: 1e-2, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

const FAMILIES: [base: string, symbols: string[], prefixes: string][] = [
  ['bit/s', ['bit/s', 'bps', 'b/s'], 'kKMGT'],
  ['byte', ['byte', 'B'], 'kKMGT'],
  ['Hz', ['Hz'], 'kMGT'],
  ['W', ['W'], 'mµkMG'],
  ['m', ['m'], 'nµμumck'],
  ['s', ['s'], 'pnµμum'],
  ['V', ['V'], 'mk'],
  ['A', ['A'], 'mµk'],
  ['Pa', ['Pa'], 'kMG'],
  ['g', ['g'], 'mµk'],
  ['J', ['J'], 'mkM'],
  ['FLOPS', ['FLOPS', 'flops'], 'MGTP'],
];

const OWN_BASE = ['dBm', 'dB', '°C', 'K', '%', 'rpm', 'bit', 'channels', 'ppm', 'mrad', 'rad', 'W/kg', 'N/m2', 'Gbit/s/W', 'TOPS'];

const UNITS = new Map<string, UnitInfo>();
for (const [base, symbols, prefixes] of FAMILIES) {
  for (const symbol of symbols) {
    UNITS.set(symbol, { base, factor: 1 });
    for (const prefix of prefixes) UNITS.set(prefix + symbol, { base, factor: PREFIXES[prefix] });
  }
}
UNITS.set('Mbps', { base: 'bit/s', factor: 1e6 });
UNITS.set('Gbps', { base: 'bit/s', factor: 1e9 });
UNITS.set('nanosecond', { base: 's', factor: 1e-9 });
UNITS.set('microsecond', { base: 's', factor: 1e-6 });
for (const own of OWN_BASE) UNITS.set(own, { base: own, factor: 1 });

/** Every unit symbol, longest first, for a regular expression that must prefer `Gbit/s` over `G`. */
export const UNIT_SYMBOLS: readonly string[] = [...UNITS.keys()].sort((a, b) => b.length - a.length);

export function unitInfo(symbol: string): UnitInfo | undefined {
  return UNITS.get(symbol);
}
