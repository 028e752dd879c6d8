import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { exportRelease } from './commands/export';
import { importList } from './commands/import';
import { migrate } from './commands/migrate';
import { EXIT, UsageError } from './usage-error';

function program(done: (code: number) => void): Command {
  const cli = new Command('concord')
    .description('Concord command line: the database schema, list imports and exports.')
    .showHelpAfterError()
    .exitOverride();
  cli
    .command('migrate')
    .description('Apply pending database migrations (DATABASE_URL, or the embedded PostgreSQL in CONCORD_DATA_DIR).')
    .action(async () => done(await migrate()));
  cli
    .command('import')
    .description('Import a list as a published baseline release: the eCFR CCL JSON, or Concord\'s list format (JSON or .csv).')
    .argument('<file>', 'the list to import')
    .option('--codes <codes>', 'only these entry codes, comma-separated, e.g. 4A005,5A001')
    .option('--categories <digits>', 'only these categories, comma-separated, e.g. 4,5')
    .option('--version <version>', 'the release version to create (YYYY.N)', '2026.0')
    .option('--effective-from <date>', 'date from which the list applies (YYYY-MM-DD)')
    .option('--dry-run', 'check everything, database included, and keep nothing')
    .option('--report <file>', 'write the full report, every defect included, as JSON')
    .addHelpText('after', '\nExit codes: 0 imported (or dry run passed), 1 refused, 2 usage error.')
    .action(async (file: string, options) => done(await importList(file, options)));
  cli
    .command('export')
    .description('Write a released version in Concord\'s list format.')
    .requiredOption('--version <version>', 'the release version (YYYY.N)')
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options) => done(await exportRelease(options)));
  return cli;
}

/** Runs one command; resolves to the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.OK;
  const cli = program((code) => (exitCode = code));
  try {
    await cli.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and a bare `concord` print help; anything else commander rejects is a usage error.
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`);
      return EXIT.USAGE;
    }
    console.error(error instanceof Error ? `concord: ${error.message}` : error);
    return EXIT.REFUSED;
  }
}

