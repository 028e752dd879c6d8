import {
  ArgumentNode,
  BREAK,
  DocumentNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  getVariableValues,
  valueFromAST,
  GraphQLString,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { Stability, stabilityOf } from '@concord/shared/graphql';

/**
 * Which fields may be cached is declared beside each field, with `@Immutable()` (or `@SettlesOnce()`) from
 * @concord/shared/graphql, and read here from the schema's field extensions. An allow-list of fields rather than of
 * types: a field added to one of these types later (say, open proposals touching an entry, which differ per caller
 * and over time) makes an operation uncacheable until someone decides it is immutable and marks it.
 *
 * A marked query field names one thing for the same arguments: `release(version)` one release, `signingKeys` the
 * process's fixed keyring. `latestRelease` names another release after each publication (`@FollowsPublication()`):
 * its answer is kept under the version in force. A root field's `version` argument names the release it reads, which
 * must be settled before its answer is kept.
 */
const VERSION_ARGUMENT = 'version';

export interface ImmutableRead {
  /** The `version` argument of every root field that takes one: a literal, or the variable that carries it. */
  versions: readonly ArgumentNode['value'][];
  /** Whether a field that settles once (`Release.status`) is selected: then only a SUPERSEDED release (a terminal state) gives a stable answer. */
  selectsSettling: boolean;
  /** Whether a root field names the release in force: then the answer is only kept for the version in force. */
  followsPublication: boolean;
}

const analysed = new WeakMap<OperationDefinitionNode, ImmutableRead | null>();

/**
 * Whether an operation only reads immutable release data, and if so which release versions it names. Apollo keeps
 * validated documents in its document store, so the same operation node comes back for a repeated query and the
 * walk is done once per distinct query text, not per request.
 */
export function immutableRead(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ImmutableRead | null {
  if (!analysed.has(operation)) analysed.set(operation, analyse(schema, document, operation));
  return analysed.get(operation)!;
}

function analyse(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ImmutableRead | null {
  if (operation.operation !== 'query') return null;
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const versions: ArgumentNode['value'][] = [];
  let selectsSettling = false;
  let followsPublication = false;
  let roots = 0;
  let cacheable = true;
  // Fragments of other operations in the same document are walked too: that can only make us more cautious.
  const definitions = [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)];
  for (const definition of definitions) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (node.name.value === '__typename') return undefined;
          const field = typeInfo.getFieldDef();
          const stability = field && stabilityOf(field);
          if (!stability) return stop();
          if (stability === Stability.SETTLES_ONCE) selectsSettling = true;
          if (stability === Stability.FOLLOWS_PUBLICATION) followsPublication = true;
          if (parent === queryType) {
            roots++;
            if (field.args.some((argument) => argument.name === VERSION_ARGUMENT)) {
              const version = node.arguments?.find((argument) => argument.name.value === VERSION_ARGUMENT);
              if (!version) return stop();
              versions.push(version.value);
            }
          }
          return undefined;
        },
      }),
    );
    if (!cacheable) return null;
  }
  return roots > 0 ? { versions, selectsSettling, followsPublication } : null;

  function stop() {
    cacheable = false;
    return BREAK;
  }
}

/**
 * The versions a request names, with its variables applied; undefined when the variables do not coerce (execution
 * will report that, and such a response is not cached).
 */
export function requestedVersions(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  read: ImmutableRead,
  variables: Record<string, unknown> | undefined,
): string[] | undefined {
  if (read.versions.length === 0) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  const versions: string[] = [];
  for (const node of read.versions) {
    const value: unknown = valueFromAST(node, GraphQLString, coerced.coerced);
    if (typeof value !== 'string') return undefined;
    versions.push(value);
  }
  return versions;
}
