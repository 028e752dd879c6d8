import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { MessageId } from '../app/i18n/catalog';
import { errorMessages } from './error.messages';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface DescribedError {
  /** The API's stable cause, kept for tests and support; never shown alone. */
  reason: string;
  /** What happened and what to do, in the reader's language. */
  message: MessageId;
  fields: FieldProblem[];
}

const known = new Set(Object.keys(errorMessages.en));
const messageFor = (key: string): MessageId | null => (known.has(key) ? (key as MessageId) : null);

/** Turns whatever a request threw into words a delegate understands: by reason, else by code, else "try again". */
export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.['code'] ?? 'INTERNAL');
    const reason = String(first?.extensions?.['reason'] ?? code);
    const fields = error.errors.flatMap((e) => (e.extensions?.['fields'] as FieldProblem[] | undefined) ?? []);
    return { reason, fields, message: messageFor(`error.reason.${reason}`) ?? messageFor(`error.code.${code}`) ?? 'error.code.INTERNAL' };
  }
  if (ServerError.is(error) && error.statusCode === 413) return { reason: 'REQUEST_TOO_LARGE', fields: [], message: 'error.reason.REQUEST_TOO_LARGE' };
  return { reason: 'NETWORK', fields: [], message: 'error.network' };
}

/** Problems the API named for one field (`changes[0].entry.heading`), and those under it. */
export const problemsAt = (fields: FieldProblem[], path: string): FieldProblem[] =>
  fields.filter((problem) => problem.field === path || problem.field.startsWith(`${path}.`) || problem.field.startsWith(`${path}[`));
