import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import { ErrorFormatter, originalErrorOf } from './format-error';

/** Where the error log writes: Nest's Logger in the app. */
export interface ErrorLogSink {
  warn(message: string): void;
  error(message: string): void;
}

/** One error of a request, as the client was told it (code, reason, path), and what was actually thrown. */
export interface LoggableError {
  code: string;
  reason: string;
  path?: readonly (string | number)[];
  cause: unknown;
}

/**
 * The server's account of one request's errors, the same for GraphQL over HTTP, subscriptions and downloads:
 * - refusals of the caller's own making (every code but INTERNAL) make one WARN line for the request: what was asked,
 *   and each refusal's code, reason and path. Never variables, messages or anything else the caller sent, which may
 *   hold passwords and keys; never a stack, since nothing went wrong on the server;
 * - each INTERNAL error is an ERROR with its stack, for whoever fixes it: the client only saw "Internal server error".
 */
export function logRequestErrors(sink: ErrorLogSink, request: string, errors: readonly LoggableError[]): void {
  const refusals: string[] = [];
  for (const error of errors) {
    if (error.code === ErrorCode.INTERNAL) sink.error(`${request} failed${at(error.path)}: ${stackOf(error.cause)}`);
    else refusals.push(`${error.code}/${error.reason}${at(error.path)}`);
  }
  if (refusals.length) sink.warn(`${request} refused: ${refusals.join(', ')}`);
}

/** An error as raised in GraphQL, formatted exactly as the client receives it, and ready for the log. */
export function shownAndLogged(format: ErrorFormatter, error: Error): { shown: GraphQLFormattedError; logged: LoggableError } {
  const shown = format(error instanceof GraphQLError ? error.toJSON() : { message: error.message }, error);
  const extensions = shown.extensions ?? {};
  return {
    shown,
    logged: { code: String(extensions['code']), reason: String(extensions['reason']), path: shown.path, cause: originalErrorOf(error) },
  };
}

/** `query Me`, `mutation (anonymous)`; before the operation is known (a parse error), the name the client gave. */
export function describeOperation(kind: string | undefined, name: string | null | undefined): string {
  if (kind) return `${kind} ${name ?? '(anonymous)'}`;
  return name ? `GraphQL request ${name}` : 'GraphQL request';
}

function at(path: readonly (string | number)[] | undefined): string {
  return path?.length ? ` at ${path.join('.')}` : '';
}

function stackOf(cause: unknown): string {
  return cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause);
}
