// The command itself, in the worker main.ts starts: it exits once its output is flushed, with the command's status.
import { workerData } from 'node:worker_threads';
import { runCli } from './cli';

void runCli((workerData as { argv: string[] }).argv).then((code) => {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
