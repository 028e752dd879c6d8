import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { oneReleaseEntriesRule } from '@concord/control-list';
import { CredentialsVerifier } from '@concord/auth';
import { graphqlContext, graphqlWsOptions, OpenSockets } from '@concord/events';
import { ConcordConfig } from '@concord/shared/config';
import type { ReadReplicas } from '@concord/shared/db';
import { CompiledExecution, createErrorFormatter, ExecutionBudget, errorLogPlugin, requestScreenPlugin, subscriptionErrorHooks, withPlainPropertyFields } from '@concord/shared/graphql';
import { commitPositionPlugin } from './commit-position.plugin';
import { CONSTRAINT_ERRORS } from './constraint-errors';
import { ErrorReason } from './error-reasons';
import { noStorePlugin } from './no-store.plugin';
import { graphqlObservationPlugin } from './observability/graphql-metrics.plugin';
import { Observability } from './observability/observability';

/** Limits checked during validation, before anything executes (DESIGN §8). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  /** See queryCost: a full 500-entry page of the pull fits; the same page under aliases or inside another page does not. */
  maxCost: 25000,
  /** Operations costing less (a page of 50 entries, a proposal with its comments) never wait for execution budget. */
  freeCost: 1000,
} as const;

const logger = new Logger('GraphQL');

export function graphqlOptions(
  config: ConcordConfig,
  credentials: CredentialsVerifier,
  sockets: OpenSockets,
  observability: Observability,
  replicas: ReadReplicas,
): ApolloDriverConfig {
  const production = config.environment === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens itself (parseOptions below), and a parse error is answered 400, not 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Cost is priced by requestScreenPlugin, which sees the variables' page sizes.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const formatError = createErrorFormatter({ production, constraints: CONSTRAINT_ERRORS });
  const execution = new CompiledExecution();
  const budget = new ExecutionBudget(config.graphqlExecutionBudget, QUERY_LIMITS.freeCost);
  observability.metrics?.watchExecutionBudget(budget);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Execution compiled by graphql-jit (CompiledExecution), through Apollo's gateway option: Nest passes it on to
    // Apollo, though ApolloDriverConfig's type leaves it out. Fields that only read their property lose Nest's
    // resolver first (withPlainPropertyFields), so that graphql-jit reads them inline.
    transformSchema: (schema) => execution.useSchema(withPlainPropertyFields(schema)),
    ...({ gateway: execution } as object),
    // skipCheck: Nest would run a full introspection query over the new schema to find errors that Apollo's schema
    // validation, a moment later, reports anyway; ~80 ms of every start.
    buildSchemaOptions: { orphanedTypes: [ErrorReason], skipCheck: true },
    playground: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No automatic persisted queries: nothing Concord serves needs them, and their cache is memory any caller fills.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      // Browsers get the local explorer (see serveGraphQLExplorer) when it is on; Apollo's own page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ...armor.plugins,
      requestScreenPlugin({ maxCost: QUERY_LIMITS.maxCost, execution: budget }),
      errorLogPlugin(formatError, logger),
      ...(observability.metrics || observability.log ? [graphqlObservationPlugin(observability.metrics)] : []),
      // Without replicas every read is on the primary already: no position to hand out, no query to pay for it.
      ...(replicas.configured ? [commitPositionPlugin(replicas)] : []),
    ],
    validationRules: [...armor.validationRules, oneReleaseEntriesRule],
    context: graphqlContext,
    // Subscriptions over graphql-ws only (the legacy subscriptions-transport-ws protocol is not offered).
    subscriptions: {
      'graphql-ws': { path: '/graphql', ...graphqlWsOptions(credentials, sockets), ...subscriptionErrorHooks(formatError, logger) },
    },
    formatError,
  };
}
