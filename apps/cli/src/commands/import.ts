import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { detectListFormat, fromCsv, LIST_FORMAT, parseList, ParsedList } from '@concord/control-list';
import { ControlListImporter, ImportedBaseline } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { DomainError, toDomainError } from '@concord/shared/graphql';
import { openCliDatabase } from '../cli-database';
import { EXIT } from '../usage-error';
import { ImportCommandOptions, importRequest, ImportRequest } from './import-options';
import { formatReport, ImportOutcome } from './import-report';

/** Thrown inside the dry-run transaction so that it rolls back after every check has passed. */
class DryRunRollback extends Error {
  constructor(readonly imported: ImportedBaseline) {
    super('dry run');
  }
}

export async function importList(file: string, options: ImportCommandOptions): Promise<number> {
  const request = importRequest(file, options);
  const started = Date.now();
  const progress = (line: string) => process.stderr.write(`${line}\n`);

  let parsed: ParsedList;
  let format: string;
  try {
    ({ parsed, format } = parse(request));
  } catch (error) {
    console.error(`Cannot read ${request.file}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.REFUSED;
  }
  progress(`Parsed ${parsed.counts.entries.read} entries and ${parsed.counts.paragraphs.read} paragraphs from ${basename(request.file)}`);

  const outcome: ImportOutcome = {
    file: request.file,
    format,
    selection: request.selection,
    version: request.version,
    dryRun: request.dryRun,
    status: 'REFUSED',
    counts: parsed.counts,
    defects: parsed.defects,
    seconds: 0,
  };
  const database = await openCliDatabase(progress);
  try {
    // Signed like a baseline the API imports: the same configuration (SIGNING_KEY in production; in development the
    // key the API generated under CONCORD_DATA_DIR).
    const importer = ControlListImporter.forDataSource(database.db, loadConfig(process.env));
    const write = (manager?: Parameters<ControlListImporter['importBaseline']>[2]) =>
      importer.importBaseline(
        parsed.document,
        {
          version: request.version,
          effectiveFrom: request.effectiveFrom,
          // Only counts and defects of the parsed list are reported after.
          discardListOnceWritten: true,
          onProgress: (written, total) =>
            progress(`Written ${written.entries}/${total.entries} entries, ${written.paragraphs}/${total.paragraphs} paragraphs`),
        },
        manager,
      );
    if (request.dryRun) {
      // Everything a real import does, database constraints and triggers included, then rolled back.
      await database.db
        .transaction(async (manager) => {
          throw new DryRunRollback(await write(manager));
        })
        .catch((error: unknown) => {
          if (!(error instanceof DryRunRollback)) throw error;
          outcome.written = error.imported.written;
          outcome.version = error.imported.release.version;
          outcome.reserved = error.imported.reserved;
        });
      outcome.status = 'CHECKED';
    } else {
      const imported = await write();
      outcome.written = imported.written;
      outcome.version = imported.release.version;
      outcome.reserved = imported.reserved;
      outcome.status = 'IMPORTED';
    }
  } catch (error) {
    const refusal = toDomainError(error);
    if (!(refusal instanceof DomainError)) throw error;
    outcome.refusal = { code: String(refusal.code), reason: refusal.reason, message: refusal.message };
  } finally {
    await database.close();
  }
  outcome.seconds = (Date.now() - started) / 1000;
  if (request.reportFile) writeFileSync(request.reportFile, `${JSON.stringify(outcome, null, 2)}\n`);
  console.log(formatReport(outcome, request.reportFile));
  return outcome.status === 'REFUSED' ? EXIT.REFUSED : EXIT.OK;
}

function parse(request: ImportRequest): { parsed: ParsedList; format: string } {
  if (/\.csv$/i.test(request.file)) {
    return { parsed: parseList(fromCsv(readFileSync(request.file, 'utf8')), request.selection), format: `${LIST_FORMAT} CSV` };
  }
  // The file's text is not kept in a variable: it would stay alive, 28 MB at 20,000 entries, while parseList runs.
  const json: unknown = JSON.parse(readFileSync(request.file, 'utf8'));
  const format = detectListFormat(json);
  const names: Record<string, string> = { 'ecfr-ccl': 'eCFR CCL JSON', 'ccl-markdown': 'CCL JSON with markdown per ECCN' };
  return { parsed: parseList(json, request.selection), format: names[format ?? ''] ?? `${format} JSON` };
}
