import { DomainError } from '@concord/shared/graphql';
import { inScope, normaliseScope } from './release-scope';

const reasonOf = (given: Parameters<typeof normaliseScope>[0]) => {
  try {
    normaliseScope(given);
    return undefined;
  } catch (error) {
    return (error as DomainError).reason;
  }
};

describe('release scopes', () => {
  it('normalise case, order and repeats, and drop what a shorter prefix covers', () => {
    expect(normaliseScope({ prefixes: [' 5a00', '5A', '4d', '4', '5A001'], codes: ['3a981', '3A981', '4A005'] })).toEqual({ prefixes: ['4', '5A'], codes: ['3A981'] });
    expect(normaliseScope({ codes: ['5A001', '4D004'] })).toEqual({ prefixes: [], codes: ['4D004', '5A001'] });
  });

  it('match codes by prefix or exactly', () => {
    const scope = normaliseScope({ prefixes: ['5A'], codes: ['4D004'] });
    expect(['5A001', '5A980', '4D004', '5D001', '4D980'].filter((code) => inScope(scope, code))).toEqual(['5A001', '5A980', '4D004']);
  });

  it('refuse what is not a scope, with a stable reason', () => {
    expect(reasonOf({})).toBe('SCOPE_EMPTY');
    expect(reasonOf({ prefixes: ['5F'] })).toBe('SCOPE_INVALID_PREFIX');
    expect(reasonOf({ prefixes: ['5A0010'] })).toBe('SCOPE_INVALID_PREFIX');
    expect(reasonOf({ prefixes: [''] })).toBe('SCOPE_INVALID_PREFIX');
    expect(reasonOf({ codes: ['5A'] })).toBe('SCOPE_INVALID_CODE');
    expect(reasonOf({ codes: Array.from({ length: 51 }, (_, i) => `5A${String(i).padStart(3, '0')}`) })).toBe('SCOPE_TOO_LARGE');
  });
});
