import { readFileSync } from 'node:fs';
import type { ParsedXliff } from '@concord/control-list';
import { Refusal } from '../refusal';
import { EXIT, UsageError } from '../usage-error';
import { safeGraphql } from './safe-fetch';
import { formatXliffReport } from './translations-report';

export interface TranslationsImportOptions {
  server: string;
  version: string;
  lang: string;
  machine?: boolean;
  dryRun?: boolean;
  token?: string;
  apiKey?: string;
}

interface ImportAnswer {
  version: string;
  language: string;
  xliffVersion: 'XLIFF_2_1' | 'XLIFF_1_2' | null;
  state: string;
  read: number;
  written: number;
  rejected: number;
  defects: ParsedXliff['defects'];
}

const IMPORT = `mutation ($input: ImportTranslationsInput!) {
  importTranslations(input: $input) { version language xliffVersion state read written rejected defects { kind location message rejected } }
}`;

/** Sends a translated XLIFF file to a Concord server, which records what it can take as the caller's delegation's translations. */
export async function importTranslations(file: string, options: TranslationsImportOptions): Promise<number> {
  if (!/^[0-9]{4}\.[0-9]+$/.test(options.version)) throw new UsageError(`--version: "${options.version}" is not YYYY.N, e.g. 2026.0`);
  const headers = credentials(options);
  let xliff: string;
  try {
    xliff = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const status = options.machine ? 'MACHINE' : 'TRANSLATION';
  const dryRun = options.dryRun ?? false;
  const body = await safeGraphql<{ importTranslations?: ImportAnswer }>(options.server, IMPORT, {
    what: 'the translation import',
    headers,
    // The whole file goes up and the report comes back: a report of every unit of a large file is itself large.
    maxBytes: 16 * 1024 * 1024,
    variables: { input: { version: options.version, language: options.lang, xliff, status, dryRun } },
  });
  const error = body.errors?.[0];
  if (error || !body.data?.importTranslations) throw new Refusal(error?.extensions?.reason ?? 'NO_ANSWER', error?.message ?? 'The server gave no answer');
  const answer = body.data.importTranslations;
  const parsed: ParsedXliff = {
    version: answer.xliffVersion === null ? null : answer.xliffVersion === 'XLIFF_1_2' ? '1.2' : '2.1',
    units: [],
    defects: answer.defects,
    counts: { read: answer.read, written: answer.written, rejected: answer.rejected },
  };
  console.log(formatXliffReport({ file, release: answer.version, language: answer.language, parsed, reportFile: undefined }));
  console.log(
    dryRun
      ? 'Dry run: nothing recorded.'
      : answer.written
        ? `Recorded ${answer.written} ${status} text(s) in ${answer.language} for ${answer.state}.`
        : 'Nothing recorded.',
  );
  return answer.defects.length ? EXIT.REFUSED : EXIT.OK;
}

function credentials(options: TranslationsImportOptions): Record<string, string> {
  if (options.token) return { authorization: `Bearer ${options.token}` };
  if (options.apiKey) return { authorization: `ApiKey ${options.apiKey}` };
  throw new UsageError('give --token <access token> (or CONCORD_TOKEN) of a delegation member, or --api-key <key> (or CONCORD_API_KEY)');
}
