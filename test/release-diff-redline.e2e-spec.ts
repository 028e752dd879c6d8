import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ENTRY = `code heading status reasons definitions paragraphs { path kind text }
  relatedControls { text references { regime code } } correlations { scheme code relation }`;
const REDLINE = `redline { fields { field change segments { kind text } } paragraphs { path kind change segments { kind text } } }`;

type Segment = { kind: string; text: string };
type Redline = { fields: { field: string; change: string; segments: Segment[] }[]; paragraphs: { path: string; kind: string; change: string; segments: Segment[] }[] };
const marked = (segments: Segment[], kind: string) => segments.filter((s) => s.kind === kind).map((s) => s.text.trim()).filter(Boolean);

describe('releaseDiff and a release’s changelog as redlines', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let reference: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    const { latestRelease } = await jp.data(`{ latestRelease { entry(code: "5A001") { ${ENTRY} } } }`);
    const e = latestRelease.entry;
    const paragraphs = e.paragraphs.map((p: { path: string; kind: string; text: string }) =>
      p.path === '5A001.a.2' && p.kind === 'ITEM' ? { ...p, text: 'Specially hardened to withstand gamma, neutron, proton or ion radiation;' } : p,
    );
    const index = paragraphs.findIndex((p: { path: string }) => p.path === '5A001.a.2');
    paragraphs.splice(index + 1, 0, { path: '5A001.a.2', kind: 'NOTE', text: 'Hardening by shielding alone is not enough.' });
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
    const proposal = await adoptedProposal(t, jp, 'Protons in 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry },
      { kind: 'ADD_DEFINITION', definition: { term: 'specially designed', text: 'Developed for a particular purpose.' } },
    ]);
    reference = proposal.reference;
    await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, {
      input: { version: '2026.1', proposalIds: [proposal.id] },
    });
  });
  afterAll(() => t.close());

  it('marks the words inserted and deleted between two releases, per field and per paragraph', async () => {
    const { releaseDiff } = await jp.data(`{ releaseDiff(from: "2026.0", to: "2026.1") { changes { subject code term kind proposal ${REDLINE} } } }`);
    const [amended, added] = releaseDiff.changes as ({ code: string; term: string; kind: string; proposal: string; redline: Redline })[];
    expect([amended.code, amended.kind, amended.proposal]).toEqual(['5A001', 'AMENDED', reference]);
    const reasons = amended.redline.fields.find((f) => f.field === 'reasons')!;
    expect(reasons.change).toBe('CHANGED');
    expect(marked(reasons.segments, 'INSERTED').join(' ')).toContain('HR');
    expect(amended.redline.fields.find((f) => f.field === 'heading')!.change).toBe('UNCHANGED');
    const item = amended.redline.paragraphs.find((p) => p.path === '5A001.a.2' && p.kind === 'ITEM')!;
    expect(item.change).toBe('CHANGED');
    expect(marked(item.segments, 'INSERTED').join(' ')).toContain('proton');
    expect(marked(item.segments, 'DELETED')).toEqual([]);
    expect(item.segments.map((s) => s.text).join('')).toBe('Specially hardened to withstand gamma, neutron, proton or ion radiation;');
    const note = amended.redline.paragraphs.find((p) => p.path === '5A001.a.2' && p.kind === 'NOTE')!;
    expect(note).toEqual({ path: '5A001.a.2', kind: 'NOTE', change: 'ADDED', segments: [{ kind: 'INSERTED', text: 'Hardening by shielding alone is not enough.' }] });
    expect(amended.redline.paragraphs.filter((p) => p.change !== 'UNCHANGED')).toHaveLength(2);

    expect([added.term, added.kind]).toEqual(['specially designed', 'ADDED']);
    expect(added.redline.paragraphs).toEqual([]);
    expect(added.redline.fields.find((f) => f.field === 'text')).toEqual({
      field: 'text',
      change: 'ADDED',
      segments: [{ kind: 'INSERTED', text: 'Developed for a particular purpose.' }],
    });
  });

  it('gives the same redline on the release’s own changelog, and the baseline’s entries as wholly inserted', async () => {
    const { release } = await jp.data(`{ release(version: "2026.1") { changes { code ${REDLINE} } } }`);
    const { releaseDiff } = await jp.data(`{ releaseDiff(from: "2026.0", to: "2026.1") { changes { code ${REDLINE} } } }`);
    expect(release.changes).toEqual(releaseDiff.changes);
    const { release: baseline } = await jp.data(`{ release(version: "2026.0") { changes { code kind ${REDLINE} } } }`);
    const e5A001 = baseline.changes.find((c: { code: string }) => c.code === '5A001');
    expect(e5A001.kind).toBe('ADDED');
    expect(e5A001.redline.paragraphs.every((p: { change: string; segments: Segment[] }) => p.change === 'ADDED' && p.segments.every((s) => s.kind === 'INSERTED'))).toBe(true);
  });

  it('diffs a release against itself as no change at all', async () => {
    const { releaseDiff } = await jp.data(`{ releaseDiff(from: "2026.1", to: "2026.1") { changes { code ${REDLINE} } } }`);
    expect(releaseDiff.changes).toEqual([]);
  });
});
