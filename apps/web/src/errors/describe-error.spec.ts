import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { catalog } from '../app/i18n/catalog';
import { describeError, problemsAt } from './describe-error';

const refusal = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('describing a refusal in a delegate’s words', () => {
  it('speaks of the stable reason when the app knows it, in every language', () => {
    const described = describeError(refusal({ code: 'CONFLICT', reason: 'STALE_REVISION' }));
    expect(described).toMatchObject({ reason: 'STALE_REVISION', message: 'error.reason.STALE_REVISION' });
    for (const locale of ['en', 'fr', 'ja'] as const) expect(catalog[locale][described.message]).toMatch(/\S/);
  });

  it('falls back to the code for a reason it does not know, and to "try again" for anything else', () => {
    expect(describeError(refusal({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' })).message).toBe('error.code.FORBIDDEN');
    expect(describeError(refusal({})).message).toBe('error.code.INTERNAL');
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ reason: 'NETWORK', fields: [], message: 'error.network' });
  });

  it('keeps the fields the API named, so each problem lands on its own field and those under it', () => {
    const fields = [
      { field: 'changes[0].entry.heading', message: 'must not be empty' },
      { field: 'changes[0].entry.paragraphs[2].path', message: 'is not a paragraph path' },
      { field: 'changes[1].code', message: 'is not an entry code' },
    ];
    const described = describeError(refusal({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields }));
    expect(problemsAt(described.fields, 'changes[0].entry')).toHaveLength(2);
    expect(problemsAt(described.fields, 'changes[0].entry.paragraphs[2].path')).toEqual([fields[1]]);
    expect(problemsAt(described.fields, 'changes[1]')).toEqual([fields[2]]);
    expect(problemsAt(described.fields, 'changes[10]')).toEqual([]);
  });
});
