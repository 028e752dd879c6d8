import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isInterfaceType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { seedControlList } from '@concord/database';
import { eventually } from './support/eventually';
import { startTestApp, TestApp } from './support/test-app';

/** A value of `type` that carries `bad` in its first string field, and the path to that string; none if it has none. */
function poisoned(type: GraphQLInputType, bad: string, path: string): { value: unknown; path: string } | undefined {
  if (isNonNullType(type)) return poisoned(type.ofType, bad, path);
  if (isListType(type)) {
    const inner = poisoned(type.ofType, bad, `${path}[0]`);
    return inner && { value: [inner.value], path: inner.path };
  }
  if (isScalarType(type)) return ['String', 'ID', 'DateTime', 'JSON'].includes(type.name) ? { value: `x${bad}y`, path } : undefined;
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const inner = poisoned(field.type, bad, `${path}.${field.name}`);
      if (inner) return { value: { [field.name]: inner.value }, path: inner.path };
    }
  }
  return undefined;
}

interface Probe {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One request per root field and string-carrying argument, the argument poisoned, every other argument absent. */
function probesOf(schema: GraphQLSchema, bad: string): Probe[] {
  const probes: Probe[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const named = getNamedType(field.type);
      const selection = isObjectType(named) || isUnionType(named) || isInterfaceType(named) ? ' { __typename }' : '';
      for (const argument of field.args as GraphQLArgument[]) {
        const value = poisoned(argument.type, bad, argument.name);
        if (!value) continue;
        const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        probes.push({
          name: `${field.name}(${value.path})`,
          query: `${kind} (${declared}) { ${field.name}(${passed})${selection} }`,
          variables: { [argument.name]: value.value },
          field: value.path,
        });
      }
    }
  }
  return probes;
}

describe('hostile input is refused cleanly, before anything runs', () => {
  let t: TestApp;
  let url: string;
  const counts = () => t.db.query(`SELECT (SELECT count(*) FROM audit_event)::int AS events, (SELECT count(*) FROM proposal)::int AS proposals`);
  beforeAll(async () => {
    // The smallest body limit the configuration accepts, so the over-limit case stays small.
    t = await startTestApp({ REQUEST_BODY_LIMIT_BYTES: String(64 * 1024) });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${t.app.getHttpServer().address().port}/graphql`;
  });
  afterAll(() => t.close());

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[]; data?: unknown } };
  };

  it.each([
    ['a NUL byte', '\u0000'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in every string argument of every operation, naming the field', async (_name, bad) => {
    const secretariat = await t.as('secretariat@example.org');
    const probes = probesOf(t.app.get(GraphQLSchemaHost).schema, bad);
    expect(probes.length).toBeGreaterThan(40);
    const before = await counts();
    const wrong: string[] = [];
    for (const probe of probes) {
      const response = await secretariat.request(probe.query, probe.variables);
      const error = response.errors?.[0];
      const fields = (error?.extensions?.['fields'] as { field: string }[] | undefined)?.map((problem) => problem.field);
      if (response.status !== 400 || error?.extensions?.reason !== 'INVALID_CHARACTERS' || !fields?.includes(probe.field)) {
        wrong.push(`${probe.name}: ${response.status} ${JSON.stringify(response.errors)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same characters written into the query itself, without reaching the database', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ release(version: "2026.0\\u0000") { version } }' }));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS', fields: [{ field: 'release.version' }] });
    expect(JSON.stringify(body)).not.toMatch(/QueryFailedError|UTF8|0x00/);
  });

  it('refuses the same characters in a subscription over WebSocket, by field, in its variables and its text', async () => {
    const token = await t.tokenFor('delegate.fr@example.org');
    const client = createClient({ url: url.replace('http:', 'ws:'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const refusals: { extensions?: Record<string, unknown> }[][] = [];
    const listen = (query: string, variables?: Record<string, unknown>) =>
      client.subscribe({ query, variables }, { next: () => undefined, error: (errors) => void refusals.push(errors as never), complete: () => undefined });
    try {
      listen('subscription ($id: ID!) { commentEvents(proposalId: $id) { type } }', { id: 'x\u0000y' });
      listen('subscription { commentEvents(proposalId: "x\\u0000y") { type } }');
      await eventually(() => refusals.length === 2);
      for (const errors of refusals) expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
      const fields = refusals.map((errors) => (errors[0].extensions?.['fields'] as { field: string }[]).map((problem) => problem.field));
      expect(fields.sort()).toEqual([['commentEvents.proposalId'], ['id']]);
    } finally {
      await client.dispose();
    }
  });

  it('prices page sizes passed as variables exactly as literals, anonymously too', async () => {
    const aliases = (first: string) =>
      Array.from({ length: 14 }, (_, i) => `a${i}: auditLog(first: ${first}) { edges { node { id action summary occurredAt } } }`).join(' ');
    const asVariables = await post(JSON.stringify({ query: `query ($n: Int) { ${aliases('$n')} }`, variables: { n: 500 } }));
    const asLiterals = await post(JSON.stringify({ query: `{ ${aliases('500')} }` }));
    for (const { status, body } of [asVariables, asLiterals]) {
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
      expect(body.data).toBeUndefined();
    }
    expect(asVariables.body.errors?.[0].message).toBe(asLiterals.body.errors?.[0].message);
  });

  it('lets the documented page maximum through for the pulls the README recommends', async () => {
    const secretariat = await t.as('secretariat@example.org');
    const page = await secretariat.request(`{ latestRelease { entries(first: 500) {
        edges { node { code heading status reasons paragraphs { path kind text } relatedControls { text references { regime code } }
          correlations { scheme code relation } definitions } }
        pageInfo { endCursor hasNextPage } } } }`);
    // The demo list is small; the cost is counted from the query, so this is the cost of a full 500-entry page.
    expect(page.errors).toBeUndefined();
    expect((page.data as any).latestRelease.entries.edges.length).toBeGreaterThan(10);
    const audit = await secretariat.request('{ auditLog(first: 500) { edges { node { id action summary occurredAt } } pageInfo { hasNextPage } } }');
    expect(audit.errors).toBeUndefined();
  });

  it('answers request-level refusals 4xx with a GraphQL error, never 500 or INTERNAL', async () => {
    const manyBadVariables = JSON.stringify({
      query: 'mutation ($v: [ID!]!) { publishRelease(input: { proposalIds: $v, version: "2026.1" }) { version } }',
      variables: { v: Array.from({ length: 60 }, () => ({})) },
    });
    const tooManyTokens = JSON.stringify({ query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }` });
    const persisted = JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    const tooLarge = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(70 * 1024)}` });
    const cases: [string, string, number, string][] = [
      ['over 50 variable errors', manyBadVariables, 400, 'BAD_USER_INPUT'],
      ['the token limit', tooManyTokens, 400, 'GRAPHQL_PARSE_FAILED'],
      ['a persisted query', persisted, 400, 'PERSISTED_QUERY_NOT_SUPPORTED'],
      ['a body over the limit', tooLarge, 413, 'REQUEST_TOO_LARGE'],
      ['a body that is not JSON', '{"query": ', 400, 'MALFORMED_REQUEST'],
    ];
    for (const [name, body, status, reason] of cases) {
      const response = await post(body);
      expect({ name, status: response.status, code: response.body.errors?.[0].extensions.code, reason: response.body.errors?.[0].extensions.reason }).toEqual({
        name,
        status,
        code: 'BAD_USER_INPUT',
        reason,
      });
    }
  });
});
