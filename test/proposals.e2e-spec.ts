import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

const FIELDS = `id reference status currentRevision sponsor { code } cosponsors { code } baseReleaseVersion commentCount
  revision { number title warnings changes { index kind code entry { code heading } } }`;
const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { ${FIELDS} } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status submittedAt } }`;
const WITHDRAW = `mutation ($input: ProposalActionInput!) { withdrawProposal(input: $input) { id status } }`;
const JOIN = `mutation ($input: ProposalActionInput!) { joinProposal(input: $input) { cosponsors { code } } }`;
const LEAVE = `mutation ($input: ProposalActionInput!) { leaveProposal(input: $input) { cosponsors { code } } }`;
const GET = `query ($id: ID!) { proposal(id: $id) { ${FIELDS} } }`;
const LIST = `query ($status: ProposalStatus, $code: String, $search: String, $sponsor: String) {
  proposals(status: $status, code: $code, search: $search, sponsor: $sponsor, first: 50) { totalCount edges { node { id reference status } } } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id revision changeIndex paragraphPath replyTo body author { email } } }`;
const EDIT_COMMENT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { id body editCount history { previousBody } } }`;
const RETRACT_COMMENT = `mutation ($input: RetractCommentInput!) { retractComment(input: $input) { id body retracted history { previousBody } } }`;
const COMMENTS = `query ($id: ID!) { proposal(id: $id) { commentCount comments { totalCount edges { node { id body retracted replyTo author { email } } } } } }`;
const REDLINE = `query ($id: ID!) { proposal(id: $id) { revision { changes { code redline {
  fields { field change segments { kind text } } paragraphs { path kind change segments { kind text } } } } } } }`;

const justification = {
  humanRightsRisk: 'Deep packet inspection at national scale is used to identify and arrest journalists.',
  evidenceOfMisuse: 'UN Special Rapporteur reports, 2024 and 2025.',
  foreignAvailability: 'Limited outside participating states.',
  controllability: 'Carrier-class equipment is sold through few vendors.',
  clarity: 'The amended text names the network layers explicitly.',
};

