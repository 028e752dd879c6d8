import { seedControlList } from '@concord/database';
import { concordEvent, WebhookService } from '@concord/events';
import { GraphQLClient } from '@concord/shared/testing';
import { adopt, adoptedProposal, BaseEntry, entryInput, inHours, OPEN_BALLOT, submittedProposal } from './support/fixtures';
import { committedSchema, listFields, selectedFields } from './support/schema-lists';
import { eventually } from './support/eventually';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 16: the statements behind one request do not grow with the length of any list it reads. Each case runs one
 * query a client would send, nested relations included, on a short and a long list, and pins the count, which must
 * be the same for both. A list field of the schema that no case selects and no exclusion explains fails the suite.
 */

type Caller = 'secretariat' | 'fr' | 'jp' | 'usHead' | 'gbHead' | 'machineA' | 'machineB' | 'fewSessions' | 'manySessions';

interface ListCase {
  name: string;
  /** Who asks; when the caller decides the length of the list, one for the short list and one for the long. */
  as: Caller | { short: Caller; long: Caller };
  query: string;
  /** Variables that give a short list and a long one; a bounded list has one set, and says why in `bounded`. */
  short: () => Record<string, unknown>;
  long?: () => Record<string, unknown>;
  bounded?: string;
  /** The number of rows of the list that varies, so that the test proves the long list is longer. */
  rows: (data: any, variables: Record<string, unknown>) => number;
  statements: number;
}

/** List fields no query case can reach, each with why its length cannot cost statements. */
const EXCLUDED: Record<string, string> = {
  'RecoveryCodes.codes': 'only a mutation answers it (confirmTotpEnrolment), with the recovery codes it generated in memory',
  'ReleasePublishedEvent.incorporates': 'a subscription payload, built from the publication event, never read from the database',
  'TranslationImport.defects': 'only a mutation answers it (importTranslations), with the defects parsing the XLIFF file found in memory',
};

const TEXT = `language status stale text sourceDigest recordedBy recordedAt`;
const ENTRY = `code heading status reasons definitions canonical headingTexts(language: "fr") { ${TEXT} }
  paragraphs { path kind text position texts(language: "fr") { ${TEXT} } } correlations { scheme code relation }
  relatedControls { text references { regime code } } inclusionProof { leafIndex treeSize path }`;
const MEANING = `meaning { meanings renumbered { oldPath newPath kind }
  parameters { path direction before { comparator value unit text } after { comparator value unit text } } }`;
const LANGUAGES = `texts { language change segments { kind text } }`;
const REDLINE = `redline { fields { field change segments { kind text } } paragraphs { path kind change segments { kind text } ${LANGUAGES} } ${LANGUAGES} ${MEANING} }`;
const CHANGE = `kind subject code term proposal proposals before after ${MEANING} ${REDLINE}`;
const STATE = `code name status members { email state { code } } actingHeads { startsAt current delegate { email } appointedBy { email } state { code } }`;
const BALLOT = `id status rule revision outcome eligibleCount openedBy { email } closedBy { email } eligibleStates { code } silentStates { code }
  tally { support } verdictIfClosedNow { outcome reason tally { support object } }
  positions { position statement castCapacity castAt state { code } castBy { email } history { position castAt castCapacity castBy { email } } }`;
const PROPOSAL = `id reference status sponsor { code } cosponsors { code } commentCount baseReleaseVersion
  revision { number title author { email } baseReleaseVersion warnings merges { changeIndex code reason term }
    changes { index kind code term baseDigest ${REDLINE} definition { term text }
      entry { code heading reasons definitions headingTexts { ${TEXT} } paragraphs { path text } correlations { code } relatedControls { text references { code } } } } }
  revisions { number title author { email } }
  returns { reason revision returnedAt returnedBy { email } }
  rebase { upToDate merges { code reason message } }
  ballot { id status }
  ballots { ${BALLOT} }
  comments(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id body replyTo editCount author { email } history { previousBody } } } }`;
const IMPLEMENTATION = `status legalReference entryIntoForce revision deviationCount recordedAt recordedBy { email } state { code } release { version }
  deviations { entryCode reason explanation }`;
const DRAFT = `baseVersion suggestedVersion publishable summary { entries } proposals { reference title } conflicts { kind code proposals }
  changes { ${CHANGE} }`;

