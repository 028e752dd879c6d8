import { setFlagsFromString } from 'node:v8';

/**
 * V8 grows its heap after each full collection by a factor it picks from the collector's recent cost, up to 4×: under
 * a steady pull load most of what an answer allocates outlives two young collections (it is in flight that long) and
 * piles up in the old space, so the resident size doubled while the live heap stayed near 65 MiB. Growing by a fixed
 * quarter keeps it within a bound at the same throughput (issue 16: ≤ 300 MiB under the full pull). It is a growth
 * factor, not a limit: a large publication still gets the heap it needs. A --heap-growing-percent given to node wins.
 *
 * Imported first by main.ts, and by the bench (whose in-process server must collect as this one does), before any
 * other module compiles: V8 refuses code cached under other flags, so the flag must be the same from the first module
 * to the last (see scripts/module-cache.js).
 */
const HEAP_GROWING_PERCENT = 25;

if (![...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((option) => option.includes('heap-growing-percent'))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
