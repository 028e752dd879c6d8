import { writeFileSync } from 'node:fs';
import { isReleaseVersion, readSnapshot, RELEASED_STATUSES, ReleaseEntity, toCsv } from '@concord/control-list';
import { In } from 'typeorm';
import { openCliDatabase } from '../cli-database';
import { EXIT, UsageError } from '../usage-error';

export interface ExportCommandOptions {
  version: string;
  format: string;
  out?: string;
}

/** A released version in Concord's own format: what `concord import` reads back unchanged. */
export async function exportRelease(options: ExportCommandOptions): Promise<number> {
  if (!isReleaseVersion(options.version)) throw new UsageError(`--version: "${options.version}" is not YYYY.N, e.g. 2026.0`);
  if (options.format !== 'json' && options.format !== 'csv') throw new UsageError(`--format: json or csv, not "${options.format}"`);
  const database = await openCliDatabase((line) => process.stderr.write(`${line}\n`));
  try {
    const release = await database.db
      .getRepository(ReleaseEntity)
      .findOneBy({ version: options.version, status: In([...RELEASED_STATUSES]) });
    if (!release) {
      console.error(`Release ${options.version} does not exist (or is not released yet).`);
      return EXIT.REFUSED;
    }
    const document = await readSnapshot(database.db.manager, release);
    const output = options.format === 'csv' ? toCsv(document) : `${JSON.stringify(document, null, 2)}\n`;
    if (options.out) {
      writeFileSync(options.out, output);
      process.stderr.write(`Wrote release ${release.version} (${document.entries.length} entries) to ${options.out}\n`);
    } else {
      process.stdout.write(output);
    }
    return EXIT.OK;
  } finally {
    await database.close();
  }
}