const edgesOf = (connection: { edges: unknown[] }) => connection.edges.length;

const CASES: ListCase[] = [
  {
    name: 'releases',
    as: 'jp',
    query: `query ($first: Int) { releases(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      version status source effectiveFrom publishedAt entryCount digest merkleRoot signature { keyId algorithm }
      authenticLanguages definitions { term text texts(language: "fr") { ${TEXT} } } changes { ${CHANGE} } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.releases),
    statements: 10,
  },
  {
    name: 'a release’s entries',
    as: 'jp',
    query: `query ($first: Int) { release(version: "2026.2") { version entries(first: $first) { totalCount pageInfo { hasNextPage } edges { node { ${ENTRY} } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.release.entries),
    statements: 12,
  },
  {
    name: 'latestRelease entries with their entry and the definitions',
    as: 'machineA',
    query: `query ($first: Int) { latestRelease { version definitions { term } entry(code: "5A001") { code paragraphs { path } }
      entries(first: $first) { edges { node { ${ENTRY} } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.latestRelease.entries),
    statements: 16,
  },
  {
    name: 'releaseDiff',
    as: 'jp',
    query: `query ($from: String!, $to: String!) { releaseDiff(from: $from, to: $to) { from to changes { ${CHANGE} } } }`,
    short: () => ({ from: '2026.2', to: '2026.3' }),
    long: () => ({ from: '2026.1', to: '2026.2' }),
    rows: (data) => data.releaseDiff.changes.length,
    statements: 15,
  },
  {
    name: 'releaseCrosswalk',
    as: 'jp',
    query: `query ($first: Int) { releaseCrosswalk(from: "2026.1", to: "2026.2", first: $first) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { oldPath newPath kind } } } }`,
    short: () => ({ first: 1 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.releaseCrosswalk),
    statements: 14,
  },
  {
    name: 'releaseDelta of one code, and of every category',
    as: 'machineA',
    query: `query ($scope: ReleaseScopeInput!) { releaseDelta(version: "2026.2", scope: $scope) {
      version previousVersion scope { prefixes codes } changes { code kind before after } document } }`,
    short: () => ({ scope: { codes: ['5A001'] } }),
    long: () => ({ scope: { prefixes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] } }),
    rows: (data) => data.releaseDelta.changes.length,
    statements: 3,
  },
  {
    name: 'entryHistory',
    as: 'jp',
    query: `query ($code: String!) { entryHistory(code: $code) { version publishedAt effectiveFrom change proposal entry } }`,
    short: () => ({ code: seeded.shortHistoryCode }),
    long: () => ({ code: '5A001' }),
    rows: (data) => data.entryHistory.length,
    statements: 8,
  },
  {
    name: 'implementationMatrix',
    as: 'jp',
    query: `query ($first: Int) { implementationMatrix(first: $first) { totalCount pageInfo { hasNextPage endCursor } states { code }
      rows { release { version } cells { ${IMPLEMENTATION} } } } }`,
    short: () => ({ first: 1 }),
    long: () => ({ first: 4 }),
    rows: (data) => data.implementationMatrix.rows.length,
    statements: 9,
  },
  {
    name: 'releases with every state’s implementation',
    as: 'jp',
    query: `query ($first: Int) { releases(first: $first) { edges { node { version implementations { ${IMPLEMENTATION} } } } } }`,
    short: () => ({ first: 1 }),
    long: () => ({ first: 4 }),
    // Germany's six deviations are on the long page only.
    rows: (data) => data.releases.edges.flatMap((edge: any) => edge.node.implementations).reduce((sum: number, cell: any) => sum + cell.deviations.length, 0),
    statements: 9,
  },
  {
    name: 'inForce entries, with the implementation that put them in force',
    as: 'jp',
    query: `query ($first: Int) { inForce(input: { state: "FR", on: "2027-06-01" }) { on state { code } release { version } implementation { ${IMPLEMENTATION} }
      entries(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.inForce.entries),
    statements: 18,
  },
  {
    name: 'proposals',
    as: 'fr',
    query: `query ($first: Int) { proposals(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${PROPOSAL} } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.proposals),
    statements: 34,
  },
  {
    name: 'ballots',
    as: 'secretariat',
    query: `query ($first: Int) { ballots(first: $first) { totalCount pageInfo { hasNextPage } edges { node { ${BALLOT}
      proposal { reference status sponsor { code } revision { title author { email } } } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.ballots),
    statements: 12,
  },
  {
    name: 'myPendingBallots of a state that answered most ballots, and of one that answered none',
    as: { short: 'usHead', long: 'gbHead' },
    query: `query { myPendingBallots { ${BALLOT} proposal { reference sponsor { code } } } }`,
    short: () => ({}),
    long: () => ({}),
    rows: (data) => data.myPendingBallots.length,
    statements: 9,
  },

  {
    name: 'auditLog',
    as: 'secretariat',
    query: `query ($first: Int) { auditLog(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id sequence action actionValue actorId actorKind objectType objectId stateId stateCode summary occurredAt redacted chainVersion prevHash hash contentHash contentSalt } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 50 }),
    rows: (data) => edgesOf(data.auditLog),
    statements: 3,
  },
  {
    name: 'auditCheckpoints',
    as: 'machineA',
    query: `query ($first: Int) { auditCheckpoints(first: $first) { sequence hash at trigger envelope } }`,
    short: () => ({ first: 1 }),
    long: () => ({ first: 20 }),
    rows: (data) => data.auditCheckpoints.length,
    statements: 1,
  },
  {
    name: 'users',
    as: 'secretariat',
    query: `query ($first: Int) { users(first: $first) { totalCount pageInfo { hasNextPage } edges { node {
      id email displayName role locale active secondFactorEnabled state { ${STATE} } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 30 }),
    rows: (data) => edgesOf(data.users),
    statements: 7,
  },
  {
    name: 'participatingStates',
    as: 'secretariat',
    query: `query { participatingStates { id ${STATE} } }`,
    short: () => ({}),
    bounded: 'one row per state of the regime, about ten; their members and acting heads are the lists that vary',
    rows: (data) => data.participatingStates.length,
    statements: 6,
  },
  {
    name: 'me',
    as: 'jp',
    query: `query { me { kind user { email } state { ${STATE} } apiClient { name } } }`,
    short: () => ({}),
    bounded: 'one caller; its state’s members and acting heads vary with the delegation',
    rows: (data) => data.me.state.members.length,
    statements: 7,
  },
  {
    name: 'apiClients',
    as: 'secretariat',
    query: `query ($first: Int) { apiClients(first: $first) { totalCount pageInfo { hasNextPage } edges { node {
      id name keyId scopes createdAt lastUsedAt revokedAt state { code } webhooks { id url events createdAt } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.apiClients),
    statements: 5,
  },
  {
    name: 'webhooks of a client with one, and of one with many',
    as: { short: 'machineA', long: 'machineB' },
    query: `query { webhooks { id apiClientId url events createdAt } }`,
    short: () => ({}),
    long: () => ({}),
    rows: (data) => data.webhooks.length,
    statements: 1,
  },

  {
    name: 'webhookDeliveries',
    as: 'secretariat',
    query: `query ($id: ID!) { webhookDeliveries(webhookId: $id) { id webhookId eventType status attempts lastStatusCode lastError nextAttemptAt completedAt createdAt
      attemptLog { number attemptedAt statusCode durationMs error } } }`,
    short: () => ({ id: seeded.fewDeliveriesWebhook }),
    long: () => ({ id: seeded.manyDeliveriesWebhook }),
    rows: (data) => data.webhookDeliveries.length,
    statements: 4,
  },
  {
    name: 'myInbox',
    as: 'gbHead',
    query: `query ($first: Int) { myInbox(first: $first) { unreadCount notifications { totalCount pageInfo { hasNextPage } edges { node {
      id kind text link subjectType subjectId delivery read readAt createdAt } } } } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => edgesOf(data.myInbox.notifications),
    statements: 4,
  },
  {
    name: 'mySessions of a person signed in twice, and of one signed in on many devices',
    as: { short: 'fewSessions', long: 'manySessions' },
    query: `query { mySessions { id userAgent createdAt lastUsedAt expiresAt current } }`,
    short: () => ({}),
    long: () => ({}),
    rows: (data) => data.mySessions.length,
    statements: 2,
  },

  {
    name: 'devMailOutbox',
    as: 'secretariat',
    query: `query ($first: Int) { devMailOutbox(first: $first) { id to subject category locale status createdAt sentAt text html } }`,
    short: () => ({ first: 2 }),
    long: () => ({ first: 20 }),
    rows: (data) => data.devMailOutbox.length,
    statements: 2,
  },
  {
    name: 'myNotificationPreferences',
    as: 'gbHead',
    query: `query { myNotificationPreferences { kind delivery weekday chosen } }`,
    short: () => ({}),
    bounded: 'one row per kind of notification, a closed enum',
    rows: (data) => data.myNotificationPreferences.length,
    statements: 2,
  },
  {
    name: 'previewRelease',
    as: 'secretariat',
    query: `query ($ids: [ID!]!) { previewRelease(input: { proposalIds: $ids }) { ${DRAFT} } }`,
    short: () => ({ ids: seeded.pendingAdoptions.slice(0, 1) }),
    long: () => ({ ids: seeded.pendingAdoptions }),
    rows: (data) => data.previewRelease.changes.length,
    statements: 8,
  },
  {
    name: 'workingDraft',
    as: 'secretariat',
    query: `query { workingDraft { ${DRAFT} } }`,
    short: () => ({}),
    bounded: 'every adopted proposal not yet released; previewRelease measures the same composition on a short and a long list',
    rows: (data) => data.workingDraft.changes.length,
    statements: 8,
  },
  {
    name: 'validateChanges',
    as: 'jp',
    query: `query ($changes: [ChangeInput!]!) { validateChanges(input: { changes: $changes }) { valid baseVersion warnings problems { field message } } }`,
    short: () => ({ changes: seeded.amendments.slice(0, 2) }),
    long: () => ({ changes: seeded.amendments }),
    rows: (_data, variables) => (variables['changes'] as unknown[]).length,
    statements: 7,
  },
  {
    name: 'listVocabulary',
    as: 'jp',
    query: `query { listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } limits { paragraphsPerEntry } } }`,
    short: () => ({}),
    bounded: 'constants of the list format, defined in code',
    rows: (data) => data.listVocabulary.reasons.length,
    statements: 1,
  },
  {
    name: 'signingKeys and trust roots',
    as: 'machineA',
    query: `query { signingKeys { keyId algorithm publicKey current } trustRoots }`,
    short: () => ({}),
    bounded: 'one row per signing key and per root version, rotated by hand a few times in the life of the regime',
    rows: (data) => data.signingKeys.length,
    statements: 0,
  },
];

/** What beforeAll seeds and the cases' variables refer to. */
const seeded = {
  shortHistoryCode: '',
  fewDeliveriesWebhook: '',
  manyDeliveriesWebhook: '',
  pendingAdoptions: [] as string[],
  amendments: [] as unknown[],
};

describe('SQL statements per request, whatever the length of a list (issue 16)', () => {
  let t: TestApp;
  const callers = {} as Record<Caller, GraphQLClient>;

  beforeAll(async () => {
    // The release response cache would answer a repeated pull without a statement: this measures the resolvers.
    t = await startTestApp({ ...QUIET_BACKGROUND, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', RELEASE_RESPONSE_CACHE_BYTES: '0' });
    await seedControlList(t.app);
    await seedRegime(t, callers);
  }, 240_000);
  afterAll(() => t.close());

  it('selects every list field of the schema in some case, or says why not', () => {
    const schema = committedSchema();
    const selected = new Set(CASES.flatMap((listCase) => selectedFields(schema, listCase.query)));
    const lists = listFields(schema);
    expect(lists.filter((field) => !selected.has(field) && !EXCLUDED[field])).toEqual([]);
    // An exclusion that no longer applies is removed, not kept as folklore.
    expect(Object.keys(EXCLUDED).filter((field) => !lists.includes(field) || selected.has(field))).toEqual([]);
    // A case measures a short and a long list, or says why its list has one length.
    expect(CASES.filter((listCase) => !listCase.long === !listCase.bounded).map((listCase) => listCase.name)).toEqual([]);
  });

  it.each(CASES.map((listCase) => [listCase.name, listCase] as const))('%s', async (_name, listCase) => {
    const callerOf = (length: 'short' | 'long') => callers[typeof listCase.as === 'string' ? listCase.as : listCase.as[length]];
    const measure = async (length: 'short' | 'long', variables: Record<string, unknown>) => {
      // A release's first read in a process checks its rows against the signed document once: not part of any page.
      await callerOf(length).data(listCase.query, variables);
      const counter = countQueries(t);
      try {
        const data = await callerOf(length).data(listCase.query, variables);
        return { statements: counter.count(), rows: listCase.rows(data, variables) };
      } finally {
        counter.stop();
      }
    };
    const short = await measure('short', listCase.short());
    const long = listCase.long ? await measure('long', listCase.long()) : short;
    if (listCase.long) expect(long.rows).toBeGreaterThan(short.rows);
    // The pinned count bounds both lengths. A DataLoader batches what is asked for in one tick, so when two sibling
    // batches (two aliased pages, say) happen to become ready together they share statements and a request costs
    // fewer: never more, whatever the length.
    expect(short.statements).toBeLessThanOrEqual(listCase.statements);
    expect(long.statements).toBeLessThanOrEqual(listCase.statements);
  });
});

/**
 * 5A001 with a bandwidth bound moved, and a new f.4 and h.2 that push the old ones (and their notes) down: the diff
 * then has parameters and renumberings to classify, and the crosswalk two rows to page.
 */
function withItemsInserted(entry: BaseEntry): BaseEntry['paragraphs'] {
  const moved: Record<string, string> = { '5A001.f.4': '5A001.f.5', '5A001.h.2': '5A001.h.3' };
  return entry.paragraphs.flatMap((paragraph) => {
    if (paragraph.path === '5A001.b.4.a' && paragraph.kind === 'ITEM') return [{ ...paragraph, text: paragraph.text.replace('exceeding 500 MHz', 'exceeding 1 GHz') }];
    if (!moved[paragraph.path]) return [paragraph];
    const shifted = { ...paragraph, path: moved[paragraph.path] };
    return paragraph.kind === 'ITEM' ? [{ path: paragraph.path, kind: 'ITEM', text: `Equipment designed to do what ${paragraph.path} newly names;` }, shifted] : [shifted];
  });
}

const CREATE_API_CLIENT = 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }';
const REGISTER_WEBHOOK = 'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }';
const PUBLISH = 'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

/**
 * Enough of everything that a long page is long: four releases (5A001 amended in each, seven entries in 2026.2), a
 * dozen proposals in deliberation with comments, cosponsors and ballots, a returned one, adopted ones awaiting release,
 * acting heads, API clients with webhooks and deliveries, sessions, mail and notifications.
 */
async function seedRegime(t: TestApp, callers: Record<Caller, GraphQLClient>): Promise<void> {
  const [secretariat, jp, fr, de, usHead, gbHead, deHead, jpHead] = await Promise.all(
    ['secretariat', 'delegate.jp', 'delegate.fr', 'delegate.de', 'head.us', 'head.gb', 'head.de', 'head.jp'].map((name) => t.as(`${name}@example.org`)),
  );
  const states = new Map<string, string>((await t.db.query(`SELECT code, id FROM participating_state`)).map((row: { code: string; id: string }) => [row.code, row.id]));
  const userId = async (email: string) => (await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;

  const machines: GraphQLClient[] = [];
  for (const code of ['JP', 'FR', 'DE', 'US', 'GB']) {
    const { createApiClient } = await secretariat.data(CREATE_API_CLIENT, { input: { stateId: states.get(code), name: `Licensing ${code}`, scopes: ['RELEASES_READ'] } });
    machines.push(t.gql.as({ apiKey: createApiClient.apiKey }));
  }
  const [machineA, machineB] = machines;
  const { registerWebhook: first } = await machineA.data(REGISTER_WEBHOOK, { input: { url: 'http://127.0.0.1:9/a', events: ['RELEASE_PUBLISHED'] } });
  seeded.manyDeliveriesWebhook = first.webhook.id;

  const { latestRelease } = await jp.data(`{ latestRelease { entries(first: 30) { edges { node { code heading reasons paragraphs { path kind text } } } } } }`);
  const entries: BaseEntry[] = latestRelease.entries.edges.map((edge: { node: BaseEntry }) => edge.node).filter((entry: BaseEntry) => entry.code !== '5A001');
  const amend = (entry: BaseEntry, note: string) => ({ kind: 'AMEND_ENTRY', code: entry.code, entry: entryInput(entry, { heading: `${entry.heading} (${note})` }) });
  const current = async (code: string) => (await jp.data(`query ($code: String!) { latestRelease { entry(code: $code) { code heading reasons paragraphs { path kind text } } } }`, { code })).latestRelease.entry as BaseEntry;

  // An entry added in the last release has the shortest history; without quotes, its text uses no defined term.
  const unquoted = entries[0].paragraphs.map((paragraph) => ({ ...paragraph, text: paragraph.text.replace(/[“”]/g, '') }));
  const adoptedFor = async (version: string, extra: readonly BaseEntry[]) => {
    const fiveA001 = await current('5A001');
    const changes: unknown[] = [
      version === '2026.2' ? amend({ ...fiveA001, paragraphs: withItemsInserted(fiveA001) }, `as of ${version}`) : amend(fiveA001, `as of ${version}`),
      ...extra.map((entry) => amend(entry, version)),
    ];
    if (version === '2026.3') changes.push({ kind: 'ADD_ENTRY', entry: entryInput({ ...entries[0], code: '5A999', heading: 'Added in 2026.3', paragraphs: unquoted }) });
    return adoptedProposal(t, jp, `Headings for ${version}`, changes);
  };
  const publish = (version: string, proposal: { id: string }) => secretariat.data(PUBLISH, { input: { version, proposalIds: [proposal.id] } });
  await publish('2026.1', await adoptedFor('2026.1', []));
  await publish('2026.2', await adoptedFor('2026.2', entries.slice(0, 6)));
  // Adopted now, published once the proposals below exist: they are then written against an older release.
  const last = await adoptedFor('2026.3', []);
  seeded.shortHistoryCode = '5A999';
  seeded.amendments = entries.slice(0, 8).map((entry) => amend(entry, 'checked'));

  for (const entry of entries.slice(10, 13)) {
    seeded.pendingAdoptions.push((await adoptedProposal(t, jp, `Awaiting release: ${entry.code}`, [amend(entry, 'pending')])).id);
  }

  // Proposals in deliberation, sponsored by France: comments from Germany (edited) with France's replies, Germany as
  // cosponsor of every other one, ballots on the first eight with positions the United States and Germany took.
  const discuss = async (proposalId: string, i: number) => {
    const { addComment: question } = await de.data('mutation ($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { proposalId, body: `Why ${i}?` } });
    await de.data('mutation ($i: EditCommentInput!) { editComment(input: $i) { id } }', { i: { commentId: question.id, body: `Why, for proposal ${i}?` } });
    await fr.data('mutation ($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { proposalId, replyTo: question.id, body: `Because ${i}.` } });
  };
  const join = (proposalId: string) => de.data('mutation ($i: ProposalActionInput!) { joinProposal(input: $i) { id } }', { i: { proposalId } });
  const revise = (proposalId: string) => fr.data('mutation ($i: ReviseProposalInput!) { reviseProposal(input: $i) { id } }', { i: { proposalId, expectedRevision: 1, title: 'Clarified again' } });
  const ballot = async (proposalId: string, positions: [GraphQLClient, string][]) => {
    const { openBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId, rule: 'CONSENSUS', closesAt: inHours(48) } });
    for (const [head, position] of positions) {
      await head.data('mutation ($i: CastPositionInput!) { castPosition(input: $i) { position } }', { i: { ballotId: openBallot.id, position, statement: `Our ${position}` } });
    }
  };
  const deliberated: string[] = [];
  for (let i = 0; i < 10; i++) {
    const { id } = await submittedProposal(fr, `Clarify ${entries[6 + (i % 4)].code} (${i})`, [amend(entries[6 + (i % 4)], `clarified ${i}`)]);
    deliberated.push(id);
    await discuss(id, i);
    if (i % 2) await join(id);
  }
  await revise(deliberated[9]);
  // The newest proposals and ballots, what the short pages show, have every relation a client reads: comments edited
  // and answered, a cosponsor, two revisions, a return, and two ballots, the latest with positions taken twice.
  const showcase: string[] = [];
  for (const n of [1, 2]) {
    const { id } = await submittedProposal(fr, `Clarify ${entries[6 + n].code} once more`, [amend(entries[6 + n], `showcase ${n}`)]);
    showcase.push(id);
    await discuss(id, 10 + n);
    await join(id);
    await revise(id);
  }
  await publish('2026.3', last);

  // France has the newest release in force with one entry left out, Germany an older one with a deviation on each
  // entry that release amended, Japan the one before without any.
  const record = (client: GraphQLClient, state: string, version: string, codes: string[], entryIntoForce: string) =>
    client.data('mutation ($input: RecordImplementationInput!) { recordImplementation(input: $input) { revision } }', {
      input: {
        version,
        state,
        expectedRevision: 0,
        status: codes.length ? 'IMPLEMENTED_WITH_DEVIATIONS' : 'IMPLEMENTED',
        legalReference: `Act ${state} ${version}`,
        entryIntoForce,
        deviations: codes.map((entryCode, i) => ({ entryCode, reason: i ? 'NARROWER_SCOPE' : 'NOT_TRANSPOSED', explanation: `Not as in ${version}.` })),
      },
    });
  await record(fr, 'FR', '2026.3', ['5A001'], '2027-03-01');
  await record(de, 'DE', '2026.2', entries.slice(0, 6).map((entry) => entry.code), '2027-01-01');
  await record(jp, 'JP', '2026.1', [], '2026-12-01');

  // Client B's webhooks come after the publications: one delivery each, against client A's publications and this one.
  for (let i = 0; i < 8; i++) {
    const { registerWebhook } = await machineB.data(REGISTER_WEBHOOK, { input: { url: `http://127.0.0.1:9/b-${i}`, events: ['RELEASE_PUBLISHED'] } });
    if (i === 0) seeded.fewDeliveriesWebhook = registerWebhook.webhook.id;
  }
  const event = concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, { version: '2026.3', digest: 'ab'.repeat(32) });
  await t.db.transaction((manager) => t.app.get(WebhookService).enqueueForEvent(manager, event));

  for (const [i, proposalId] of deliberated.slice(0, 8).entries()) {
    const positions: [GraphQLClient, string][] = [];
    if (i < 6) positions.push([usHead, 'SUPPORT']);
    if (i < 3) positions.push([usHead, 'RESERVATION']);
    if (i < 2 || i >= 6) positions.push([deHead, 'ABSTAIN']);
    await ballot(proposalId, positions);
  }
  for (const id of showcase) {
    await adopt(secretariat, id);
    await secretariat.data('mutation ($i: ReturnProposalInput!) { returnProposal(input: $i) { id } }', { i: { proposalId: id, reason: 'Conflicts with 2026.3; please rebase.' } });
    await ballot(id, [[usHead, 'SUPPORT'], [usHead, 'RESERVATION'], [deHead, 'ABSTAIN']]);
  }

  await jpHead.data('mutation ($i: AppointActingHeadInput!) { appointActingHead(input: $i) { id } }', { i: { delegateId: await userId('delegate.jp@example.org'), startsAt: inHours(1), endsAt: inHours(72) } });
  // Australia's and Canada's delegates come first in the users list by email.
  for (const code of ['au', 'ca']) {
    const head = await t.as(`head.${code}@example.org`);
    await head.data('mutation ($i: AppointActingHeadInput!) { appointActingHead(input: $i) { id } }', { i: { delegateId: await userId(`delegate.${code}@example.org`), startsAt: inHours(2), endsAt: inHours(96) } });
  }

  for (const name of ['delegate.it', 'delegate.ca', 'delegate.au', 'delegate.nl', 'delegate.kr', 'head.it', 'head.ca']) {
    await t.gql.data('mutation ($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', { i: { email: `${name}@example.org` } });
  }
  // The outbox is sent on its own right after a write: the cases count only their own statements once it is done.
  await eventually(async () => (await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'PENDING'`))[0].n === 0);

  const signIn = async (email: string) => (await t.gql.data(LOGIN, { input: { email, password: DEMO_PASSWORD } })).login.accessToken as string;
  let token = '';
  for (let i = 0; i < 2; i++) token = await signIn('delegate.kr@example.org');
  const fewSessions = t.gql.as({ token });
  for (let i = 0; i < 8; i++) token = await signIn('delegate.nl@example.org');
  const manySessions = t.gql.as({ token });

  Object.assign(callers, { secretariat, fr, jp, usHead, gbHead, machineA, machineB, fewSessions, manySessions });
}
