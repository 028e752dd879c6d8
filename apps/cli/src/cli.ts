import 'reflect-metadata';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { TrustRefusal } from '@concord/releases';
import { diffDocuments } from './commands/diff';
import { exportRelease } from './commands/export';
import { importList } from './commands/import';
import { inForce } from './commands/in-force';
import { writeKeys } from './commands/keys';
import { migrate } from './commands/migrate';
import { pull } from './commands/pull';
import { rootInit, rootRotate, rootSign } from './commands/root';
import { checkTranslations, exportTranslations } from './commands/translations';
import { importTranslations } from './commands/translations-import';
import { FETCH_LIMITS } from './commands/safe-fetch';
import { verifyDocument } from './commands/verify';
import { verifyEntry } from './commands/verify-entry';
import { verifyDelta } from './commands/verify-delta';
import { verifyAudit } from './commands/verify-audit';
import { Refusal } from './refusal';
import { EXIT, UsageError } from './usage-error';

function program(done: (code: number) => void): Command {
  const cli = new Command('concord')
    .description('Concord command line: the database schema, list imports and exports, pulling and verifying signed releases (whole, one entry, or a delta by subtree) against a pinned root of trust, the secretariat\'s root metadata, verifying the audit trail against signed checkpoints, and XLIFF for translators.')
    .showHelpAfterError()
    .exitOverride();
  cli
    .command('migrate')
    .description('Apply pending database migrations (DATABASE_URL, or the embedded PostgreSQL in CONCORD_DATA_DIR).')
    .action(async () => done(await migrate()));
  cli
    .command('import')
    .description('Import a list as a published baseline release: the eCFR CCL JSON (2026 entries[] file, or the 2025 file with markdown per ECCN), or Concord\'s list format (JSON or .csv).')
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
    .description('Pull a released version from a Concord server, verify it against the trusted root and a fresh signed timestamp, and write it to a directory.')
    .requiredOption('--server <url>', 'the Concord server, e.g. https://concord.example.org')
    .option('--version <version>', 'the release version (YYYY.N), or latest (the one the signed timestamp announces)', 'latest')
    .option('--api-key <key>', 'the API key your state was issued (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .option('--root <file>', 'the root metadata the secretariat handed you (e.g. root.json): required on the first pull into --out, then the trust state there takes over')
    .option('--min-version <version>', 'refuse anything older, whatever the server announces (a fresh consumer\'s floor)')
    .option('--allow-expired', 'only warn when the timestamp has expired (a server that stopped re-signing), instead of refusing')
    .requiredOption('--out <dir>', 'where to keep release.json, release.sig, list.json and trust-state.json; nothing older than what it records is accepted')
    .option('--max-bytes <bytes>', `refuse a release document larger than this, as soon as it exceeds it (default ${FETCH_LIMITS.documentBytes}, 64 MiB)`, positiveInteger)
    .option(
      '--timeout <ms>',
      `give up when connecting (DNS, TCP, TLS) or waiting for the next bytes takes longer than this (default ${FETCH_LIMITS.timeoutMs}); ` +
        `each request also ends after ${FETCH_LIMITS.deadlineMs / 60_000} minutes in all`,
      positiveInteger,
    )
    .addHelpText(
      'after',
      '\nChecks, in order: every root rotation since the trusted root (each signed by the old and the new threshold), the\n' +
        'timestamp (signed by the timestamp key, unexpired, not older than the last seen), then the document (its key granted\n' +
        'by the release role for the publication instant, signature, digest and length as announced, no rollback).\n' +
        'Exit codes: 0 pulled and verified, 1 refused (REFUSED (<code>): …, see docs/integrity-trust.md and docs/integrity-client.md), 2 usage error.',
    )
    .action(async (options) => done(await pull(options)));
  cli
    .command('keys')
    .description('Write the root metadata that pull and verify pin (--root): which keys may sign releases and root rotations.')
    .option('--server <url>', 'ask this Concord server for its newest root (trusts that server: compare the root key ids with the secretariat\'s)')
    .option('--api-key <key>', 'with --server: the API key your state was issued (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .option('--local', 'the root this machine serves: TRUST_DIR, or in development the trust directory under CONCORD_DATA_DIR')
    .option('--out <file>', 'write to a file instead of standard output, e.g. root.json')
    .addHelpText(
      'after',
      '\nThe file should come from the secretariat through a channel you trust apart from the server (--local is how the\n' +
        'secretariat makes it); fetching it with --server trusts that server as it answers now.\n' +
        'Exit codes: 0 written, 1 refused or unreachable, 2 usage error.',
    )
    .action(async (options) => done(await writeKeys(options)));
  cli
    .command('verify')
    .description('Verify a release document offline against a trusted root: digest, key granted by the release role, Ed25519 signature, canonical form, no rollback.')
    .argument('<document>', 'the release document (e.g. release.json or 2026.1.json)')
    .option('--signature <file|value>', 'a .sig file, or a Concord-Signature header value (default: the document\'s .sig companion)')
    .option('--root <file>', 'the pinned root metadata (needed unless --state names an existing trust state)')
    .option('--state <file>', 'a trust state (e.g. the trust-state.json pull keeps): its root is used, a rollback against it refused, and the document recorded as held')
    .option('--held-version <version>', 'the version you hold: an older document is refused')
    .option('--min-version <version>', 'refuse a document older than this')
    .option('--digest <sha256>', 'the digest announced by the server (timestamp, ETag, Release.digest)')
    .addHelpText('after', '\nExit codes: 0 verified, 1 refused (REFUSED (<code>): …), 2 usage error.')
    .action(async (document: string, options) => done(await verifyDocument(document, options)));
  const root = cli
    .command('root')
    .description('The secretariat\'s root metadata: which keys hold the root, release and timestamp roles (TUF-style, see docs/integrity-trust.md).');
  root
    .command('init')
    .description('Make a trust directory: root version 1 signed by N new root keys (threshold T), a timestamp key and a release key.')
    .requiredOption('--out <dir>', 'the new trust directory (the API\'s TRUST_DIR); root and release keys go under offline/, to be moved away')
    .option('--root-keys <n>', 'how many root keys, one per holder', '3')
    .option('--threshold <t>', 'how many root keys must sign each root version', '2')
    .option('--release-key <file>', 'enrol this existing release key (its public PEM, or SIGNING_KEY\'s private PEM) instead of making one')
    .option('--release-valid-from <instant>', 'start of the release key\'s window (ISO 8601): releases published before it are refused; default now')
    .option('--expires-days <days>', 'the root\'s lifetime: consumers refuse an expired root', '365')
    .addHelpText('after', '\nExit codes: 0 written, 2 usage error (e.g. the directory exists).')
    .action(async (options) => done(await rootInit(options)));
  root
    .command('rotate')
    .description('Write the next root version: a new release or timestamp key, retired or revoked release keys, new root keys; signed with the given root keys.')
    .requiredOption('--dir <dir>', 'the trust directory')
    .option('--sign-with <files...>', 'root private key files of the current version (a threshold of them, or add more later with root sign)', [])
    .option('--new-release-key', 'make a release key valid from now; the current ones are retired (their window closes now, their releases stay valid)')
    .option('--retire-release-key <keyIds...>', 'close these release keys\' windows now: releases they signed before stay valid')
    .option('--revoke-release-key <keyIds...>', 'revoke these release keys: every release they signed is refused from then on')
    .option('--new-timestamp-key', 'replace the timestamp key')
    .option('--new-root-keys <n>', 'replace the root keys with n new ones (the current ones still sign this version)')
    .option('--root-threshold <t>', 'with --new-root-keys: how many of them must sign each later version')
    .option('--expires-days <days>', 'the new version\'s lifetime', '365')
    .addHelpText(
      'after',
      '\nThe new version is published into root/ (and served at once) only when signed by a threshold of the current root keys\n' +
        'and a threshold of its own; until then it waits in pending-root.json for concord root sign.\n' +
        'Exit codes: 0 written or pending, 1 refused, 2 usage error.',
    )
    .action(async (options) => done(await rootRotate(options)));
  root
    .command('sign')
    .description('Add root key signatures to the pending root version; publish it once both thresholds are met.')
    .requiredOption('--dir <dir>', 'the trust directory')
    .requiredOption('--key <files...>', 'root private key files')
    .addHelpText('after', '\nExit codes: 0 signed (published or still pending), 1 refused, 2 usage error.')
    .action(async (options) => done(await rootSign(options)));
  cli
    .command('verify-entry')
    .description('Verify one entry of a signed release without the whole document: its canonical bytes and Merkle inclusion proof against the release\'s signed head.')
    .requiredOption('--code <code>', 'the entry, e.g. 4A005')
    .option('--root <file>', 'the pinned root metadata (needed unless --state names an existing trust state)')
    .option('--state <file>', 'a trust state (e.g. the trust-state.json pull keeps): its root\'s release keys are trusted')
    .option('--server <url>', 'ask this Concord server for the entry, its proof and the release head')
    .option('--version <version>', 'with --server: the release version (YYYY.N), or latest', 'latest')
    .option('--api-key <key>', 'with --server: the API key your state was issued (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .option('--from <file>', 'instead of --server: a saved answer, JSON { head, entry: { canonical, inclusionProof } }')
    .option('--out <file>', 'write the verified entry\'s canonical JSON there')
    .addHelpText(
      'after',
      '\nThe server need not be trusted: the head must be signed by a pinned key and the proof must lead from the entry to\n' +
        'the head\'s Merkle root. Exit codes: 0 verified, 1 refused, 2 usage error.',
    )
    .action(async (options) => done(await verifyEntry(options)));
  cli
    .command('verify-delta')
    .description('Verify a delta by subtree (a scoped webhook\'s body, or the releaseDelta query\'s document) offline: both releases\' signed heads, each change\'s Merkle inclusion proofs, the signature over the whole delta.')
    .argument('<delta>', 'the delta document (e.g. delta.json), or a saved GraphQL answer carrying releaseDelta.document')
    .option('--root <file>', 'the pinned root metadata (needed unless --state names an existing trust state)')
    .option('--state <file>', 'a trust state (e.g. the trust-state.json pull keeps): its root\'s release keys are trusted')
    .option('--consecutive', 'with --state: refuse a delta that does not start from the release the state holds (NOT_CONSECUTIVE, PREDECESSOR_MISMATCH)')
    .addHelpText(
      'after',
      '\nPrints each check. Refusals: MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE, WRONG_RELEASE, HEAD_MISMATCH, OUT_OF_SCOPE, KIND_MISMATCH,\n' +
        'WRONG_ENTRY, NOT_CANONICAL, PROOF_MISSING, NOT_INCLUDED, NOT_CONSECUTIVE, PREDECESSOR_MISMATCH (docs/subscriptions.md).\n' +
        'Exit codes: 0 verified, 1 refused, 2 usage error.',
    )
    .action(async (delta: string, options) => done(await verifyDelta(delta, options)));
  cli
    .command('verify-audit')
    .description('Verify the audit trail against signed checkpoints: the events from a checkpoint you hold recompute to a later one, so nothing was rewritten or removed.')
    .option('--server <url>', 'read the events (auditLog) and the latest checkpoint from this Concord server')
    .option('--token <token>', 'with --server: your access token (or CONCORD_TOKEN); a delegation sees other states\' events redacted and verifies them all the same', process.env['CONCORD_TOKEN'])
    .option('--api-key <key>', 'with --server: an API key (or CONCORD_API_KEY), for clients allowed to read the audit log', process.env['CONCORD_API_KEY'])
    .option('--events <file>', 'instead of --server: exported events, { "events": [ … ] } with the fields auditLog returns')
    .option('--root <file>', 'the pinned root metadata (needed unless --state names an existing trust state)')
    .option('--state <file>', 'a trust state (e.g. the trust-state.json pull keeps): its root\'s release keys are trusted')
    .option('--from <file>', 'a checkpoint you held (its envelope, or a release document carrying auditCheckpoint); default: the first event')
    .option('--to <file>', 'the checkpoint the chain must reproduce and reach; default with --server: the server\'s latest')
    .addHelpText(
      'after',
      '\nRefusals: CHECKPOINT_MISMATCH (rewritten), CHECKPOINT_NOT_REACHED (truncated), CHECKPOINT_ORDER (older than held),\n' +
        'CHECKPOINT_UNTRUSTED, HASH_MISMATCH, PREV_HASH_MISMATCH, SEQUENCE_GAP, UNVERIFIABLE_EVENT.\n' +
        'Exit codes: 0 verified, 1 refused, 2 usage error.',
    )
    .action(async (options) => done(await verifyAudit(options)));
  const translations = cli
    .command('translations')
    .description('Exchange the list\'s texts with translators as XLIFF 2.1 or 1.2, keyed by paragraph path (docs/translations-xliff.md).');
  translations
    .command('export')
    .description('Write the English texts of a release (headings, paragraphs, definitions) as XLIFF, for translation into --lang.')
    .requiredOption('--release <file>', 'the release document (e.g. the release.json concord pull writes) or a list (concord-list/1 JSON)')
    .requiredOption('--lang <tag>', 'the language to translate into, e.g. fr, ja, fr-CA')
    .addOption(new Option('--xliff <version>', 'the XLIFF version: 2.1, or 1.2 for tools that read only that').choices(['2.1', '1.2']).default('2.1'))
    .option('--codes <codes>', 'only these entries (and the definitions they use), comma-separated, e.g. 5A001,4A005')
    .option('--out <file>', 'write to a file instead of standard output, e.g. 2026.0.fr.xlf')
    .addHelpText('after', '\nEach unit carries the SHA-256 of its English text, so a check knows what was translated.\nExit codes: 0 written, 2 usage error.')
    .action(async (options) => done(await exportTranslations(options)));
  translations
    .command('check')
    .description('Check a translated XLIFF file against the release it translates: every unit, defects by line and unit.')
    .argument('<file>', 'the XLIFF file (2.1, 2.0 or 1.2, found from the file)')
    .requiredOption('--release <file>', 'the release document or list whose texts are translated: its current English texts decide what is stale')
    .requiredOption('--lang <tag>', 'the language the file should translate into')
    .option('--report <file>', 'write the result, translations and defects, as JSON')
    .addHelpText(
      'after',
      '\nDefects: NOT_XML, NOT_XLIFF, UNSUPPORTED_VERSION, WRONG_SOURCE_LANGUAGE, WRONG_TARGET_LANGUAGE (the file is\n' +
        'rejected); MALFORMED_UNIT, UNKNOWN_UNIT, DUPLICATE_UNIT, EMPTY_TARGET, STALE_SOURCE, UNSUPPORTED_MARKUP (the unit is).\n' +
        'Exit codes: 0 no defects, 1 defects found, 2 usage error.',
    )
    .action(async (file: string, options) => done(await checkTranslations(file, options)));
  translations
    .command('import')
    .description("Send a translated XLIFF file to a Concord server, which checks it against the release's English and records the units it can take as your delegation's translations.")
    .argument('<file>', 'the XLIFF file (2.1, 2.0 or 1.2, found from the file)')
    .requiredOption('--server <url>', 'the Concord server, e.g. https://concord.example.org')
    .requiredOption('--version <version>', 'the release the file translates (YYYY.N)')
    .requiredOption('--lang <tag>', 'the language of the targets, e.g. fr')
    .option('--machine', 'record the texts as MACHINE translations (never authentic, labelled everywhere)')
    .option('--dry-run', 'check and report only; record nothing')
    .option('--token <token>', 'your access token (or CONCORD_TOKEN): translations are recorded for your delegation', process.env['CONCORD_TOKEN'])
    .option('--api-key <key>', 'or an API key (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .addHelpText(
      'after',
      '\nDefects as for check, and NOT_TRANSLATED: a target still in state initial. A file rejected as a whole records nothing.\n' +
        'Exit codes: 0 no defects, 1 defects found or refused, 2 usage error.',
    )
    .action(async (file: string, options) => done(await importTranslations(file, options)));
  cli
    .command('in-force')
    .description('Ask a Concord server which release of the list is law in a state on a day: the national act, its date of entry into force and its deviations.')
    .requiredOption('--server <url>', 'the Concord server, e.g. https://concord.example.org')
    .requiredOption('--state <code>', 'the participating state, e.g. FR')
    .requiredOption('--on <date>', 'the day, YYYY-MM-DD')
    .option('--api-key <key>', 'an API key with RELEASES_READ (or CONCORD_API_KEY)', process.env['CONCORD_API_KEY'])
    .option('--token <token>', 'or your access token (or CONCORD_TOKEN)', process.env['CONCORD_TOKEN'])
    .option('--json', 'print the answer as JSON')
    .action(async (options) => done(await inForce(options)));
  cli
    .command('diff')
    .description('Entries and definitions ADDED, AMENDED or REMOVED between two local documents (release documents, lists, or the CCL source files concord import reads); offline.')
    .argument('<from>', 'the older document')
    .argument('<to>', 'the newer document')
    .option('--meaning', 'classify each change (NEW_CONTROL, DECONTROL, BROADENED, NARROWED, REASONS_CHANGED, RENUMBERED, EDITORIAL) with the thresholds that moved, and print the crosswalk of renumbered paths')
    .option('--codes <codes>', 'only these entry codes, comma-separated, e.g. 4A005,5A001')
    .option('--categories <digits>', 'only these categories, comma-separated, e.g. 4,5')
    .option('--json', 'print the changes (before and after included; with --meaning, the meanings and the crosswalk) as JSON')
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
    if (error instanceof TrustRefusal || error instanceof Refusal) {
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

