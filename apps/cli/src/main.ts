// `npm run concord -- <command>`: see cli.ts. The exit code is set, not forced, so output is flushed first.
import { runCli } from './cli';

void runCli(process.argv).then((code) => {
  process.exitCode = code;
});
