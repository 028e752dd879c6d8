import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, FieldProblem } from '../errors';
import { ExecutionBudget, Release } from './execution-budget';
import { queryCost } from './query-cost';
import { unsafeLiterals, unsafeVariables } from './unsafe-strings';

export interface RequestScreenOptions {
  /** Highest `queryCost` an operation may have. */
  maxCost: number;
  /** Shared by every request: how much priced work executes at once (answers from a cache execute nothing). */
  execution: ExecutionBudget;
}

const refusal = (message: string, reason: string, fields?: FieldProblem[]) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason, ...(fields ? { fields } : {}), http: { status: 400 } },
  });

/**
 * Checks every operation once it is known and before anything answers it (the response cache included): strings that
 * PostgreSQL cannot store are refused by field instead of failing in the driver, and an operation whose pages could
 * multiply into an outsized answer is refused with its cost. The same cost is what the operation claims of the shared
 * execution budget while it executes and until its response is made (a cached answer executes nothing, claims nothing).
 */
export function requestScreenPlugin(options: RequestScreenOptions): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      let cost = 0;
      let release: Release | undefined;
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const unsafe = [...unsafeVariables(request.variables), ...unsafeLiterals(operation)];
          if (unsafe.length) {
            throw refusal(`${unsafe.map((problem) => problem.field).join(', ')}: ${unsafe[0].message}`, 'INVALID_CHARACTERS', unsafe);
          }
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [])),
          );
          cost = queryCost(operation, fragments, request.variables);
          if (cost > options.maxCost) {
            throw refusal(
              `This query could cost ${cost} (each field 1, times the page size of every page around it); the limit is ${options.maxCost}. Ask for smaller pages or fewer aliases, and follow pageInfo.endCursor.`,
              'QUERY_TOO_COSTLY',
            );
          }
        },
        async executionDidStart() {
          release = await options.execution.claim(cost);
        },
        // A request refused before execution has no data at all; GraphQL over HTTP answers such a request 4xx, and
        // Apollo would answer some of them (an unsupported persisted query) 200.
        async willSendResponse({ response }) {
          release?.();
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data === undefined && errors?.length && (response.http.status ?? 200) === 200) response.http.status = 400;
        },
      };
    },
  };
}
