import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ENTRY = `code heading status reasons definitions paragraphs { path kind text }
  relatedControls { text references { regime code } } correlations { scheme code relation }`;
const MEANING = `meaning { meanings parameters { path direction before { comparator value unit text } after { comparator value unit text } } renumbered { oldPath newPath kind } }`;

type Paragraph = { path: string; kind: string; text: string };

describe('releaseDiff meanings and the crosswalk', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let proposalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    const { latestRelease } = await jp.data(`{ latestRelease { entry(code: "5A001") { ${ENTRY} } } }`);
    const e = latestRelease.entry;
    // 5A001.b.4.a's bandwidth bound goes from 500 MHz to 1 GHz; a new f.4 pushes the old f.4 (and its notes) to f.5,
    // a new h.2 the old h.2 to h.3.
    const inserted: Record<string, string> = {
      '5A001.f.4': 'Equipment designed to locate mobile handsets by their radio emissions;',
      '5A001.h.2': 'Equipment designed to detect remotely triggered devices;',
    };
    const moved: Record<string, string> = { '5A001.f.4': '5A001.f.5', '5A001.h.2': '5A001.h.3' };
    const paragraphs: Paragraph[] = [];
    for (const p of e.paragraphs as Paragraph[]) {
      if (p.path === '5A001.b.4.a' && p.kind === 'ITEM') paragraphs.push({ ...p, text: p.text.replace('exceeding 500 MHz', 'exceeding 1 GHz') });
      else if (inserted[p.path] && p.kind === 'ITEM') paragraphs.push({ path: p.path, kind: 'ITEM', text: inserted[p.path] }, { ...p, path: moved[p.path] });
      else paragraphs.push(moved[p.path] ? { ...p, path: moved[p.path] } : p);
    }
    const entry = {
      code: e.code,
      heading: e.heading,
      status: e.status,
      reasons: [...e.reasons, 'HR'],
      paragraphs,
      definitions: e.definitions,
      relatedControlsText: e.relatedControls.text,
      references: e.relatedControls.references,
      correlations: e.correlations,
    };
    const proposal = await adoptedProposal(t, jp, 'Wider bandwidth, handset locators in 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry }]);
    proposalId = proposal.id;
    await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, {
      input: { version: '2026.1', proposalIds: [proposal.id] },
    });
  });
  afterAll(() => t.close());

  it('says why 5A001 changed: a narrowed bandwidth bound with its numbers, a new item, a renumbering, a new reason', async () => {
    const { releaseDiff } = await jp.data(`{ releaseDiff(from: "2026.0", to: "2026.1") { changes { code kind ${MEANING} } } }`);
    const [change] = releaseDiff.changes;
    expect([change.code, change.kind]).toEqual(['5A001', 'AMENDED']);
    expect(change.meaning.meanings).toEqual(['NEW_CONTROL', 'NARROWED', 'REASONS_CHANGED', 'RENUMBERED']);
    expect(change.meaning.parameters).toEqual([
      {
        path: '5A001.b.4.a',
        direction: 'NARROWED',
        before: { comparator: 'ABOVE', value: 500, unit: 'MHz', text: 'exceeding 500 MHz' },
        after: { comparator: 'ABOVE', value: 1, unit: 'GHz', text: 'exceeding 1 GHz' },
      },
    ]);
    expect(change.meaning.renumbered).toEqual([
      { oldPath: '5A001.f.4', newPath: '5A001.f.5', kind: 'PARAGRAPH' },
      { oldPath: '5A001.h.2', newPath: '5A001.h.3', kind: 'PARAGRAPH' },
    ]);

    const { release } = await jp.data(`{ release(version: "2026.1") { changes { code ${MEANING} redline { meaning { meanings } } } } }`);
    expect(release.changes[0].meaning).toEqual(change.meaning);
    expect(release.changes[0].redline.meaning.meanings).toEqual(change.meaning.meanings);
  });

  it('classifies the proposal’s own redline the same way', async () => {
    const { proposal } = await jp.data(`query ($id: ID!) { proposal(id: $id) { revision { changes { redline { ${MEANING} } } } } }`, { id: proposalId });
    expect(proposal.revision.changes[0].redline.meaning.meanings).toEqual(['NEW_CONTROL', 'NARROWED', 'REASONS_CHANGED', 'RENUMBERED']);
  });

  it('serves the crosswalk a consumer moves its references with, page by page', async () => {
    const query = `query ($after: String) { releaseCrosswalk(from: "2026.0", to: "2026.1", first: 1, after: $after) {
      totalCount edges { node { oldPath newPath kind } } pageInfo { hasNextPage endCursor } } }`;
    const { releaseCrosswalk: first } = await jp.data(query, { after: null });
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((edge: { node: unknown }) => edge.node)).toEqual([{ oldPath: '5A001.f.4', newPath: '5A001.f.5', kind: 'PARAGRAPH' }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const { releaseCrosswalk: second } = await jp.data(query, { after: first.pageInfo.endCursor });
    expect(second.edges.map((edge: { node: unknown }) => edge.node)).toEqual([{ oldPath: '5A001.h.2', newPath: '5A001.h.3', kind: 'PARAGRAPH' }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const backwards = await jp.request(`{ releaseCrosswalk(from: "2026.1", to: "2026.0") { totalCount } }`);
    expect(errorOf(backwards)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DIFF_BACKWARDS' });
  });
});
