import { GraphQLFormattedError } from 'graphql';
import { ConstraintErrorTable, toDomainError } from './database-errors';
import { DomainError, ERROR_CODES, ErrorCode } from './errors';
import { CommonErrorReason } from './common-error-reason';

/** Apollo's own codes for requests that never reached a resolver, mapped onto our fixed set. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  [CommonErrorReason.GRAPHQL_PARSE_FAILED]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.GRAPHQL_VALIDATION_FAILED]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.BAD_USER_INPUT]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.OPERATION_RESOLUTION_FAILURE]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.PERSISTED_QUERY_NOT_FOUND]: ErrorCode.BAD_USER_INPUT,
  [CommonErrorReason.PERSISTED_QUERY_NOT_SUPPORTED]: ErrorCode.BAD_USER_INPUT,
};

const SUGGESTION = /\s*Did you mean .*\?$/;

export interface ErrorFormatterOptions {
  /** Production hides schema hints ("Did you mean …") and never includes stack traces. */
  production: boolean;
  /** The app's combined table of constraint names and the domain errors they mean. */
  constraints?: ConstraintErrorTable;
}

export type ErrorFormatter = (received: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Every error leaves the server with a code from the fixed set. Anything we did not raise on purpose is INTERNAL
 * with a generic message, so neither SQL, file paths nor stack traces reach a client. What the server logs about
 * it is the error log's business (see error-log.ts), which formats with this same function to agree with the client.
 */
export function createErrorFormatter(options: ErrorFormatterOptions): ErrorFormatter {
  return (received, error) => {
    // PostgreSQL refusals (unique, check, trigger) become the domain errors they mean, here and nowhere else.
    const mapped = toDomainError(originalErrorOf(error), options.constraints);
    const formatted = mapped instanceof DomainError ? { ...received, message: mapped.message, extensions: mapped.extensions } : received;
    const rawCode = String(formatted.extensions?.['code'] ?? '');
    // An INTERNAL raised on purpose (a DomainError) says what the server refuses to serve and why; any other is hidden.
    const deliberate = mapped instanceof DomainError && mapped.code === ErrorCode.INTERNAL;
    const code = ERROR_CODES.has(rawCode) && (rawCode !== ErrorCode.INTERNAL || deliberate) ? rawCode : APOLLO_CODES[rawCode];
    if (!code) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL, reason: CommonErrorReason.INTERNAL } };
    }
    const { stacktrace: _stacktrace, exception: _exception, originalError: _originalError, ...extensions } = formatted.extensions ?? {};
    const message = options.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions, code, reason: extensions['reason'] ?? rawCode },
    };
  };
}

/** The error a resolver threw, out of the GraphQLError that graphql-js wrapped it in. */
export function originalErrorOf(error: unknown): unknown {
  return (error as { originalError?: unknown })?.originalError ?? error;
}