describe('proposals: drafting, review, revisions, redlines and comments', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let jpHead: GraphQLClient;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  let machine: GraphQLClient;
  let base5A001: { paragraphs: { path: string; kind: string; text: string }[]; heading: string; reasons: string[] };

  const amendment = (text: string) => ({
    kind: 'AMEND_ENTRY',
    code: '5A001',
    entry: {
      code: '5A001',
      heading: base5A001.heading,
      status: 'ACTIVE',
      reasons: ['HR', ...base5A001.reasons],
      paragraphs: base5A001.paragraphs.map((p) => (p.path === '5A001.j.1.a' && p.kind === 'ITEM' ? { ...p, text } : p)),
      references: [],
      definitions: [],
      correlations: [],
    },
  });
  const widened = () => baseText('5A001.j.1.a').replace('the application layer', 'the network or application layer');
  const baseText = (path: string) => base5A001.paragraphs.find((p) => p.path === path && p.kind === 'ITEM')!.text;
  const draft = (client: GraphQLClient, title = 'Add HR to 5A001.j and widen the layers', text = widened()) =>
    client.data(CREATE, { input: { title, rationale: 'Surveillance of IP networks is used against human-rights defenders.', justification, changes: [amendment(text)] } });

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, jpHead, us, secretariat] = await Promise.all([
      t.as('delegate.jp@example.org'),
      t.as('head.jp@example.org'),
      t.as('delegate.us@example.org'),
      t.as('secretariat@example.org'),
    ]);
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
      { input: { stateId: jpState, name: 'METI', scopes: ['RELEASES_READ'] } },
    );
    machine = t.gql.as({ apiKey: createApiClient.apiKey });
    const { latestRelease } = await jp.data('{ latestRelease { entry(code: "5A001") { heading reasons paragraphs { path kind text } } } }');
    base5A001 = latestRelease.entry;
  });
  afterAll(() => t.close());

  it('keeps a draft within its delegation by every path, then opens it to all participants on submission', async () => {
    const { createProposal: proposal } = await draft(jp);
    expect(proposal).toMatchObject({ status: 'DRAFT', currentRevision: 1, sponsor: { code: 'JP' }, baseReleaseVersion: '2026.0' });
    expect(proposal.reference).toMatch(/^P-\d{4}-\d{3}$/);

    // The sponsoring delegation (delegate and head) sees it.
    expect((await jpHead.data(GET, { id: proposal.id })).proposal.id).toBe(proposal.id);
    // Nobody else does, by id, list, search or filter; the draft's existence does not leak.
    for (const outsider of [us, secretariat]) {
      expect(errorOf(await outsider.request(GET, { id: proposal.id }))).toEqual({ code: 'NOT_FOUND', reason: 'PROPOSAL_NOT_FOUND' });
      for (const filter of [{}, { code: '5A001' }, { search: 'layers' }, { sponsor: 'JP' }, { status: 'DRAFT' }]) {
        const ids = (await outsider.data(LIST, filter)).proposals.edges.map((e: { node: { id: string } }) => e.node.id);
        expect(ids).not.toContain(proposal.id);
      }
      expect(errorOf(await outsider.request(COMMENT, { input: { proposalId: proposal.id, body: 'peek' } }))?.code).toBe('NOT_FOUND');
    }
    expect(errorOf(await machine.request(GET, { id: proposal.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await machine.request(LIST, {}))?.code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql.request(GET, { id: proposal.id }))?.code).toBe('UNAUTHENTICATED');

    const { submitProposal } = await jp.data(SUBMIT, { input: { proposalId: proposal.id, expectedRevision: 1 } });
    expect(submitProposal.status).toBe('UNDER_REVIEW');
    for (const participant of [us, secretariat, jpHead]) {
      expect((await participant.data(GET, { id: proposal.id })).proposal.status).toBe('UNDER_REVIEW');
      const found = await participant.data(LIST, { code: '5A001', search: 'layers', sponsor: 'JP' });
      expect(found.proposals.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(proposal.id);
    }
    expect(errorOf(await machine.request(GET, { id: proposal.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await jp.request(SUBMIT, { input: { proposalId: proposal.id } }))).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('is revised under comments; a stale edit is refused, and parallel edits never overwrite each other', async () => {
    const { createProposal: proposal } = await draft(jp, 'Parallel edits');
    await jp.data(SUBMIT, { input: { proposalId: proposal.id } });

    const { addComment: question } = await us.data(COMMENT, {
      input: { proposalId: proposal.id, changeIndex: 0, paragraphPath: '5A001.j.1.a', body: 'Does “network layer” include layer 3 only?' },
    });
    expect(question).toMatchObject({ revision: 1, changeIndex: 0, paragraphPath: '5A001.j.1.a', author: { email: 'delegate.us@example.org' } });
    const { addComment: answer } = await jp.data(COMMENT, { input: { proposalId: proposal.id, replyTo: question.id, body: 'Layers 3 and 4.' } });
    expect(answer.replyTo).toBe(question.id);

    const { reviseProposal: r2 } = await jp.data(REVISE, {
      input: { proposalId: proposal.id, expectedRevision: 1, changes: [amendment(widened().replace('network', 'network (layers 3 and 4)'))] },
    });
    expect(r2.currentRevision).toBe(2);

    const stale = await jpHead.request(REVISE, { input: { proposalId: proposal.id, expectedRevision: 1, title: 'Based on r1' } });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'STALE_REVISION' });

    // Two delegates (and three more requests) edit revision 2 at the same moment: exactly one wins.
    const editors = [jp, jpHead, jp, jpHead, jp];
    const results = await Promise.all(
      editors.map((editor, i) => editor.request(REVISE, { input: { proposalId: proposal.id, expectedRevision: 2, title: `Edit ${i}` } })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.reason === 'STALE_REVISION')).toHaveLength(4);
    const { proposal: after } = await us.data(GET, { id: proposal.id });
    expect(after.currentRevision).toBe(3);
    expect(after.revision.title).toBe(winners[0].data!.reviseProposal.revision.title);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM proposal_revision WHERE proposal_id = $1', [proposal.id]);
    expect(n).toBe(3);

    // Revisions never change, even for someone with SQL access.
    await expect(t.db.query(`UPDATE proposal_revision SET title = 'rewritten' WHERE proposal_id = $1`, [proposal.id])).rejects.toThrow(/cannot be changed/);

    // Comments: edits keep history, retraction removes the text and keeps the fact.
    const { editComment } = await us.data(EDIT_COMMENT, { input: { commentId: question.id, body: 'Does “network layer” mean layer 3?' } });
    expect(editComment).toMatchObject({ editCount: 1, history: [{ previousBody: 'Does “network layer” include layer 3 only?' }] });
    expect(errorOf(await jp.request(EDIT_COMMENT, { input: { commentId: question.id, body: 'hijack' } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    const { retractComment } = await us.data(RETRACT_COMMENT, { input: { commentId: question.id } });
    expect(retractComment).toEqual({ id: question.id, body: null, retracted: true, history: [] });
    const { proposal: withComments } = await secretariat.data(COMMENTS, { id: proposal.id });
    expect(withComments.commentCount).toBe(2);
    expect(withComments.comments.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: question.id, body: null, retracted: true, replyTo: null, author: { email: 'delegate.us@example.org' } },
      { id: answer.id, body: 'Layers 3 and 4.', retracted: false, replyTo: question.id, author: { email: 'delegate.jp@example.org' } },
    ]);
  });

  it('shows the redline of an amendment to 5A001.j word by word', async () => {
    const { createProposal: proposal } = await draft(jp, 'Redline');
    const { proposal: seen } = await jp.data(REDLINE, { id: proposal.id });
    const [change] = seen.revision.changes;
    expect(change.code).toBe('5A001');
    const changed = change.redline.paragraphs.filter((p: { change: string }) => p.change !== 'UNCHANGED');
    expect(changed).toHaveLength(1);
    expect(changed[0].path).toBe('5A001.j.1.a');
    const rebuiltBefore = changed[0].segments.filter((s: { kind: string }) => s.kind !== 'INSERTED').map((s: { text: string }) => s.text).join('');
    const rebuiltAfter = changed[0].segments.filter((s: { kind: string }) => s.kind !== 'DELETED').map((s: { text: string }) => s.text).join('');
    expect(rebuiltBefore).toBe(baseText('5A001.j.1.a'));
    expect(rebuiltAfter).toBe(widened());
    expect(changed[0].segments.filter((s: { kind: string }) => s.kind !== 'EQUAL')).toEqual([{ kind: 'INSERTED', text: 'network or ' }]);
    const reasons = change.redline.fields.find((f: { field: string }) => f.field === 'reasons');
    expect(reasons.segments.filter((s: { kind: string }) => s.kind === 'INSERTED')).toEqual([{ kind: 'INSERTED', text: 'HR, ' }]);
  });

  it('validates the change set against the base release and warns about undefined terms', async () => {
    const add = (code: string) => ({
      kind: 'ADD_ENTRY',
      entry: { code, heading: '“Facial recognition” systems', status: 'ACTIVE', reasons: ['HR'], paragraphs: [{ path: `${code}.a`, kind: 'ITEM', text: 'Real-time “facial recognition” of crowds' }], references: [], definitions: [], correlations: [] },
    });
    const create = (changes: unknown[]) => jp.request(CREATE, { input: { title: 'x', rationale: 'y', justification, changes } });
    const before = await t.db.query('SELECT count(*)::int AS n FROM proposal');

    expect(errorOf(await create([add('4A005')]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(errorOf(await create([{ kind: 'REMOVE_ENTRY', code: '9A999' }]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(errorOf(await create([{ kind: 'AMEND_ENTRY', code: '5A001' }]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(errorOf(await create([add('4X005')]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(errorOf(await create([]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(await t.db.query('SELECT count(*)::int AS n FROM proposal')).toEqual(before);

    const { createProposal } = await jp.data(CREATE, { input: { title: 'Facial recognition', rationale: 'y', justification, changes: [add('4A990')] } });
    expect(createProposal.revision.warnings).toEqual(['4A990: “facial recognition” resolves to no definition; publication needs one']);
  });

  it('pages through proposals and comments without skipping rows created within one millisecond', async () => {
    const { createProposal: proposal } = await draft(jp, 'Paging');
    await jp.data(SUBMIT, { input: { proposalId: proposal.id } });
    for (let i = 0; i < 7; i++) await us.data(COMMENT, { input: { proposalId: proposal.id, body: `Comment ${i}` } });
    // Microseconds apart, the same millisecond: what a busy server produces and a JavaScript Date cannot tell apart.
    await t.db.query(
      `UPDATE proposal_comment c SET created_at = '2026-03-01 10:00:00.123000+00'::timestamptz + (o.n * interval '1 microsecond')
         FROM (SELECT id, row_number() OVER (ORDER BY body) AS n FROM proposal_comment WHERE proposal_id = $1) o
        WHERE c.id = o.id`,
      [proposal.id],
    );
    await t.db.query(`UPDATE proposal SET created_at = '2026-03-01 10:00:00.500000+00'::timestamptz + (random() * interval '900 microseconds')`);

    const PAGE = `query ($id: ID!, $after: String) { proposal(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
    const bodies: string[] = [];
    let after: string | undefined;
    do {
      const { proposal: page } = await us.data(PAGE, { id: proposal.id, after });
      bodies.push(...page.comments.edges.map((edge: { node: { body: string } }) => edge.node.body));
      after = page.comments.pageInfo.hasNextPage ? page.comments.pageInfo.endCursor : undefined;
    } while (after);
    expect(bodies).toEqual(Array.from({ length: 7 }, (_, i) => `Comment ${i}`));

    const LIST_PAGE = `query ($after: String) { proposals(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let total = 0;
    let next: string | undefined;
    do {
      const { proposals } = await jp.data(LIST_PAGE, { after: next });
      total = proposals.totalCount;
      ids.push(...proposals.edges.map((edge: { node: { id: string } }) => edge.node.id));
      next = proposals.pageInfo.hasNextPage ? proposals.pageInfo.endCursor : undefined;
    } while (next);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total);
  });

  it('refuses drafting to the secretariat and machines, and changes to anyone but the sponsor', async () => {
    expect(errorOf(await secretariat.request(CREATE, { input: { title: 'x', rationale: 'y', justification, changes: [] } }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await machine.request(CREATE, { input: { title: 'x', rationale: 'y', justification, changes: [] } }))?.code).toBe('FORBIDDEN');
    const { createProposal: proposal } = await draft(jp, 'Sponsor only');
    await jp.data(SUBMIT, { input: { proposalId: proposal.id } });
    expect(errorOf(await us.request(REVISE, { input: { proposalId: proposal.id, expectedRevision: 1, title: 'hijack' } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_SPONSOR' });
    expect(errorOf(await us.request(WITHDRAW, { input: { proposalId: proposal.id } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_SPONSOR' });

    // Co-sponsorship: another state joins and leaves; the sponsor cannot.
    expect((await us.data(JOIN, { input: { proposalId: proposal.id } })).joinProposal.cosponsors).toEqual([{ code: 'US' }]);
    expect(errorOf(await jp.request(JOIN, { input: { proposalId: proposal.id } }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_SPONSOR' });
    expect((await us.data(LEAVE, { input: { proposalId: proposal.id } })).leaveProposal.cosponsors).toEqual([]);

    // Withdrawn: decided, so no more comments, edits or transitions.
    expect((await jp.data(WITHDRAW, { input: { proposalId: proposal.id } })).withdrawProposal.status).toBe('WITHDRAWN');
    expect(errorOf(await us.request(COMMENT, { input: { proposalId: proposal.id, body: 'late' } }))).toEqual({ code: 'CONFLICT', reason: 'COMMENTS_CLOSED' });
    expect(errorOf(await jp.request(REVISE, { input: { proposalId: proposal.id, expectedRevision: 1, title: 'z' } }))).toEqual({ code: 'CONFLICT', reason: 'PROPOSAL_FROZEN' });
    expect(errorOf(await jp.request(SUBMIT, { input: { proposalId: proposal.id } }))).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });
});
