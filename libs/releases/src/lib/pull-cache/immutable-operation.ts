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

/**
 * Fields whose value cannot change once a release is published (the database refuses any change to a published
 * release's row or snapshot, DESIGN §6), per type. An allow-list of fields rather than of types: a field added to
 * one of these types later (say, open proposals touching an entry, which differ per caller and over time) makes an
 * operation uncacheable until someone decides it is immutable and adds it here.
 */
const IMMUTABLE_FIELDS: Record<string, ReadonlySet<string>> = {
  Release: new Set(['version', 'source', 'publishedAt', 'effectiveFrom', 'createdAt', 'entries', 'entry', 'entryCount', 'definitions', 'digest', 'signature', 'document', 'changes']),
  EntryConnection: new Set(['edges', 'pageInfo', 'totalCount']),
  EntryEdge: new Set(['cursor', 'node']),
  PageInfo: new Set(['hasNextPage', 'endCursor']),
  Entry: new Set(['code', 'category', 'productGroup', 'heading', 'status', 'reasons', 'definitions', 'paragraphs', 'relatedControls', 'correlations']),
  Paragraph: new Set(['position', 'path', 'kind', 'text']),
  RelatedControls: new Set(['text', 'references']),
  RegimeReference: new Set(['regime', 'code']),
  CustomsCorrelation: new Set(['scheme', 'code', 'relation']),
  Definition: new Set(['term', 'text']),
  ReleaseChange: new Set(['subject', 'code', 'term', 'kind', 'before', 'after', 'proposal', 'proposals', 'redline']),
  // A changelog line's redline is computed from its before and after alone.
  Redline: new Set(['fields', 'paragraphs']),
  FieldRedline: new Set(['field', 'change', 'segments']),
  ParagraphRedline: new Set(['path', 'kind', 'change', 'segments']),
  DiffSegment: new Set(['kind', 'text']),
  ReleaseSignature: new Set(['keyId', 'algorithm', 'value']),
  // The keyring is read from configuration at start, so within one process the list does not move.
  SigningKey: new Set(['keyId', 'algorithm', 'publicKey', 'current']),
};

/** `release(version)` reads one release by name; `signingKeys` the process's fixed keyring. `latestRelease` moves. */
const CACHEABLE_ROOTS = new Set(['release', 'signingKeys']);

/** A release's status is the one thing that still changes after publication: PUBLISHED becomes SUPERSEDED, once. */
const MUTABLE_RELEASE_FIELD = 'status';

export interface ImmutableRead {
  /** The `version` argument of every root `release` field: a literal, or the variable that carries it. */
  versions: readonly ArgumentNode['value'][];
  /** Whether `Release.status` is selected: then only a SUPERSEDED release (a terminal state) gives a stable answer. */
  selectsStatus: boolean;
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
  let selectsStatus = false;
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
          const name = node.name.value;
          if (name === '__typename') return undefined;
          if (parent === queryType) {
            if (!CACHEABLE_ROOTS.has(name)) return stop();
            roots++;
            if (name === 'release') {
              const version = node.arguments?.find((argument) => argument.name.value === 'version');
              if (!version) return stop();
              versions.push(version.value);
            }
            return undefined;
          }
          if (!parent || !IMMUTABLE_FIELDS[parent.name]?.has(name)) {
            if (parent?.name === 'Release' && name === MUTABLE_RELEASE_FIELD) {
              selectsStatus = true;
              return undefined;
            }
            return stop();
          }
          return undefined;
        },
      }),
    );
    if (!cacheable) return null;
  }
  return roots > 0 ? { versions, selectsStatus } : null;

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
