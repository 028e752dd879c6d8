import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expectedUnitsOf, exportXliff, ListDocument, parseXliff, translationUnits, XliffVersion } from '@concord/control-list';
import { EXIT, UsageError } from '../usage-error';
import { readListFile } from './list-file';
import { formatXliffReport } from './translations-report';

export interface TranslationsExportOptions {
  release: string;
  lang: string;
  xliff: XliffVersion;
  codes?: string;
  out?: string;
}

export interface TranslationsCheckOptions {
  release: string;
  lang: string;
  report?: string;
}

// A BCP 47 tag as translation tools write them: fr, fr-CA, zh-Hant-TW.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The English texts of a release (or list) file as XLIFF for a translator into --lang. */
export async function exportTranslations(options: TranslationsExportOptions): Promise<number> {
  const language = languageOf(options.lang);
  const list = select(readListFile(options.release), options.codes);
  const units = translationUnits(list);
  const release = list.version ?? basename(options.release);
  const xml = exportXliff(units, { version: options.xliff, sourceLanguage: 'en', targetLanguage: language, release });
  if (options.out) {
    writeFileSync(options.out, xml);
    process.stderr.write(`Wrote ${units.length} units (${list.entries.length} entries, ${list.definitions.length} definitions) of ${release} to ${options.out} as XLIFF ${options.xliff}, en → ${language}\n`);
  } else {
    process.stdout.write(xml);
  }
  return EXIT.OK;
}

/** Checks a translated XLIFF file against the release it should translate: every defect by line and unit. */
export async function checkTranslations(file: string, options: TranslationsCheckOptions): Promise<number> {
  const language = languageOf(options.lang);
  const list = readListFile(options.release);
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseXliff(xml, { expectedUnits: expectedUnitsOf(translationUnits(list)), targetLanguage: language });
  if (options.report) writeFileSync(options.report, `${JSON.stringify({ file, release: list.version ?? null, language, ...parsed }, null, 2)}\n`);
  console.log(formatXliffReport({ file, release: list.version ?? basename(options.release), language, parsed, reportFile: options.report }));
  return parsed.defects.length ? EXIT.REFUSED : EXIT.OK;
}

function languageOf(value: string): string {
  if (!LANGUAGE_TAG.test(value)) throw new UsageError(`--lang: "${value}" is not a language tag such as fr, ja or fr-CA`);
  if (/^en(-|$)/i.test(value)) throw new UsageError('--lang: the sources are English; give the language to translate into');
  return value;
}

/** With --codes, only those entries and the definitions they use. */
function select(list: Pick<ListDocument, 'version' | 'entries' | 'definitions'>, codes: string | undefined): typeof list {
  if (!codes) return list;
  const wanted = new Set(codes.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean));
  const entries = list.entries.filter((entry) => wanted.has(entry.code));
  const missing = [...wanted].filter((code) => !entries.some((entry) => entry.code === code));
  if (missing.length) throw new UsageError(`--codes: not in ${list.version ?? 'the list'}: ${missing.join(', ')}`);
  const terms = new Set(entries.flatMap((entry) => entry.definitions));
  return { ...list, entries, definitions: list.definitions.filter((definition) => terms.has(definition.term)) };
}
