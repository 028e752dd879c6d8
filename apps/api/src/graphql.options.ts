import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  ApolloServerPluginLandingPageLocalDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { oneReleaseEntriesRule } from '@concord/control-list';
import { CredentialsVerifier } from '@concord/auth';
import { graphqlContext, graphqlWsOptions, OpenSockets } from '@concord/events';
import { ConcordConfig } from '@concord/shared/config';
import { createErrorFormatter, errorLogPlugin, subscriptionErrorHooks } from '@concord/shared/graphql';

/** Limits checked during validation, before anything executes (DESIGN §8). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20000,
} as const;

const logger = new Logger('GraphQL');

export function graphqlOptions(config: ConcordConfig, credentials: CredentialsVerifier, sockets: OpenSockets): ApolloDriverConfig {
  const production = config.environment === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const formatError = createErrorFormatter({ production });
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      config.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      errorLogPlugin(formatError, logger),
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
