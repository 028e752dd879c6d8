import { badInput, FieldProblem } from '@concord/shared/graphql';
import { EventErrorReason } from '../event-error-reason';

/**
 * A subtree of the list a consumer follows: entry codes under any of `prefixes` (a category `5`, a product group `5A`,
 * `5A0`, `5A00`) and the exact `codes`. Normalised: upper case, sorted, without repeats or anything a shorter prefix
 * already covers, so two spellings of one subtree are one scope (and one signed delta).
 */
export interface NormalisedScope {
  prefixes: string[];
  codes: string[];
}

export const MAX_SCOPE_ITEMS = 50;

// The entry-code grammar of the control-list library (DESIGN §3), which this library sits below and cannot import.
const PREFIX = /^[0-9]([A-E][0-9]{0,2})?$/;
const CODE = /^[0-9][A-E][0-9]{3}$/;

/** The scope as given, validated and normalised; a refusal names every bad item and changes nothing. */
export function normaliseScope(given: { prefixes?: readonly string[] | null; codes?: readonly string[] | null }): NormalisedScope {
  const prefixes = (given.prefixes ?? []).map((prefix) => prefix.trim().toUpperCase());
  const codes = (given.codes ?? []).map((code) => code.trim().toUpperCase());
  if (!prefixes.length && !codes.length) {
    throw badInput('A scope names at least one code prefix or code', EventErrorReason.SCOPE_EMPTY, [{ field: 'scope', message: 'give prefixes, codes or both' }]);
  }
  if (prefixes.length + codes.length > MAX_SCOPE_ITEMS) {
    throw badInput(`A scope names at most ${MAX_SCOPE_ITEMS} prefixes and codes together`, EventErrorReason.SCOPE_TOO_LARGE, [
      { field: 'scope', message: `${prefixes.length + codes.length} given, at most ${MAX_SCOPE_ITEMS}` },
    ]);
  }
  const badPrefixes: FieldProblem[] = prefixes.flatMap((prefix, index) =>
    PREFIX.test(prefix) || CODE.test(prefix) ? [] : [{ field: `scope.prefixes.${index}`, message: `"${prefix}" is not a category (5) or the start of an entry code (5A, 5A0, 5A00)` }],
  );
  if (badPrefixes.length) throw badInput(`Invalid code prefix: ${badPrefixes.map((p) => p.message).join('; ')}`, EventErrorReason.SCOPE_INVALID_PREFIX, badPrefixes);
  const badCodes: FieldProblem[] = codes.flatMap((code, index) => (CODE.test(code) ? [] : [{ field: `scope.codes.${index}`, message: `"${code}" is not an entry code like 5A001` }]));
  if (badCodes.length) throw badInput(`Invalid entry code: ${badCodes.map((p) => p.message).join('; ')}`, EventErrorReason.SCOPE_INVALID_CODE, badCodes);

  // A whole code given as a prefix covers that one entry: it is that code.
  const allCodes = [...codes, ...prefixes.filter((prefix) => CODE.test(prefix))];
  const sortedPrefixes = [...new Set(prefixes.filter((prefix) => !CODE.test(prefix)))].sort();
  const keptPrefixes = sortedPrefixes.filter((prefix) => !sortedPrefixes.some((other) => other !== prefix && prefix.startsWith(other)));
  const keptCodes = [...new Set(allCodes)].filter((code) => !keptPrefixes.some((prefix) => code.startsWith(prefix))).sort();
  return { prefixes: keptPrefixes, codes: keptCodes };
}

export function inScope(scope: NormalisedScope, code: string): boolean {
  return scope.codes.includes(code) || scope.prefixes.some((prefix) => code.startsWith(prefix));
}
