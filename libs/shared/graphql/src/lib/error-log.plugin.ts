import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import { ErrorCode } from './errors';
import { describeOperation, ErrorLogSink, logRequestErrors, shownAndLogged } from './error-log';
import { ErrorFormatter } from './format-error';
import { CommonErrorReason } from './common-error-reason';

const BEFORE_ANY_OPERATION = describeOperation(undefined, undefined);

/**
 * Logs every GraphQL-over-HTTP request that ended in errors, once, by the policy of `logRequestErrors`: this is the
 * one place that sees each error beside its operation, Nest having let it through untouched (GraphQLErrorPassThrough).
 */
export function errorLogPlugin(format: ErrorFormatter, sink: ErrorLogSink): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operation, document, request }) {
          // Apollo names the operation only once it is valid; a refused one is named from the parsed document.
          const named = operation ?? (document ? getOperationAST(document, request.operationName) : undefined);
          const asked = describeOperation(named?.operation, named?.name?.value ?? request.operationName);
          logRequestErrors(sink, asked, errors.map((error) => shownAndLogged(format, error).logged));
        },
      };
    },
    // Refused before any operation exists (no query, a batch, a CSRF-unsafe GET): Apollo answers 400 by itself.
    async invalidRequestWasReceived({ error }) {
      logRequestErrors(sink, BEFORE_ANY_OPERATION, [shownAndLogged(format, error).logged]);
    },
    async contextCreationDidFail({ error }) {
      logRequestErrors(sink, BEFORE_ANY_OPERATION, [{ code: ErrorCode.INTERNAL, reason: CommonErrorReason.INTERNAL, cause: error }]);
    },
  };
}
