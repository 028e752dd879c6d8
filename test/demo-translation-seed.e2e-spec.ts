import { seedControlList, seedDemoTranslations } from '@concord/database';
import { startTestApp, TestApp } from './support/test-app';

const ENTRY = `{ release(version: "2026.0") { entry(code: "5A001") {
  headingTexts(language: "fr") { status stale recordedBy text }
  paragraphs { path texts(language: "fr") { status stale recordedBy text } }
} } }`;

describe('demo translation seed: a fresh demo installation shows 5A001 side by side in French', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
  });
  afterAll(() => t.close());

  it("records France's translation of 5A001 once, current against the release it was made from", async () => {
    expect(await seedDemoTranslations(t.app, t.db)).toBe(9);
    // A restart, or a second server on the same database, adds nothing.
    expect(await Promise.all([seedDemoTranslations(t.app, t.db), seedDemoTranslations(t.app, t.db)])).toEqual([undefined, undefined]);

    const { release } = await (await t.as('delegate.jp@example.org')).data(ENTRY);
    expect(release.entry.headingTexts).toEqual([{ status: 'TRANSLATION', stale: false, recordedBy: 'FR', text: expect.stringContaining('télécommunications') }]);
    const translated = release.entry.paragraphs.filter((paragraph: { texts: unknown[] }) => paragraph.texts.length);
    expect(translated.map((paragraph: { path: string }) => paragraph.path)).toEqual([
      '5A001.j', '5A001.j.1', '5A001.j.1.a', '5A001.j.1.b', '5A001.j.1.c', '5A001.j.2', '5A001.j.2.a', '5A001.j.2.b',
    ]);
    expect(translated.every((paragraph: { texts: { stale: boolean; status: string }[] }) => !paragraph.texts[0].stale && paragraph.texts[0].status === 'TRANSLATION')).toBe(true);
  });
});
