/** `YYYY.N`: the year, then the release's number within it (`2026.0` is the baseline of 2026). */
export const RELEASE_VERSION = /^[0-9]{4}\.(0|[1-9][0-9]{0,5})$/;

export function isReleaseVersion(value: unknown): value is string {
  return typeof value === 'string' && RELEASE_VERSION.test(value);
}

/** Numeric order: 2026.10 comes after 2026.9. */
export function compareVersions(a: string, b: string): number {
  const [yearA, numberA] = a.split('.').map(Number);
  const [yearB, numberB] = b.split('.').map(Number);
  return yearA - yearB || numberA - numberB;
}

/** SQL ordering key matching compareVersions, for ORDER BY and keyset cursors. */
export const VERSION_ORDER_SQL = (column: string) => `string_to_array(${column}, '.')::int[]`;

/** How a release came about decides the number it starts a year with: a baseline is `.0`, agreed work `.1`. */
export type VersionKind = 'BASELINE' | 'PUBLICATION';

const parts = (version: string) => version.split('.').map(Number) as [number, number];

/**
 * Versions have no gaps (DESIGN §6): after `latest` comes the next number of the same year, or the first of a later
 * year — `.0` for a baseline, `.1` for a publication — and no later than next year (a release agreed in December
 * may take effect in January). The first release of all may have any version. Returns why not, or undefined.
 */
export function versionProblem(candidate: string, latest: string | null, kind: VersionKind, today = new Date()): string | undefined {
  if (!isReleaseVersion(candidate)) return `"${candidate}" is not a release version: use a year and a number, e.g. 2026.1`;
  if (latest === null) return undefined;
  const [year, number] = parts(candidate);
  const [latestYear, latestNumber] = parts(latest);
  const lastYear = today.getUTCFullYear() + 1;
  const fine = (year === latestYear && number === latestNumber + 1) || (year > latestYear && year <= lastYear && number === (kind === 'BASELINE' ? 0 : 1));
  if (fine) return undefined;
  const allowed = allowedNextVersions(latest, kind, today);
  return `${candidate} cannot follow ${latest}: versions have no gaps, so the next one is ${allowed.join(' or ')}`;
}

/** The versions that may follow `latest`, nearest first. */
export function allowedNextVersions(latest: string, kind: VersionKind, today = new Date()): string[] {
  const [latestYear, latestNumber] = parts(latest);
  const first = kind === 'BASELINE' ? 0 : 1;
  const later = [];
  for (let year = latestYear + 1; year <= today.getUTCFullYear() + 1; year++) later.push(`${year}.${first}`);
  return [`${latestYear}.${latestNumber + 1}`, ...later];
}

/** The version to propose for the next release: the next of the current year where one can follow. */
export function suggestedNextVersion(latest: string | null, kind: VersionKind, today = new Date()): string {
  const year = today.getUTCFullYear();
  if (latest === null) return `${year}.${kind === 'BASELINE' ? 0 : 1}`;
  return allowedNextVersions(latest, kind, today).find((version) => parts(version)[0] === year) ?? allowedNextVersions(latest, kind, today)[0];
}
