import { combineConstraintErrors } from './database-errors';
import { ErrorCode } from './errors';

describe('combineConstraintErrors', () => {
  const taken = { code: ErrorCode.CONFLICT, reason: 'TAKEN', message: 'Taken' };

  it('refuses a constraint two libs both describe, so neither silently wins', () => {
    expect(() => combineConstraintErrors({ widget_unique: taken }, { widget_unique: taken })).toThrow(/widget_unique/);
  });

  it('keeps every lib’s entries', () => {
    expect(Object.keys(combineConstraintErrors({ a_unique: taken }, { b_unique: taken }))).toEqual(['a_unique', 'b_unique']);
  });
});
