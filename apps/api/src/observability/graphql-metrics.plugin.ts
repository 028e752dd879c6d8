import { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { ReleaseQueryFront } from '@concord/releases';
import { GraphQLContext } from '@concord/shared/graphql';
import { Metrics } from './metrics';
import { requestContext } from './request-context';

/**
 * Per GraphQL operation: requests and latency by name and type (metrics on), and the operation named on the request's
 * log line (JSON logs on). Requests that could not be parsed count as `(unparsed)`, type `unknown`.
 */
export function graphqlObservationPlugin(metrics: Metrics | undefined): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ document, operation: resolved, request: { operationName }, response }) {
          // An operation that failed validation was never resolved, but its document names it.
          const operation = resolved ?? (document ? getOperationAST(document, operationName) : null);
          const type = operation?.operation ?? 'unknown';
          const name = operation ? operation.name?.value : '(unparsed)';
          const request = requestContext.getStore();
          if (request) request.operation = `${type} ${name ?? '(anonymous)'}`;
          if (!metrics) return;
          const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
          const operationLabel = metrics.operationLabel(name);
          metrics.graphqlOperations.inc({ operation: operationLabel, type, outcome: failed ? 'error' : 'ok' });
          metrics.graphqlDuration.observe({ operation: operationLabel, type }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** The same observation for the queries the release front path answers before Apollo: always a query, never an error. */
export function observeFrontHits(front: ReleaseQueryFront, metrics: Metrics | undefined): void {
  front.onHit((name, seconds) => {
    const request = requestContext.getStore();
    if (request) request.operation = `query ${name ?? '(anonymous)'}`;
    if (!metrics) return;
    const operationLabel = metrics.operationLabel(name);
    metrics.graphqlOperations.inc({ operation: operationLabel, type: 'query', outcome: 'ok' });
    metrics.graphqlDuration.observe({ operation: operationLabel, type: 'query' }, seconds);
  });
}
