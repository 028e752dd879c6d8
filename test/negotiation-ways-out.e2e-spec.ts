import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adopt, baseEntry, BaseEntry, entryInput, justification, submittedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PROPOSAL = `query ($id: ID!) { proposal(id: $id) {
  reference status currentRevision baseReleaseVersion
  returns { reason revision returnedBy { email } }
  rebase { upToDate baseVersion latestVersion merges { changeIndex code reason message } }
  revision { number baseReleaseVersion merges { changeIndex code reason }
    changes { kind code redline { fields { field change } paragraphs { path change segments { kind text } } } } }
  ballots { status revision outcome }
} }`;
const DRAFT = `{ workingDraft { publishable suggestedVersion conflicts { kind code proposals } changes { code proposal proposals } } }`;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version status changes { code proposal proposals } } }`;
const RETURN = `mutation ($input: ReturnProposalInput!) { returnProposal(input: $input) { status } }`;
const REBASE = `mutation ($input: RebaseProposalInput!) { rebaseProposal(input: $input) { status currentRevision } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { currentRevision } }`;
const WITHDRAW = `mutation ($input: ProposalActionInput!) { withdrawProposal(input: $input) { status } }`;
const OPEN = `mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id } }`;
const DIFF = `query ($from: String!, $to: String!) { releaseDiff(from: $from, to: $to) { changes { code kind proposal proposals } } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id paragraphPath } }`;

/**
 * DESIGN §4–§6 as a secretariat runs a plenary: two delegations amend one entry, both are adopted, one is published;
 * the other, stale, is returned, rebased with its text merged, adopted again and released next. Nothing gets stuck.
 */
describe('negotiations without dead ends: return, rebase, release the next version', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let fr: GraphQLClient;
  let us: GraphQLClient;
  let headJp: GraphQLClient;
  let secretariat: GraphQLClient;
  let base: BaseEntry;
  let jpAmendment: { id: string; reference: string };
  let frAmendment: { id: string; reference: string };
  const proposal = async (client: GraphQLClient, id: string) => (await client.data(PROPOSAL, { id })).proposal;
  const widenFirstParagraph = (entry: BaseEntry) => entry.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text}, including network or cloud-based systems` } : p));

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, fr, us, headJp, secretariat] = await Promise.all(
      ['delegate.jp', 'delegate.fr', 'delegate.us', 'head.jp', 'secretariat'].map((who) => t.as(`${who}@example.org`)),
    );
    base = await baseEntry(jp, '5A001');
    jpAmendment = await submittedProposal(jp, 'Control 5A001 for human rights', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: [...new Set([...base.reasons, 'HR'])] }) },
    ]);
    frAmendment = await submittedProposal(fr, 'Widen 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { paragraphs: widenFirstParagraph(base) }) }]);
    await adopt(secretariat, jpAmendment.id);
    await adopt(secretariat, frAmendment.id);
  });
  afterAll(() => t.close());

  it('publishes one of two adopted amendments of one entry; the other is stale, and nothing but a return moves it', async () => {
    const before = (await secretariat.data(DRAFT)).workingDraft;
    expect(before).toMatchObject({ publishable: false, suggestedVersion: '2026.1' });
    expect(before.conflicts).toEqual([{ kind: 'CONCURRENT_AMENDMENT', code: '5A001', proposals: [jpAmendment.reference, frAmendment.reference] }]);

    const { publishRelease } = await secretariat.data(PUBLISH, { input: { version: '2026.1', proposalIds: [jpAmendment.id] } });
    expect(publishRelease).toMatchObject({ version: '2026.1', status: 'PUBLISHED', changes: [{ code: '5A001', proposal: jpAmendment.reference, proposals: [jpAmendment.reference] }] });

    const after = (await secretariat.data(DRAFT)).workingDraft;
    expect(after).toMatchObject({ publishable: false, suggestedVersion: '2026.2', conflicts: [{ kind: 'STALE_BASE', code: '5A001', proposals: [frAmendment.reference] }] });
    const refused = await secretariat.request(PUBLISH, { input: { version: '2026.2', proposalIds: [frAmendment.id] } });
    expect(errorOf(refused)).toEqual({ code: 'CONFLICT', reason: 'RELEASE_HAS_CONFLICTS' });
    expect(refused.errors![0].message).toContain(frAmendment.reference);

    // The sponsor alone cannot move an adopted proposal: it is frozen and past withdrawal.
    expect(errorOf(await fr.request(REVISE, { input: { proposalId: frAmendment.id, expectedRevision: 1, title: 'x' } }))).toEqual({ code: 'CONFLICT', reason: 'PROPOSAL_FROZEN' });
    expect(errorOf(await fr.request(WITHDRAW, { input: { proposalId: frAmendment.id } }))).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(errorOf(await headJp.request(RETURN, { input: { proposalId: frAmendment.id, reason: 'x' } }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the secretariat returns it with a reason every participant reads; a ballot waits for a rebase', async () => {
    const reason = `Conflicts with ${jpAmendment.reference}, published in 2026.1: please rebase onto 2026.1`;
    expect(errorOf(await secretariat.request(RETURN, { input: { proposalId: frAmendment.id, reason: '   ' } }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await secretariat.data(RETURN, { input: { proposalId: frAmendment.id, reason } })).returnProposal).toEqual({ status: 'UNDER_REVIEW' });
    for (const reader of [us, fr, headJp]) {
      expect((await proposal(reader, frAmendment.id)).returns).toEqual([{ reason, revision: 1, returnedBy: { email: 'secretariat@example.org' } }]);
    }
    const [audited] = await t.db.query(`SELECT summary FROM audit_event WHERE action = 'proposal.returned' AND object_id = $1`, [frAmendment.id]);
    expect(audited.summary).toMatchObject({ from: 'ADOPTED', to: 'UNDER_REVIEW', reason });
    // Returning an incorporated proposal is not a way back into the list.
    expect(errorOf(await secretariat.request(RETURN, { input: { proposalId: jpAmendment.id, reason: 'again' } }))).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    const stale = await secretariat.request(OPEN, { input: { proposalId: frAmendment.id, rule: 'SILENCE', closesAt: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'REBASE_REQUIRED' });
    expect(stale.errors![0].extensions!['fields']).toEqual([{ field: 'changes[0]', message: expect.stringContaining('5A001 was amended in 2026.1') }]);
    expect((await proposal(fr, frAmendment.id)).status).toBe('UNDER_REVIEW');
  });

  it('the sponsor rebases: refused until the merged text is supplied, then a new revision against 2026.1 that lists the merge', async () => {
    const plan = (await proposal(fr, frAmendment.id)).rebase;
    expect(plan).toEqual({
      upToDate: false,
      baseVersion: '2026.0',
      latestVersion: '2026.1',
      merges: [{ changeIndex: 0, code: '5A001', reason: 'BASE_CHANGED', message: expect.stringContaining('merged with the new text') }],
    });
    const unmerged = await fr.request(REBASE, { input: { proposalId: frAmendment.id, expectedRevision: 1 } });
    expect(errorOf(unmerged)).toEqual({ code: 'CONFLICT', reason: 'MERGE_REQUIRED' });
    expect(unmerged.errors![0].extensions!['fields']).toEqual([{ field: 'changes[0]', message: expect.stringContaining('5A001') }]);
    expect(errorOf(await us.request(REBASE, { input: { proposalId: frAmendment.id, expectedRevision: 1 } }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SPONSOR' });

    const latest = await baseEntry(fr, '5A001');
    expect(latest.reasons).toContain('HR');
    const merged = [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(latest, { paragraphs: widenFirstParagraph(latest) }) }];
    expect(errorOf(await fr.request(REBASE, { input: { proposalId: frAmendment.id, expectedRevision: 7, changes: merged } }))).toEqual({ code: 'CONFLICT', reason: 'STALE_REVISION' });
    expect((await fr.data(REBASE, { input: { proposalId: frAmendment.id, expectedRevision: 1, changes: merged } })).rebaseProposal).toEqual({ status: 'UNDER_REVIEW', currentRevision: 2 });

    const rebased = await proposal(us, frAmendment.id);
    expect(rebased).toMatchObject({ baseReleaseVersion: '2026.1', rebase: { upToDate: true, merges: [] } });
    expect(rebased.revision).toMatchObject({ number: 2, baseReleaseVersion: '2026.1', merges: [{ changeIndex: 0, code: '5A001', reason: 'BASE_CHANGED' }] });
    // The redline now reads against 2026.1: Japan's HR is already there, only France's words are inserted.
    const { redline } = rebased.revision.changes[0];
    expect(redline.fields.find((field: { field: string }) => field.field === 'reasons').change).toBe('UNCHANGED');
    expect(redline.paragraphs[0].segments.filter((s: { kind: string }) => s.kind === 'INSERTED').map((s: { text: string }) => s.text.trim())).toEqual([
      ', including network or cloud-based systems'.trim(),
    ]);
    expect(errorOf(await fr.request(REBASE, { input: { proposalId: frAmendment.id, expectedRevision: 2 } }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_ON_LATEST' });
  });

  it('adopted again, it goes into 2026.2; the diff since 2026.0 names both proposals, and a backwards diff is refused', async () => {
    await adopt(secretariat, frAmendment.id);
    const draft = (await secretariat.data(DRAFT)).workingDraft;
    expect(draft).toMatchObject({ publishable: true, suggestedVersion: '2026.2', conflicts: [], changes: [{ code: '5A001', proposals: [frAmendment.reference] }] });
    expect((await proposal(fr, frAmendment.id)).ballots).toEqual([
      { status: 'CLOSED', revision: 2, outcome: 'ADOPTED' },
      { status: 'CLOSED', revision: 1, outcome: 'ADOPTED' },
    ]);

    const gap = await secretariat.request(PUBLISH, { input: { version: '2026.10', proposalIds: [frAmendment.id] } });
    expect(errorOf(gap)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERSION_NOT_NEXT' });
    expect(gap.errors![0].message).toMatch(/next one is 2026\.2 or 2027\.1/);
    expect(errorOf(await secretariat.request(PUBLISH, { input: { version: '2027.0', proposalIds: [frAmendment.id] } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERSION_NOT_NEXT' });

    await secretariat.data(PUBLISH, { input: { version: '2026.2', proposalIds: [frAmendment.id] } });
    expect((await proposal(fr, frAmendment.id)).status).toBe('INCORPORATED');
    const { releaseDiff } = await us.data(DIFF, { from: '2026.0', to: '2026.2' });
    expect(releaseDiff.changes).toEqual([{ code: '5A001', kind: 'AMENDED', proposal: frAmendment.reference, proposals: [jpAmendment.reference, frAmendment.reference] }]);
    expect(errorOf(await us.request(DIFF, { from: '2026.2', to: '2026.0' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'DIFF_BACKWARDS' });
    expect((await secretariat.data(DRAFT)).workingDraft).toMatchObject({ publishable: false, conflicts: [], changes: [] });
  });

  it('anchors comments only to paragraphs that exist in the change, before or after it', async () => {
    const entry = await baseEntry(us, '4A005');
    const added = { path: `4A005.${'z'}`, kind: 'ITEM', text: 'Systems for “intrusion software” delivered as a service.' };
    const { id } = await submittedProposal(us, 'Cover intrusion as a service', [
      { kind: 'AMEND_ENTRY', code: '4A005', entry: entryInput(entry, { paragraphs: [...entry.paragraphs, added] }) },
    ]);
    const anchored = (paragraphPath: string) => fr.request(COMMENT, { input: { proposalId: id, changeIndex: 0, paragraphPath, body: 'A question on this paragraph.' } });
    const unknown = await anchored('4A987.z.9');
    expect(errorOf(unknown)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ANCHOR' });
    expect(unknown.errors![0].extensions!['fields']).toEqual([{ field: 'paragraphPath', message: expect.stringContaining('4A005') }]);
    expect(errorOf(await anchored('4A005.y.9'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ANCHOR' });
    expect(errorOf(await fr.request(COMMENT, { input: { proposalId: id, changeIndex: 3, body: 'x' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ANCHOR' });
    expect((await fr.data(COMMENT, { input: { proposalId: id, changeIndex: 0, paragraphPath: entry.paragraphs[0].path, body: 'Before and after.' } })).addComment.paragraphPath).toBe(entry.paragraphs[0].path);
    expect((await fr.data(COMMENT, { input: { proposalId: id, changeIndex: 0, paragraphPath: added.path, body: 'Only after.' } })).addComment.paragraphPath).toBe(added.path);
  });

  it('refuses a draft whose customs code or regime publication would refuse, naming the field', async () => {
    const entry = { code: '5A991', heading: 'Cameras for crowd surveillance', status: 'ACTIVE', reasons: ['HR'], paragraphs: [{ path: '5A991.a', kind: 'ITEM', text: 'Cameras.' }], definitions: [] };
    const create = (extra: Record<string, unknown>) =>
      jp.request(`mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, {
        input: { title: 'Cameras', rationale: 'r', justification, changes: [{ kind: 'ADD_ENTRY', entry: { ...entry, references: [], correlations: [], ...extra } }] },
      });
    const hs = await create({ correlations: [{ scheme: 'HS2022', code: '8525.89', relation: 'PARTIAL' }] });
    expect(errorOf(hs)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(hs.errors![0].extensions!['fields']).toEqual([{ field: 'changes[0].entry.correlations[0].code', message: expect.stringContaining('852589') }]);
    const wassenaar = await create({ references: [{ regime: 'Wassenaar', code: '5.A.1.j' }] });
    expect(wassenaar.errors![0].extensions!['fields']).toEqual([{ field: 'changes[0].entry.references[0].regime', message: expect.stringContaining('WA') }]);
    expect((await create({ correlations: [{ scheme: 'HS2022', code: '852589', relation: 'PARTIAL' }], references: [{ regime: 'WA', code: '5.A.1.j' }] })).errors).toBeUndefined();
  });
});
