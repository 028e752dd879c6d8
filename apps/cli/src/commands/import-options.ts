import { existsSync } from 'node:fs';
import { isEntryCode, isReleaseVersion, ListSelection } from '@concord/control-list';
import { UsageError } from '../usage-error';

export interface ImportCommandOptions {
  codes?: string;
  categories?: string;
  version?: string;
  effectiveFrom?: string;
  dryRun?: boolean;
  report?: string;
}

export interface ImportRequest {
  file: string;
  selection: ListSelection;
  /** Unset: the next baseline version after the latest release. */
  version?: string;
  effectiveFrom?: string;
  dryRun: boolean;
  reportFile?: string;
}

const list = (raw: string | undefined) =>
  raw === undefined ? undefined : raw.split(',').map((item) => item.trim()).filter((item) => item !== '');

/** Every mistake in the command line is reported before anything touches the database. */
export function importRequest(file: string, options: ImportCommandOptions): ImportRequest {
  if (!existsSync(file)) throw new UsageError(`No such file: ${file}`);
  const codes = list(options.codes)?.map((code) => code.toUpperCase());
  const badCodes = codes?.filter((code) => !isEntryCode(code)) ?? [];
  if (badCodes.length) throw new UsageError(`--codes: not entry codes (like 4A005): ${badCodes.join(', ')}`);
  const categories = list(options.categories);
  const badCategories = categories?.filter((category) => !/^[0-9]$/.test(category)) ?? [];
  if (badCategories.length) throw new UsageError(`--categories: not category digits (0-9): ${badCategories.join(', ')}`);
  if (options.version !== undefined && !isReleaseVersion(options.version)) throw new UsageError(`--version: "${options.version}" is not YYYY.N, e.g. 2026.0`);
  if (options.effectiveFrom !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(options.effectiveFrom)) {
    throw new UsageError(`--effective-from: "${options.effectiveFrom}" is not a date YYYY-MM-DD`);
  }
  return {
    file,
    selection: { ...(codes?.length ? { codes } : {}), ...(categories?.length ? { categories } : {}) },
    version: options.version,
    effectiveFrom: options.effectiveFrom,
    dryRun: options.dryRun ?? false,
    reportFile: options.report,
  };
}
