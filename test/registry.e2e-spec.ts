import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_STATE = 'mutation ($input: CreateParticipatingStateInput!) { createParticipatingState(input: $input) { id code name status } }';
const UPDATE_STATE = 'mutation ($input: UpdateParticipatingStateInput!) { updateParticipatingState(input: $input) { id code name status } }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role state { code } } }';
const INVITE_USER = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const UPDATE_USER = 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id email displayName role active state { code } } }';
const CREATE_CLIENT = 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id name scopes keyId revokedAt state { code } } } }';
const REVOKE_CLIENT = 'mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id revokedAt } }';
const USERS = 'query ($first: Int, $after: String, $role: Role) { users(first: $first, after: $after, role: $role) { totalCount edges { node { email role } } pageInfo { hasNextPage endCursor } } }';
const ME = '{ me { kind apiClient { name } state { code } } }';

type Caller = 'anonymous' | 'delegate' | 'head' | 'apiClient' | 'secretariat';

describe('the secretariat manages states, people and API clients', () => {
  let t: TestApp;
  let callers: Record<Caller, GraphQLClient>;
  let stateIds: Record<string, string>;

  const count = async (table: string) => Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const snapshot = async () => ({
    states: await t.db.query('SELECT * FROM participating_state ORDER BY id'),
    users: await t.db.query('SELECT * FROM app_user ORDER BY id'),
    // last_used_at records that a key was presented, which is not a change to the registry.
    clients: await t.db.query('SELECT id, name, state_id, scopes, key_id, secret_hash, revoked_at FROM api_client ORDER BY id'),
  });

  beforeAll(async () => {
    t = await startTestApp();
    const secretariat = await t.as('secretariat@example.org');
    const rows: { id: string; code: string }[] = await t.db.query('SELECT id, code FROM participating_state');
    stateIds = Object.fromEntries(rows.map((row) => [row.code, row.id]));
    const { createApiClient } = await secretariat.data(CREATE_CLIENT, {
      input: { stateId: stateIds['JP'], name: 'METI licensing', scopes: ['RELEASES_READ'] },
    });
    callers = {
      anonymous: t.gql,
      delegate: await t.as('delegate.jp@example.org'),
      head: await t.as('head.jp@example.org'),
      apiClient: t.gql.as({ apiKey: createApiClient.apiKey }),
      secretariat,
    };
  });
  afterAll(() => t.close());

  const refusals: [Caller, string][] = [
    ['anonymous', 'UNAUTHENTICATED'],
    ['delegate', 'FORBIDDEN'],
    ['head', 'FORBIDDEN'],
    ['apiClient', 'FORBIDDEN'],
  ];

  describe.each(refusals)('as %s', (caller, code) => {
    it(`refuses every registry operation with ${code} and changes nothing`, async () => {
      const before = await snapshot();
      const client = callers[caller];
      const attempts = [
        client.request(CREATE_STATE, { input: { code: 'SE', name: 'Sweden' } }),
        client.request(UPDATE_STATE, { input: { id: stateIds['JP'], status: 'SUSPENDED' } }),
        client.request(CREATE_USER, { input: { email: 'x@example.org', displayName: 'X', role: 'SECRETARIAT', password: 'a-long-enough-password' } }),
        client.request(INVITE_USER, { input: { email: 'y@example.org', displayName: 'Y', role: 'SECRETARIAT' } }),
        client.request(UPDATE_USER, { input: { id: (before.users as { id: string }[])[0].id, role: 'SECRETARIAT' } }),
        client.request(CREATE_CLIENT, { input: { stateId: stateIds['JP'], name: 'sneaky', scopes: ['RELEASES_READ'] } }),
        client.request(REVOKE_CLIENT, { input: { id: (before.clients as { id: string }[])[0].id } }),
        client.request(USERS, {}),
        client.request('{ apiClients { totalCount } }'),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(errorOf(response)?.code).toBe(code);
        expect(response.data ?? null).toBeNull();
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  it('creates and updates a participating state', async () => {
    const { createParticipatingState: sweden } = await callers.secretariat.data(CREATE_STATE, { input: { code: 'SE', name: ' Sweden ' } });
    expect(sweden).toMatchObject({ code: 'SE', name: 'Sweden', status: 'ACTIVE' });
    const { updateParticipatingState } = await callers.secretariat.data(UPDATE_STATE, { input: { id: sweden.id, status: 'OBSERVER' } });
    expect(updateParticipatingState).toEqual({ ...sweden, status: 'OBSERVER' });
    const duplicate = await callers.secretariat.request(CREATE_STATE, { input: { code: 'SE', name: 'Sweden again' } });
    expect(errorOf(duplicate)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_STATE' });
  });

  it('creates a delegate who can then sign in, and moves them between roles', async () => {
    const { createUser } = await callers.secretariat.data(CREATE_USER, {
      input: { email: 'New.Delegate@Example.org', displayName: 'New delegate', role: 'DELEGATE', stateId: stateIds['DE'], password: 'correct-horse-battery' },
    });
    expect(createUser).toMatchObject({ email: 'new.delegate@example.org', role: 'DELEGATE', state: { code: 'DE' } });
    const login = await t.gql.data('mutation { login(input: { email: "new.delegate@example.org", password: "correct-horse-battery" }) { user { id } } }');
    expect(login.login.user.id).toBe(createUser.id);
    const { updateUser } = await callers.secretariat.data(UPDATE_USER, { input: { id: createUser.id, role: 'HEAD_OF_DELEGATION', displayName: 'Head' } });
    expect(updateUser).toMatchObject({ role: 'HEAD_OF_DELEGATION', displayName: 'Head', state: { code: 'DE' }, active: true });
    const promoted = await callers.secretariat.data(UPDATE_USER, { input: { id: createUser.id, role: 'SECRETARIAT' } });
    expect(promoted.updateUser).toMatchObject({ role: 'SECRETARIAT', state: null });
    const password = await t.db.query('SELECT password_hash FROM app_user WHERE id = $1', [createUser.id]);
    expect(password[0].password_hash).toMatch(/^\$2[aby]\$/);
    expect(password[0].password_hash).not.toContain('correct-horse-battery');
  });

  it('issues an API key once, authenticates the machine client with it, and revokes it', async () => {
    const { createApiClient } = await callers.secretariat.data(CREATE_CLIENT, {
      input: { stateId: stateIds['FR'], name: 'Douane', scopes: ['RELEASES_READ'] },
    });
    expect(createApiClient.apiKey).toMatch(/^ck_[0-9a-f]{16}_/);
    expect(createApiClient.apiClient).toMatchObject({ name: 'Douane', scopes: ['RELEASES_READ'], revokedAt: null, state: { code: 'FR' } });
    const stored = JSON.stringify(await t.db.query('SELECT * FROM api_client WHERE id = $1', [createApiClient.apiClient.id]));
    // The secret is everything after `ck_<16 hex id>_`; it may itself contain underscores.
    expect(stored).not.toContain(createApiClient.apiKey.slice('ck_0123456789abcdef_'.length));

    const machine = t.gql.as({ apiKey: createApiClient.apiKey });
    expect((await machine.data(ME)).me).toEqual({ kind: 'API_CLIENT', apiClient: { name: 'Douane' }, state: { code: 'FR' } });

    const { revokeApiClient } = await callers.secretariat.data(REVOKE_CLIENT, { input: { id: createApiClient.apiClient.id } });
    expect(revokeApiClient.revokedAt).not.toBeNull();
    expect(errorOf(await machine.request(ME))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const again = await callers.secretariat.request(REVOKE_CLIENT, { input: { id: createApiClient.apiClient.id } });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_REVOKED' });
  });

  it('pages through people by email', async () => {
    const first = await callers.secretariat.data(USERS, { first: 5 });
    expect(first.users.edges).toHaveLength(5);
    expect(first.users.pageInfo.hasNextPage).toBe(true);
    const second = await callers.secretariat.data(USERS, { first: 5, after: first.users.pageInfo.endCursor });
    const emails = [...first.users.edges, ...second.users.edges].map((edge: { node: { email: string } }) => edge.node.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(10);
    const heads = await callers.secretariat.data(USERS, { role: 'HEAD_OF_DELEGATION', first: 100 });
    expect(heads.users.totalCount).toBe(10);
  });

  describe('bad input gets BAD_USER_INPUT (or NOT_FOUND) and changes nothing', () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['missing field', CREATE_STATE, { input: { code: 'NO' } }, 'BAD_USER_INPUT'],
      ['mistyped field', CREATE_STATE, { input: { code: 42, name: 'Norway' } }, 'BAD_USER_INPUT'],
      ['code not ISO alpha-2', CREATE_STATE, { input: { code: 'nor', name: 'Norway' } }, 'BAD_USER_INPUT'],
      ['oversized name', CREATE_STATE, { input: { code: 'NO', name: 'N'.repeat(121) } }, 'BAD_USER_INPUT'],
      ['unknown enum', CREATE_STATE, { input: { code: 'NO', name: 'Norway', status: 'ASLEEP' } }, 'BAD_USER_INPUT'],
      ['unknown state id', UPDATE_STATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'Nowhere' } }, 'NOT_FOUND'],
      ['malformed id', UPDATE_STATE, { input: { id: 'not-an-id', name: 'Nowhere' } }, 'BAD_USER_INPUT'],
      ['bad email', CREATE_USER, { input: { email: 'not-an-email', displayName: 'X', role: 'DELEGATE', stateId: '00000000-0000-4000-8000-000000000000', password: 'a-long-enough-password' } }, 'BAD_USER_INPUT'],
      ['short password', CREATE_USER, { input: { email: 'short@example.org', displayName: 'X', role: 'SECRETARIAT', password: 'short' } }, 'BAD_USER_INPUT'],
      ['delegate without state', CREATE_USER, { input: { email: 'nostate@example.org', displayName: 'X', role: 'DELEGATE', password: 'a-long-enough-password' } }, 'BAD_USER_INPUT'],
      ['unknown state for user', CREATE_USER, { input: { email: 'ghost@example.org', displayName: 'X', role: 'DELEGATE', stateId: '00000000-0000-4000-8000-000000000000', password: 'a-long-enough-password' } }, 'NOT_FOUND'],
      ['delegate with a null state', CREATE_USER, { input: { email: 'nullstate@example.org', displayName: 'X', role: 'DELEGATE', stateId: null, password: 'a-long-enough-password' } }, 'BAD_USER_INPUT'],
      ['unknown user', UPDATE_USER, { input: { id: '00000000-0000-4000-8000-000000000000', active: false } }, 'NOT_FOUND'],
      ['empty scopes', CREATE_CLIENT, { input: { stateId: '00000000-0000-4000-8000-000000000000', name: 'x', scopes: [] } }, 'BAD_USER_INPUT'],
      ['unknown api client', REVOKE_CLIENT, { input: { id: '00000000-0000-4000-8000-000000000000' } }, 'NOT_FOUND'],
      ['bad cursor', USERS, { after: 'garbage' }, 'BAD_USER_INPUT'],
      ['page too large', USERS, { first: 100000 }, 'BAD_USER_INPUT'],
    ];
    it.each(cases)('%s', async (_name, mutation, variables, code) => {
      const before = await snapshot();
      const response = await callers.secretariat.request(mutation, variables);
      expect(errorOf(response)?.code).toBe(code);
      expect(response.errors![0].message).not.toMatch(/SELECT|INSERT|constraint|at .*\.ts/);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    const response = await callers.secretariat.request(CREATE_USER, {
      input: { email: 'DELEGATE.JP@example.org', displayName: 'Dup', role: 'DELEGATE', stateId: stateIds['JP'], password: 'a-long-enough-password' },
    });
    expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
    expect(await count("app_user WHERE email = 'delegate.jp@example.org'")).toBe(1);
  });

  it('does not let the secretariat lock itself out', async () => {
    const [self] = await t.db.query(`SELECT id FROM app_user WHERE email = 'secretariat@example.org'`);
    const response = await callers.secretariat.request(UPDATE_USER, { input: { id: self.id, active: false } });
    expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'SELF_LOCKOUT' });
  });
});
