import 'reflect-metadata';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { diffDocuments } from './commands/diff';
import { exportRelease } from './commands/export';
import { importList } from './commands/import';
import { writeKeys } from './commands/keys';
import { migrate } from './commands/migrate';
import { pull } from './commands/pull';
import { FETCH_LIMITS } from './commands/safe-fetch';
import { verifyDocument } from './commands/verify';
import { Refusal } from './refusal';
import { EXIT, UsageError } from './usage-error';

function program(done: (code: number) => void): Command {
  const cli = new Command('concord')
    .description('Concord command line: the database schema, list imports and exports, and pulling and verifying signed releases against pinned keys.')
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
    .option('--version <version>', 'the release version to create (YYYY.N); default: the next baseline version (2026.0 on an empty database)')
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
  cli
    .command('pull')
    .description('Pull a released version from a Concord server, verify it against pinned keys, and write it to a directory.')
    .requiredOption('--server <url>', 'the Concord server, e.g. https://concord.example.org')
    .option('--version <version>', 'the release version (YYYY.N), or latest', 'latest')
    .option('--api-key <key>', 'the API key your state was issued (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .requiredOption('--keys <file>', 'the pinned public keys (JSON: [{ keyId, publicKey }] or the API\'s signingKeys)')
    .requiredOption('--out <dir>', 'where to keep release.json, release.sig and list.json; a version older than the one held there is refused')
    .option('--max-bytes <bytes>', `refuse a release document larger than this, as soon as it exceeds it (default ${FETCH_LIMITS.documentBytes}, 64 MiB)`, positiveInteger)
    .option(
      '--timeout <ms>',
      `give up when connecting (DNS, TCP, TLS) or waiting for the next bytes takes longer than this (default ${FETCH_LIMITS.timeoutMs}); ` +
        `each request also ends after ${FETCH_LIMITS.deadlineMs / 60_000} minutes in all`,
      positiveInteger,
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 pulled and verified, 1 refused (bad digest or signature, unknown key, rollback; unreachable server,\n' +
        'timeout, answer too large or cut short, non-2xx status: one line REFUSED (<CODE>): …), 2 usage error.',
    )
    .action(async (options) => done(await pull(options)));
  cli
    .command('keys')
    .description('Write the keys file that pull and verify pin (--keys): the public keys that sign releases.')
    .option('--server <url>', 'ask this Concord server for its signingKeys (trusts that server: compare the key ids with the secretariat\'s)')
    .option('--api-key <key>', 'with --server: the API key your state was issued (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .option('--local', 'the keys this machine signs with: SIGNING_KEY and SIGNING_PUBLIC_KEYS, or in development the key under CONCORD_DATA_DIR/signing')
    .option('--out <file>', 'write to a file instead of standard output, e.g. keys.json')
    .addHelpText(
      'after',
      '\nThe file should come from the secretariat through a channel you trust apart from the server (--local is how the\n' +
        'secretariat makes it); fetching it with --server trusts that server as it answers now.\n' +
        'Exit codes: 0 written, 1 refused or unreachable, 2 usage error.',
    )
    .action(async (options) => done(await writeKeys(options)));
  cli
    .command('verify')
    .description('Verify a release document offline: digest, Ed25519 signature by a pinned key, canonical form, no rollback.')
    .argument('<document>', 'the release document (e.g. release.json or 2026.1.json)')
    .option('--signature <file|value>', 'a .sig file, or a Concord-Signature header value (default: the document\'s .sig companion)')
    .requiredOption('--keys <file>', 'the pinned public keys')
    .option('--held-version <version>', 'the version you hold: an older document is refused')
    .option('--digest <sha256>', 'the digest announced by the server (ETag, Release.digest)')
    .addHelpText('after', '\nExit codes: 0 verified, 1 refused, 2 usage error.')
    .action(async (document: string, options) => done(await verifyDocument(document, options)));
  cli
    .command('diff')
    .description('Entries and definitions ADDED, AMENDED or REMOVED between two local documents (release documents or lists).')
    .argument('<from>', 'the older document')
    .argument('<to>', 'the newer document')
    .option('--json', 'print the changes, before and after included, as JSON')
    .action(async (from: string, to: string, options) => done(await diffDocuments(from, to, options)));
  return cli;
}

function positiveInteger(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError('expected a positive whole number.');
  return Number(value);
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
    if (error instanceof Refusal) {
      console.error(`REFUSED (${error.problem}): ${error.message}`);
      return EXIT.REFUSED;
    }
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`);
      return EXIT.USAGE;
    }
    console.error(error instanceof Error ? `concord: ${error.message}` : error);
    return EXIT.REFUSED;
  }
}

