import { createHash } from 'node:crypto';
import { seedControlList } from '@concord/database';
import { RootMetadata, verifyReleaseDocument } from '@concord/releases';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, BaseEntry, entryInput } from './support/fixtures';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const RECORD = `mutation ($input: RecordTranslationsInput!) { recordTranslations(input: $input) { language state units } }`;
const WITHDRAW = `mutation ($input: WithdrawTranslationsInput!) { withdrawTranslations(input: $input) { language state units } }`;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`;
const TEXTS = `query ($version: String!, $language: String) { release(version: $version) { authenticLanguages
  entry(code: "5A001") { heading headingTexts(language: $language) { language text status stale recordedBy }
    paragraphs { path kind text texts(language: $language) { language text status stale sourceDigest recordedBy recordedAt } } } } }`;

interface TextNode {
  language: string;
  text: string;
  status: string;
  stale: boolean;
  sourceDigest: string;
  recordedBy: string | null;
}

/** A translation unit for each paragraph, numbered among the paragraphs of its kind and path as the API numbers them. */
function unitsOf(entry: BaseEntry, translate: (text: string) => string) {
  const seen = new Map<string, number>();
  return entry.paragraphs.map((paragraph) => {
    const place = `${paragraph.kind} ${paragraph.path}`;
    const occurrence = seen.get(place) ?? 0;
    seen.set(place, occurrence + 1);
    return { kind: paragraph.kind, path: paragraph.path, occurrence, text: translate(paragraph.text), sourceDigest: sha256(paragraph.text) };
  });
}

describe('texts in several languages: translations recorded by delegations, authentic texts by ballot, staleness', () => {
  let t: TestApp;
  let fr: GraphQLClient;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let e5A001: BaseEntry;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    [fr, jp, secretariat] = await Promise.all([t.as('delegate.fr@example.org'), t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    e5A001 = await baseEntry(jp, '5A001');
  });
  afterAll(() => t.close());

  it('lets France record a French translation of 5A001 against 2026.0, shown labelled, recorded by FR, not stale, audited', async () => {
    const units = [{ kind: 'HEADING', path: '5A001', occurrence: 0, text: `FR: ${e5A001.heading}`, sourceDigest: sha256(e5A001.heading) }, ...unitsOf(e5A001, (text) => `FR: ${text}`)];
    const { recordTranslations } = await fr.data(RECORD, { input: { language: 'fr', units } });
    expect(recordTranslations).toEqual({ language: 'fr', state: 'FR', units: units.length });

    const { release } = await jp.data(TEXTS, { version: '2026.0', language: 'fr' });
    expect(release.authenticLanguages).toEqual(['en']);
    expect(release.entry.headingTexts).toEqual([{ language: 'fr', text: `FR: ${e5A001.heading}`, status: 'TRANSLATION', stale: false, recordedBy: 'FR' }]);
    for (const paragraph of release.entry.paragraphs) {
      expect(paragraph.texts).toEqual([expect.objectContaining({ language: 'fr', text: `FR: ${paragraph.text}`, status: 'TRANSLATION', stale: false, recordedBy: 'FR', sourceDigest: sha256(paragraph.text) })]);
    }
    const { auditLog } = await secretariat.data('{ auditLog(filter: { action: TRANSLATIONS_RECORDED }) { edges { node { objectId stateCode summary } } } }');
    expect(auditLog.edges).toEqual([{ node: expect.objectContaining({ objectId: 'FR/fr', stateCode: 'FR' }) }]);
    expect(JSON.parse(auditLog.edges[0].node.summary)).toEqual({ language: 'fr', status: 'TRANSLATION', units: units.length, entries: ['5A001'] });
  });

  it('refuses bad translations with a stable reason and changes nothing; only delegations record', async () => {
    const place = { kind: 'ITEM', path: e5A001.paragraphs[0].path, occurrence: 0 };
    const unit = { ...place, text: 'x', sourceDigest: sha256('x') };
    const [{ count: before }] = await t.db.query(`SELECT count(*)::int AS count FROM list_translation`);
    expect(errorOf(await fr.request(RECORD, { input: { language: 'en', units: [unit] } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LANGUAGE' });
    expect(errorOf(await fr.request(RECORD, { input: { language: 'fr', units: [unit, unit] } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_TRANSLATION_UNIT' });
    expect(errorOf(await fr.request(RECORD, { input: { language: 'fr', units: [{ ...unit, sourceDigest: 'abc' }] } }))?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await fr.request(WITHDRAW, { input: { language: 'de', units: [place] } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TRANSLATION_NOT_FOUND' });
    expect(errorOf(await secretariat.request(RECORD, { input: { language: 'fr', units: [unit] } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const [{ count: after }] = await t.db.query(`SELECT count(*)::int AS count FROM list_translation`);
    expect(after).toBe(before);
  });

  it('records MACHINE translations apart, labelled, and lets their delegation withdraw them', async () => {
    const units = unitsOf(e5A001, (text) => `JA: ${text}`).slice(0, 2);
    await jp.data(RECORD, { input: { language: 'ja', status: 'MACHINE', units } });
    const { release } = await fr.data(TEXTS, { version: '2026.0', language: 'ja' });
    expect(release.entry.paragraphs[0].texts).toEqual([expect.objectContaining({ status: 'MACHINE', recordedBy: 'JP', stale: false })]);
    const { withdrawTranslations } = await jp.data(WITHDRAW, { input: { language: 'ja', units: units.map(({ kind, path, occurrence }) => ({ kind, path, occurrence })) } });
    expect(withdrawTranslations.units).toBe(2);
    expect((await fr.data(TEXTS, { version: '2026.0', language: 'ja' })).release.entry.paragraphs[0].texts).toEqual([]);
  });

  it('loads the texts of a page of entries with the same number of statements for 10 entries as for 200', async () => {
    const PAGE = `query ($first: Int) { release(version: "2026.0") { entries(first: $first) { edges { node { code
      headingTexts { text } paragraphs { text texts { text stale } } } } } } }`;
    const statementsFor = async (first: number) => {
      const counter = countQueries(t);
      try {
        await jp.data(PAGE, { first });
        return counter.count();
      } finally {
        counter.stop();
      }
    };
    // The release's entry rows are read once and kept (ReleasedEntries); the first page of one entry keeps them, so
    // that neither page below is the one that reads them.
    await jp.data(`{ release(version: "2026.0") { entries(first: 1) { edges { node { code } } } } }`);
    const ten = await statementsFor(10);
    expect(await statementsFor(200)).toBe(ten);
    // release, paragraphs, references, correlations of the entries not kept yet, every text of the page in one
    // statement, the rows' integrity check (+ at most the caller's own authentication lookups)
    expect(ten).toBeLessThanOrEqual(10);
  });

  it('marks the French translation of an amended paragraph stale in the next release, not in the one it was made for; carries an adopted authentic French text in the signed document', async () => {
    const amendedText = `${e5A001.paragraphs[0].text} (amended)`;
    const authenticFrench = 'Systèmes, équipements et composants de télécommunications (texte authentique).';
    const paragraphs = e5A001.paragraphs.map((p, i) => (i === 0 ? { ...p, text: amendedText, texts: [{ language: 'fr', text: authenticFrench }] } : p));
    const definition = { term: 'lawful interception', text: 'Interception authorised by law.', texts: [{ language: 'fr', text: 'Interception autorisée par la loi.' }] };
    const amendment = await adoptedProposal(t, jp, 'Amend 5A001, in English and French', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e5A001, { paragraphs }) },
      { kind: 'ADD_DEFINITION', definition },
    ]);
    const { proposal } = await jp.data(`query ($id: ID!) { proposal(id: $id) { revision { changes { redline { paragraphs { change texts { language change segments { kind text } } } } } } } }`, { id: amendment.id });
    expect(proposal.revision.changes[0].redline.paragraphs[0]).toEqual({
      change: 'CHANGED',
      texts: [{ language: 'fr', change: 'ADDED', segments: [{ kind: 'INSERTED', text: authenticFrench }] }],
    });
    await secretariat.data(PUBLISH, { input: { version: '2026.1', proposalIds: [amendment.id] } });

    const next = (await jp.data(TEXTS, { version: '2026.1', language: 'fr' })).release;
    expect(next.authenticLanguages).toEqual(['en', 'fr']);
    const [first, second] = next.entry.paragraphs as { text: string; texts: TextNode[] }[];
    expect(first.text).toBe(amendedText);
    expect(first.texts.map(({ status, stale, recordedBy }) => ({ status, stale, recordedBy }))).toEqual([
      { status: 'AUTHENTIC', stale: false, recordedBy: null },
      { status: 'TRANSLATION', stale: true, recordedBy: 'FR' },
    ]);
    expect(second.texts).toEqual([expect.objectContaining({ status: 'TRANSLATION', stale: false })]);
    expect(next.entry.headingTexts).toEqual([expect.objectContaining({ status: 'TRANSLATION', stale: false })]);

    const { release: withDefinitions } = await jp.data(`{ release(version: "2026.1") { definitions { term texts(language: "fr") { text status stale } } } }`);
    expect(withDefinitions.definitions.find((d: { term: string }) => d.term === definition.term).texts).toEqual([{ text: definition.texts[0].text, status: 'AUTHENTIC', stale: false }]);

    const previous = (await jp.data(TEXTS, { version: '2026.0', language: 'fr' })).release;
    expect(previous.entry.paragraphs[0].texts).toEqual([expect.objectContaining({ status: 'TRANSLATION', stale: false })]);

    const { release } = await jp.data(`{ release(version: "2026.1") { digest document signature { keyId algorithm value } } }`);
    const { trustRoot } = await jp.data('{ trustRoot }');
    const verdict = verifyReleaseDocument({ bytes: Buffer.from(release.document, 'utf8'), signature: release.signature, root: trustRoot.signed as RootMetadata, expectedDigest: release.digest });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.document.list.languages).toEqual(['en', 'fr']);
    const signed = verdict.document.list.entries.find((entry) => entry.code === '5A001')!;
    expect(signed.paragraphs[0].texts).toEqual({ fr: { text: authenticFrench, sourceDigest: sha256(amendedText) } });
    expect(verdict.document.list.definitions.find((d) => d.term === definition.term)!.texts).toEqual({ fr: { text: definition.texts[0].text, sourceDigest: sha256(definition.text) } });
  });
});
