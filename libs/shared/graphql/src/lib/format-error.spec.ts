import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from './errors';
import { createErrorFormatter } from './format-error';

const located = (original: Error) => new GraphQLError(original.message, { path: ['field'], originalError: original });
const pgError = (code: string, constraint?: string) =>
  Object.assign(new Error('duplicate key value violates unique constraint "x"'), { driverError: { code, constraint } });

describe('createErrorFormatter', () => {
  const constraints = { widget_name_unique: { code: ErrorCode.CONFLICT, reason: 'DUPLICATE_WIDGET', message: 'A widget with that name exists' } };
  const format = createErrorFormatter({ production: true, constraints });

  it('maps a named PostgreSQL constraint to the domain error its table gives', () => {
    const error = located(pgError('23505', 'widget_name_unique'));
    expect(format(error.toJSON(), error)).toEqual({
      message: 'A widget with that name exists',
      path: ['field'],
      extensions: { code: 'CONFLICT', reason: 'DUPLICATE_WIDGET' },
    });
  });

  it('maps an unnamed unique violation to CONFLICT without leaking SQL', () => {
    const error = located(pgError('23505'));
    const formatted = format(error.toJSON(), error);
    expect(formatted.extensions).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(formatted.message).not.toMatch(/constraint|key/);
  });

  it('hides anything unexpected behind INTERNAL', () => {
    const error = located(new Error('connect ECONNREFUSED 10.0.0.5:5432 at /srv/app/db.ts:12'));
    expect(format(error.toJSON(), error)).toEqual({ message: 'Internal server error', path: ['field'], extensions: { code: 'INTERNAL', reason: 'INTERNAL' } });
  });

  it('keeps the message and reason of an INTERNAL refusal raised on purpose', () => {
    const error = located(new DomainError(ErrorCode.INTERNAL, 'RELEASE_TAMPERED', 'Release 2026.1 differs from its signed document'));
    expect(format(error.toJSON(), error)).toEqual({
      message: 'Release 2026.1 differs from its signed document',
      path: ['field'],
      extensions: { code: 'INTERNAL', reason: 'RELEASE_TAMPERED' },
    });
  });

  it('drops schema hints and stack traces in production', () => {
    const error = new GraphQLError('Cannot query field "mee" on type "Query". Did you mean "me"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] },
    });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'Cannot query field "mee" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
