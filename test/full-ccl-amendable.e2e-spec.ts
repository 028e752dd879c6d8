import { ControlListImporter } from '@concord/releases';
import { GraphQLClient } from '@concord/shared/testing';
import { parsedCcl } from './control-list-fixtures';
import { adopt, CREATE_PROPOSAL, justification, SUBMIT_PROPOSAL } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PAGE = `query ($after: String) { release(version: "2026.0") { entries(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { code heading status reasons definitions paragraphs { path kind text }
    relatedControls { text references { regime code } } correlations { scheme code relation } } } } } }`;
const PREVIEW = `query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { publishable conflicts { message } changes { kind } } }`;
const CHANGES_PER_PROPOSAL = 50;

type PulledEntry = Record<string, any>;

/** An entry as pulled, in the shape the drafting API takes it. */
const asInput = (entry: PulledEntry) => ({
  code: entry.code,
  heading: entry.heading,
  status: entry.status,
  reasons: entry.reasons,
  paragraphs: entry.paragraphs,
  relatedControlsText: entry.relatedControls.text,
  references: entry.relatedControls.references,
  definitions: entry.definitions,
  correlations: entry.correlations,
});

/** A real amendment of every entry: human rights added as a reason, or taken out where it is already one. */
const amended = (entry: PulledEntry) => ({
  ...asInput(entry),
  reasons: entry.reasons.includes('HR') ? entry.reasons.filter((reason: string) => reason !== 'HR') : [...entry.reasons, 'HR'],
});

/**
 * The limits at drafting are the list's own: every entry of the full 2026-07-23 CCL, as imported, can be amended
 * and removed through the same API delegations use, put to a ballot, and previewed as publishable; the amendments
 * are then published for real, so every database constraint of the snapshot sees every amended entry.
 */
describe('every entry of the full CCL can be amended and removed', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let entries: PulledEntry[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ControlListImporter).importBaseline(parsedCcl().document, { version: '2026.0' });
    [jp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    entries = [];
    for (let after: string | undefined, more = true; more; ) {
      const { release } = await jp.data(PAGE, { after });
      entries.push(...release.entries.edges.map((edge: { node: PulledEntry }) => edge.node));
      ({ hasNextPage: more, endCursor: after } = release.entries.pageInfo);
    }
  });
  afterAll(() => t.close());

  /** Drafts, submits and adopts one proposal per 50 changes; returns their ids. */
  async function adoptInChunks(title: string, toChange: (entry: PulledEntry) => unknown): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < entries.length; start += CHANGES_PER_PROPOSAL) {
      const changes = entries.slice(start, start + CHANGES_PER_PROPOSAL).map(toChange);
      const { createProposal } = await jp.data(CREATE_PROPOSAL, { input: { title: `${title} ${start / CHANGES_PER_PROPOSAL + 1}`, rationale: 'Review of the whole list.', justification, changes } });
      await jp.data(SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } });
      await adopt(secretariat, createProposal.id);
      ids.push(createProposal.id);
    }
    return ids;
  }

  it('drafts, ballots and previews the removal of all 633 entries, and publishes the amendment of all 633', async () => {
    expect(entries).toHaveLength(633);
    const removals = await adoptInChunks('Remove', (entry) => ({ kind: 'REMOVE_ENTRY', code: entry.code }));
    const removalPreview = (await secretariat.data(PREVIEW, { input: { proposalIds: removals } })).previewRelease;
    expect(removalPreview.conflicts).toEqual([]);
    expect(removalPreview).toMatchObject({ publishable: true });
    expect(removalPreview.changes.filter((change: { kind: string }) => change.kind === 'REMOVED')).toHaveLength(633);

    const amendments = await adoptInChunks('Amend', (entry) => ({ kind: 'AMEND_ENTRY', code: entry.code, entry: amended(entry) }));
    const amendmentPreview = (await secretariat.data(PREVIEW, { input: { proposalIds: amendments } })).previewRelease;
    expect(amendmentPreview).toMatchObject({ publishable: true, conflicts: [] });
    expect(amendmentPreview.changes).toHaveLength(633);
    const { publishRelease } = await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version entryCount } }`, {
      input: { version: '2026.1', proposalIds: amendments },
    });
    expect(publishRelease).toEqual({ version: '2026.1', entryCount: 633 });
  });
});
