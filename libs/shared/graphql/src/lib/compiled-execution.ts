import type { GatewayExecutionResult, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, getNamedType, GraphQLError, GraphQLSchema, isInputObjectType, OperationDefinitionNode, typeFromAST } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations remembered; Concord's clients send a few dozen. */
const REMEMBERED_OPERATIONS = 500;

/**
 * Apollo's executor replaced by graphql-jit's, through the one public seam Apollo offers for it (a gateway, with the
 * schema Nest built). graphql-js interprets the document on every request: for a full pull that is ~40,000 field
 * resolutions, each with its argument coercion, path and type checks, where the compiled function does the
 * same work in straight-line code. Apollo still parses, validates, runs every plugin and formats every error; only
 * execution changes.
 *
 * An operation is compiled on its second execution: compiling costs several executions' time, and a document sent
 * once (a one-off query from the explorer) would never pay it back. Until then, and for what graphql-jit cannot
 * compile, graphql-js executes it as before. Only queries whose variables are scalars, enums or lists of them are
 * compiled: graphql-jit's own coercion of input-object variables leaves out fields' defaults (`headingTexts: [...]! =
 * []` is refused as not provided), and mutations, which is where such inputs are, are never the hot path.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  /** By query hash and operation name, least recently used first (a Map iterates in insertion order). */
  private readonly plans = new Map<string, Plan>();

  /** For Nest's `transformSchema`, which hands over the schema it built before Apollo starts. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.plans.clear();
    return schema;
  };

  onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): () => void {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ executor: (context: GatewayGraphQLRequestContext) => Promise<GatewayExecutionResult> }> {
    return { executor: (context) => this.execute(context) };
  }

  async stop(): Promise<void> {
    this.plans.clear();
  }

  private async execute(context: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    const schema = this.requireSchema();
    const operationName = context.request.operationName;
    const variables = context.request.variables ?? {};
    const plan = this.planFor(schema, context.queryHash, operationName, context.document, context.operation);
    if (typeof plan === 'object') {
      const result = await plan.query(undefined, context.context, variables);
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : (result as GatewayExecutionResult);
    }
    return execute({ schema, document: context.document, contextValue: context.context, variableValues: variables, operationName }) as
      | GatewayExecutionResult
      | Promise<GatewayExecutionResult>;
  }

  /** What to run this operation with, decided once per operation: whether it may be compiled is in the plan too. */
  private planFor(schema: GraphQLSchema, queryHash: string, operationName: string | undefined, document: DocumentNode, operation: OperationDefinitionNode): Plan {
    const key = `${queryHash}\0${operationName ?? ''}`;
    const known = this.plans.get(key);
    let plan: Plan;
    if (known === undefined) plan = compilable(schema, operation) ? Interpreted.ONCE : Interpreted.ALWAYS;
    else if (known === Interpreted.ONCE) {
      const compiled = compileQuery(schema, document, operationName);
      plan = isCompiledQuery(compiled) ? compiled : Interpreted.ALWAYS;
    } else plan = known;
    this.plans.delete(key);
    if (this.plans.size >= REMEMBERED_OPERATIONS) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(key, plan);
    return plan;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error("CompiledExecution has no schema: pass its useSchema as the GraphQL module's transformSchema");
    return this.schema;
  }
}

/**
 * graphql-jit's errors inherit from GraphQLError but leave `extensions` undefined when the thrown error had none,
 * which Apollo's error formatting reads without a guard (the whole error then becomes "Internal server error",
 * its message and path lost): rebuilt as graphql-js builds them.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

function compilable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]);
    return type !== undefined && !isInputObjectType(getNamedType(type));
  });
}

/** An operation seen once so far, or one that is not compiled (see `compilable`) or that graphql-jit cannot compile. */
enum Interpreted {
  ONCE = 'ONCE',
  ALWAYS = 'ALWAYS',
}

type Plan = CompiledQuery | Interpreted;
