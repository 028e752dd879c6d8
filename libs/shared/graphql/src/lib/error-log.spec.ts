import { GraphQLError } from 'graphql';
import { describeOperation, ErrorLogSink, logRequestErrors, shownAndLogged } from './error-log';
import { badInput, forbidden, notFound } from './errors';
import { createErrorFormatter } from './format-error';

const recorder = () => {
  const lines: { level: 'warn' | 'error'; text: string }[] = [];
  const sink: ErrorLogSink = { warn: (text) => lines.push({ level: 'warn', text }), error: (text) => lines.push({ level: 'error', text }) };
  return { lines, sink };
};
const format = createErrorFormatter({ production: true });
const raised = (original: Error, path: (string | number)[]) => new GraphQLError(original.message, { path, originalError: original });
const logged = (error: GraphQLError) => shownAndLogged(format, error).logged;

describe('the error log', () => {
  it('logs the refusals of one request as one WARN line: operation, code, reason and path, and nothing the caller sent', () => {
    const { lines, sink } = recorder();
    logRequestErrors(sink, describeOperation('mutation', 'CastPosition'), [
      logged(raised(forbidden('Only the head of delegation of JP may cast the position of JP (password hunter2)', 'NOT_HEAD'), ['castPosition'])),
      logged(raised(notFound('Ballot', '5f0c'), ['ballot', 'proposal'])),
    ]);
    expect(lines).toEqual([
      { level: 'warn', text: 'mutation CastPosition refused: FORBIDDEN/NOT_HEAD at castPosition, NOT_FOUND/NOT_FOUND at ballot.proposal' },
    ]);
  });

  it('logs an internal error as an ERROR with its stack, and the refusals beside it as WARN', () => {
    const { lines, sink } = recorder();
    const boom = new Error('relation "api_client" does not exist');
    logRequestErrors(sink, describeOperation('query', undefined), [
      logged(raised(boom, ['apiClients'])),
      logged(raised(badInput('Invalid input: first must not be greater than 100', 'INVALID_INPUT'), ['users'])),
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0].level).toBe('error');
    expect(lines[0].text).toMatch(/^query \(anonymous\) failed at apiClients: Error: relation "api_client" does not exist\n\s+at /);
    expect(lines[1]).toEqual({ level: 'warn', text: 'query (anonymous) refused: BAD_USER_INPUT/INVALID_INPUT at users' });
  });

  it('names the codes a client is shown, PostgreSQL refusals and Apollo validation included', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint "x"'), { driverError: { code: '23505' } });
    expect(logged(raised(unique, ['createUser']))).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE', path: ['createUser'] });
    const validation = new GraphQLError('Cannot query field "mee" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(logged(validation)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('says nothing about a request without errors', () => {
    const { lines, sink } = recorder();
    logRequestErrors(sink, 'query Me', []);
    expect(lines).toEqual([]);
  });

  it('describes the operation by kind and name, or by what the client asked for before one was parsed', () => {
    expect(describeOperation('subscription', 'Ballots')).toBe('subscription Ballots');
    expect(describeOperation(undefined, 'Broken')).toBe('GraphQL request Broken');
    expect(describeOperation(undefined, null)).toBe('GraphQL request');
  });
});
