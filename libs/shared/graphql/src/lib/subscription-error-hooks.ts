import type { ServerOptions } from 'graphql-ws';
import { getOperationAST, GraphQLError } from 'graphql';
import { ErrorCode } from './errors';
import { describeOperation, ErrorLogSink, logRequestErrors, shownAndLogged } from './error-log';
import { ErrorFormatter } from './format-error';
import { unsafeStringsOf } from './request-screen/unsafe-strings';
import { CommonErrorReason } from './common-error-reason';

type ErrorHooks = Required<Pick<ServerOptions, 'onSubscribe' | 'onNext' | 'onError'>>;

/**
 * graphql-ws sends errors as graphql-js made them, past Apollo's formatter: an internal error in a subscription would
 * reach the client with its own message, and be logged nowhere. These hooks give operations over WebSocket the same
 * codes for the client and the same log as over HTTP.
 */
export function subscriptionErrorHooks(format: ErrorFormatter, sink: ErrorLogSink): ErrorHooks {
  const report = (asked: string, errors: readonly GraphQLError[]) => {
    const outcomes = errors.map((error) => shownAndLogged(format, error));
    logRequestErrors(sink, asked, outcomes.map((outcome) => outcome.logged));
    return outcomes.map((outcome) => outcome.shown);
  };
  return {
    // Strings no column could hold are refused by field here too, as requestScreenPlugin does over HTTP.
    onSubscribe: (_ctx, _id, payload) => {
      const unsafe = unsafeStringsOf(payload.query, payload.operationName, payload.variables);
      if (!unsafe.length) return;
      return [
        new GraphQLError(`${unsafe.map((problem) => problem.field).join(', ')}: ${unsafe[0].message}`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, reason: CommonErrorReason.INVALID_CHARACTERS, fields: unsafe },
        }),
      ];
    },
    onNext: (_ctx, _id, payload, args, result) => {
      if (!result.errors?.length) return;
      const operation = getOperationAST(args.document, args.operationName);
      return { ...result, errors: report(describeOperation(operation?.operation, operation?.name?.value ?? payload.operationName), result.errors) };
    },
    onError: (_ctx, _id, payload, errors) => report(describeOperation(undefined, payload.operationName), errors.map(asRefusedOperation)),
  };
}

/**
 * graphql-ws reports a document that fails validation as plain graphql-js errors, with no code; Apollo gives the same
 * errors GRAPHQL_VALIDATION_FAILED over HTTP, and so do we here, rather than calling them INTERNAL.
 */
function asRefusedOperation(error: GraphQLError): GraphQLError {
  if (error.extensions['code']) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}
