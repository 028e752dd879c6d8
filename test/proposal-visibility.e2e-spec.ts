import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient, GraphQLResponse } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

type Caller = 'sponsorDelegate' | 'sponsorHead' | 'otherDelegate' | 'otherHead' | 'secretariat' | 'apiClient' | 'anonymous';
/** 'ok', or the error code the caller must get. */
type Expected = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const CALLERS: Caller[] = ['sponsorDelegate', 'sponsorHead', 'otherDelegate', 'otherHead', 'secretariat', 'apiClient', 'anonymous'];

const justification = { humanRightsRisk: 'Spyware used against journalists.', evidenceOfMisuse: '', foreignAvailability: '', controllability: '', clarity: '' };
const removal = [{ kind: 'REMOVE_ENTRY', code: '4A980' }];

/**
 * DESIGN §7 for proposals, operation by operation and caller by caller: a DRAFT exists only for its own delegation
 * (others get NOT_FOUND, so its existence does not leak); a submitted proposal is open to every participant and the
 * secretariat; machine clients and anonymous callers never see deliberations.
 */
describe('who sees and does what with a proposal', () => {
  let t: TestApp;
  let clients: Record<Caller, GraphQLClient>;
  let draftId: string;
  let submittedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: frState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'FR'`);
    const { createApiClient } = await secretariat.data('mutation ($i: CreateApiClientInput!) { createApiClient(input: $i) { apiKey } }', {
      i: { stateId: frState, name: 'Douane', scopes: ['RELEASES_READ'] },
    });
    clients = {
      sponsorDelegate: await t.as('delegate.fr@example.org'),
      sponsorHead: await t.as('head.fr@example.org'),
      otherDelegate: await t.as('delegate.de@example.org'),
      otherHead: await t.as('head.de@example.org'),
      secretariat,
      apiClient: t.gql.as({ apiKey: createApiClient.apiKey }),
      anonymous: t.gql,
    };
    const create = 'mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id } }';
    const input = { title: 'Remove 4A980', rationale: 'Obsolete.', justification, changes: removal };
    draftId = (await clients.sponsorDelegate.data(create, { i: input })).createProposal.id;
    submittedId = (await clients.sponsorDelegate.data(create, { i: input })).createProposal.id;
    await clients.sponsorHead.data('mutation ($i: ProposalActionInput!) { submitProposal(input: $i) { id } }', { i: { proposalId: submittedId } });
  });
  afterAll(() => t.close());

  const outcome = (response: GraphQLResponse): string => errorOf(response)?.code ?? 'ok';

  const inList = async (client: GraphQLClient, id: string): Promise<string> => {
    const response = await client.request('{ proposals(first: 100) { totalCount edges { node { id } } } }');
    if (response.errors) return outcome(response);
    return response.data!.proposals.edges.some((edge: { node: { id: string } }) => edge.node.id === id) ? 'ok' : 'NOT_FOUND';
  };

  const reads: [string, (client: GraphQLClient, id: string) => Promise<string>][] = [
    ['proposal(id)', async (c, id) => outcome(await c.request('query ($id: ID!) { proposal(id: $id) { id } }', { id }))],
    ['proposals list', inList],
    ['search', async (c, id) => {
      const response = await c.request('{ proposals(search: "obsolete", code: "4A980") { edges { node { id } } } }');
      if (response.errors) return outcome(response);
      return response.data!.proposals.edges.some((edge: { node: { id: string } }) => edge.node.id === id) ? 'ok' : 'NOT_FOUND';
    }],
    ['comments and count', async (c, id) => outcome(await c.request('query ($id: ID!) { proposal(id: $id) { commentCount comments { totalCount } revisions { number } } }', { id }))],
    ['addComment', async (c, id) => outcome(await c.request('mutation ($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { proposalId: id, body: 'A question.' } }))],
  ];

  const draftReads: Record<Caller, Expected> = {
    sponsorDelegate: 'ok', sponsorHead: 'ok', otherDelegate: 'NOT_FOUND', otherHead: 'NOT_FOUND', secretariat: 'NOT_FOUND', apiClient: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED',
  };
  const submittedReads: Record<Caller, Expected> = {
    sponsorDelegate: 'ok', sponsorHead: 'ok', otherDelegate: 'ok', otherHead: 'ok', secretariat: 'ok', apiClient: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED',
  };

  describe.each(reads)('%s', (_name, run) => {
    it.each(CALLERS)('on a draft, as %s', async (caller) => {
      expect(await run(clients[caller], draftId)).toBe(draftReads[caller]);
    });
    it.each(CALLERS)('on a submitted proposal, as %s', async (caller) => {
      expect(await run(clients[caller], submittedId)).toBe(submittedReads[caller]);
    });
  });

  const reviseAs = async (caller: Caller, id: string) => {
    const [{ current_revision }] = await t.db.query('SELECT current_revision FROM proposal WHERE id = $1', [id]);
    const response = await clients[caller].request('mutation ($i: ReviseProposalInput!) { reviseProposal(input: $i) { id } }', {
      i: { proposalId: id, expectedRevision: current_revision, title: `Edited by ${caller}` },
    });
    return outcome(response);
  };

  it.each<[Caller, Expected, Expected]>([
    ['sponsorDelegate', 'ok', 'ok'],
    ['sponsorHead', 'ok', 'ok'],
    ['otherDelegate', 'NOT_FOUND', 'FORBIDDEN'],
    ['otherHead', 'NOT_FOUND', 'FORBIDDEN'],
    ['secretariat', 'FORBIDDEN', 'FORBIDDEN'],
    ['apiClient', 'FORBIDDEN', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ])('reviseProposal as %s: draft %s, submitted %s', async (caller, onDraft, onSubmitted) => {
    expect(await reviseAs(caller, draftId)).toBe(onDraft);
    expect(await reviseAs(caller, submittedId)).toBe(onSubmitted);
  });

  it.each<[Caller, Expected]>([
    ['otherDelegate', 'ok'],
    ['otherHead', 'ok'],
    ['secretariat', 'FORBIDDEN'],
    ['apiClient', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('joinProposal on a submitted proposal as %s: %s', async (caller, expected) => {
    const response = await clients[caller].request('mutation ($i: ProposalActionInput!) { joinProposal(input: $i) { id } }', { i: { proposalId: submittedId } });
    expect(outcome(response)).toBe(expected);
  });

  it.each<[Caller, Expected]>([
    ['otherHead', 'NOT_FOUND'],
    ['secretariat', 'FORBIDDEN'],
    ['apiClient', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('submitProposal and withdrawProposal of the draft as %s: %s', async (caller, expected) => {
    for (const mutation of ['submitProposal', 'withdrawProposal']) {
      const response = await clients[caller].request(`mutation ($i: ProposalActionInput!) { ${mutation}(input: $i) { id } }`, { i: { proposalId: draftId } });
      expect(outcome(response)).toBe(expected);
    }
    const [{ status }] = await t.db.query('SELECT status FROM proposal WHERE id = $1', [draftId]);
    expect(status).toBe('DRAFT');
  });
});
