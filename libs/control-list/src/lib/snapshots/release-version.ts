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

/** The version that would follow, for messages that suggest one: 2026.3 → 2026.4. */
export function nextVersion(version: string): string {
  const [year, number] = version.split('.').map(Number);
  return `${year}.${number + 1}`;
}

/** SQL ordering key matching compareVersions, for ORDER BY and keyset cursors. */
export const VERSION_ORDER_SQL = (column: string) => `string_to_array(${column}, '.')::int[]`;
