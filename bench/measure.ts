import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { LoadRequest, LoadResult, LoadSettings, runWrk } from './wrk';

/** One side of a comparison: what is loaded, and under which name it is reported. */
export interface Side {
  label: string;
  request: LoadRequest;
}

export interface Target {
  text: string;
  met(measured: Measured): boolean;
}

export interface BenchCase {
  /** Its name in BENCH_CASES. */
  id: string;
  title: string;
  app: Side;
  baseline: Side;
  /** Absent where the issue sets none: the case is measured and reported only. */
  target?: Target;
  /**
   * For a target on the time of one call rather than on a rate: one connection, so wrk's latency is the call's own,
   * not the time it queued behind others (and nothing is left in flight when a slow case's run ends).
   */
  alone?: boolean;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface Measured {
  app: Spread;
  baseline: Spread;
  /** Median over median. */
  ratio: number;
  appRuns: LoadResult[];
  baselineRuns: LoadResult[];
}

/** The share of its cores from which wrk, not the server, is what limits the rate. */
export const CLIENT_BOUND_PERCENT = 80;

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * App and baseline run in turn, round after round (app, baseline, app, baseline, …), so a swing of the machine's
 * load lands on both sides rather than on whichever ran during it; medians then keep one bad run from deciding.
 */
export async function measure(benchCase: BenchCase, rounds: number, settings: LoadSettings & { warmupSeconds: number }, profileDir?: string): Promise<Measured> {
  const appRuns: LoadResult[] = [];
  const baselineRuns: LoadResult[] = [];
  const settingsFor = () => (benchCase.alone ? { ...settings, connections: 1, threads: 1 } : settings);
  // One run of each side first, not counted: the first seconds of a case run code V8 has not optimized yet and, on
  // the app's side, fill what a process keeps (operations compiled on their second run, released entries' parts),
  // which would otherwise land on the first round alone.
  for (const side of [benchCase.app, benchCase.baseline]) {
    await runWrk(side.request, { ...settingsFor(), seconds: settings.warmupSeconds });
    await settled();
  }
  for (let round = 1; round <= rounds; round++) {
    for (const [side, runs] of [
      [benchCase.app, appRuns],
      [benchCase.baseline, baselineRuns],
    ] as const) {
      const load = () => runWrk(side.request, settingsFor());
      const result = profileDir && side === benchCase.app ? await profiled(join(profileDir, `${benchCase.id}-${round}.cpuprofile`), load) : await load();
      await settled();
      runs.push(result);
      console.log(`    round ${round} ${side.label.padEnd(24)} ${describeRun(result)}`);
    }
  }
  const app = spread(appRuns.map((run) => run.requestsPerSecond));
  const baseline = spread(baselineRuns.map((run) => run.requestsPerSecond));
  return { app, baseline, ratio: app.median / baseline.median, appRuns, baselineRuns };
}

/**
 * The app side's run under the V8 profiler (BENCH_PROFILE), started and stopped around it alone: a whole-process
 * --cpu-prof would mix in the baselines and the set-up, and its overhead keeps the settling wait from ever ending.
 */
async function profiled<T>(file: string, run: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/** The app's typical call: the median over its runs of each run's median latency. */
export const appLatencyMs = (measured: Measured) => spread(measured.appRuns.map((run) => run.latencyMs.p50)).median;

const SETTLED_UTILIZATION = 0.1;
const SETTLE_WINDOW_MS = 200;
const SETTLE_LIMIT_MS = 60_000;

/**
 * Waits until this process (which runs the app and every baseline server) has gone quiet. When wrk stops, the
 * requests it had in flight are still being executed, and would otherwise run during the next side's measurement
 * and count against it: the event loop's utilization shows when they are done.
 */
async function settled(): Promise<void> {
  const started = Date.now();
  let quietWindows = 0;
  while (quietWindows < 2) {
    const before = performance.eventLoopUtilization();
    await delay(SETTLE_WINDOW_MS);
    quietWindows = performance.eventLoopUtilization(before).utilization < SETTLED_UTILIZATION ? quietWindows + 1 : 0;
    if (Date.now() - started > SETTLE_LIMIT_MS) throw new Error(`The server was still busy ${SETTLE_LIMIT_MS / 1000} s after a run ended`);
  }
}

const describeRun = (run: LoadResult) =>
  `${rate(run.requestsPerSecond).padStart(8)} req/s  p50 ${ms(run.latencyMs.p50)}  p99 ${ms(run.latencyMs.p99)}  client CPU ${Math.round(run.clientCpuPercent)} %` +
  (run.non2xx ? `  ${run.non2xx} non-2xx` : '') +
  (run.socketErrors ? `  ${run.socketErrors} socket errors` : '');

export const rate = (value: number) => Math.round(value).toLocaleString('en-US');
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
