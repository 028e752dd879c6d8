import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer, WebSession } from './support';
import { runConcord } from '../support/concord-cli';

const SECRETARIAT = 'secretariat@example.org';
const PROPOSAL_URL = /\/proposals\/[0-9a-f-]{36}$/;
const HEADING = 'Internet surveillance systems';

interface Drafted {
  title: string;
  reference: string;
}

const concord = (...args: string[]) => runConcord(args);

/**
 * One plenary cycle through the screens alone: two delegations amend 5A001 and submit; the secretariat adopts one by
 * silence and puts the other to a consensus ballot; three heads take positions (a reservation, later lifted); the
 * secretariat closes the ballot, composes the next release, resolves the conflict between the two amendments and
 * publishes 2026.1 by keyboard; then issues an API key that the CLI pulls and verifies 2026.1 with.
 */
describeInBrowser('a plenary cycle, from the proposals to the release a member government pulls', () => {
  let server: WebServer;
  let browser: Browser;
  let secretariat: WebSession;
  let work: string;
  let consensus: Drafted; // Japan's, put to the consensus ballot and published.
  let silence: Drafted; // France's, adopted by silence and left out of 2026.1 when the two conflict.
  let published: { digest: string; keyId: string };

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
    secretariat = await newWebSession(browser, server.baseUrl);
    await secretariat.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await signIn(secretariat.page, SECRETARIAT);
    work = mkdtempSync(join(tmpdir(), 'concord-plenary-'));
  });
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
    await secretariat?.close();
    await browser?.close();
    await server?.close();
  });

  /** A delegate finds 5A001 in the list, amends its heading from its text, saves the draft and submits it for review. */
  async function draftAndSubmit(email: string, title: string, heading: string, shots: boolean): Promise<Drafted> {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The list' }).click();
    await page.getByRole('heading', { level: 1, name: 'The list' }).waitFor();
    await page.getByLabel('Code or words').fill('5A001');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByRole('link', { name: '5A001', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'list (5A001 found)');
    await page.getByRole('link', { name: '5A001', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^5A001 — / }).waitFor();
    await expectNoAxeViolations(page, 'list entry');
    await page.getByRole('link', { name: 'Propose an amendment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft a new proposal' }).waitFor();
    await page.getByText('The text below is 5A001 as it stands in release 2026.0').waitFor();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Rationale').fill('Internet surveillance serves the arrest of journalists; the heading should say so.');
    await page.getByLabel('Human-rights risk').fill('Mass interception of a population’s communications.');
    await page.getByLabel('Heading', { exact: true }).fill(heading);
    await expectNoAxeViolations(page, 'drafting');
    if (shots) await screenshot(page, 'plenary-drafting');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(PROPOSAL_URL);
    const h1 = page.getByRole('heading', { level: 1, name: `: ${title}` });
    await h1.waitFor();
    const reference = (await h1.textContent())!.replace(`: ${title}`, '');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('group').getByText('Submit revision 1 for review?', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'proposal (confirm submission)');
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByRole('status').getByText('Submitted for review.').waitFor();
    await page.getByTestId('proposal-status').filter({ hasText: 'Under review' }).waitFor();
    await expectNoAxeViolations(page, 'proposal (submitted)');
    if (shots) await screenshot(page, 'plenary-proposal-submitted');
    session.expectNoOutsideRequests();
    await session.close();
    return { title, reference };
  }

  const card = (page: Page, proposal: Drafted) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${proposal.reference} — ${proposal.title}` }) });
  const rowOf = (page: Page, state: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: state, exact: true }) });

  it('France and Japan each amend 5A001 and submit the amendment for review', async () => {
    silence = await draftAndSubmit('delegate.fr@example.org', 'A plainer heading for 5A001', `${HEADING} (plain)`, false);
    consensus = await draftAndSubmit('delegate.jp@example.org', 'Name interception in the 5A001 heading', `${HEADING}, interception included`, true);
    expect(consensus.reference).not.toBe(silence.reference);
  }, 120_000);

  it('the secretariat adopts France’s by silence and puts Japan’s to a consensus ballot', async () => {
    const { page } = secretariat;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'In process' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposals in process' }).waitFor();

    const french = card(page, silence);
    await french.getByRole('button', { name: 'Open a ballot…' }).click();
    await french.getByLabel('Silence procedure', { exact: false }).check();
    await french.getByRole('button', { name: 'Open the ballot' }).click();
    await french.getByRole('button', { name: 'Close now…' }).click();
    await french.getByRole('button', { name: 'Close the ballot now' }).click();
    await french.getByText('Adopted', { exact: true }).waitFor();

    const japanese = card(page, consensus);
    await japanese.getByRole('button', { name: 'Open a ballot…' }).click();
    await japanese.getByText('Revision 1 goes to the vote', { exact: false }).waitFor();
    expect(await japanese.getByRole('radio', { name: /^Consensus/ }).isChecked()).toBe(true);
    // Three heads take part in this plenary: 30% of the ten states is their quorum.
    await japanese.getByLabel('Quorum (% of active states)').fill('30');
    await expectNoAxeViolations(page, 'in process (open a ballot)');
    await screenshot(page, 'plenary-open-ballot');
    await japanese.getByRole('button', { name: 'Open the ballot' }).click();
    await japanese.getByRole('button', { name: 'Close now…' }).waitFor();
    await japanese.getByText('Voting', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'in process');

    // The secretariat follows the positions on the ballot's own page.
    await japanese.getByRole('link', { name: 'Consensus' }).click();
    await page.getByRole('heading', { level: 1, name: `Ballot on ${consensus.reference}` }).waitFor();
    await page.getByText('No state has taken a position yet.').waitFor();
    await page.getByRole('region', { name: 'Run the ballot' }).getByRole('button', { name: 'Close now…' }).waitFor();
    await expectNoAxeViolations(page, 'ballot (secretariat, no position yet)');
  }, 120_000);

  it('three heads take positions from their own browsers; Germany’s reservation is lifted; the secretariat closes and sees it adopted', async () => {
    const { page } = secretariat;
    const ballotUrl = new URL(page.url()).pathname;
    const link = `${consensus.reference} — ${consensus.title}`;

    /** A head opens the ballot from what awaits the state, and records a position with a statement. */
    const cast = async (session: WebSession, state: string, position: string, statement: string, submit = 'Record the position') => {
      const { page: head } = session;
      if (new URL(head.url()).pathname !== ballotUrl) {
        await head.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ballots' }).click();
        await head.getByRole('heading', { level: 1, name: 'Ballots' }).waitFor();
        await head.getByRole('region', { name: 'Awaiting your state’s position' }).getByRole('link', { name: link }).click();
        await head.getByRole('heading', { level: 1, name: `Ballot on ${consensus.reference}` }).waitFor();
      }
      await head.getByRole('group', { name: `Position of ${state}` }).getByRole('radio', { name: position }).check();
      await head.getByLabel('Statement').fill(statement);
      await head.getByRole('button', { name: submit }).click();
      await head.getByRole('status').filter({ hasText: `Recorded: ${state} stands at “${position}”` }).waitFor();
    };

    const [de, fr, us] = await Promise.all(['de', 'fr', 'us'].map(async (code) => {
      const session = await newWebSession(browser, server.baseUrl);
      await signIn(session.page, `head.${code}@example.org`);
      return session;
    }));

    await de.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ballots' }).click();
    await de.page.getByRole('region', { name: 'Awaiting your state’s position' }).getByRole('link', { name: link }).waitFor();
    await expectNoAxeViolations(de.page, 'ballots (head, awaiting)');
    await screenshot(de.page, 'plenary-ballots-awaiting');
    await cast(de, 'Germany', 'Reservation', 'Awaiting the Bundestag’s scrutiny.');
    await expectNoAxeViolations(de.page, 'ballot (head, reservation)');
    await cast(fr, 'France', 'Support', 'France supports naming interception.');
    await cast(us, 'United States', 'Support', 'The United States supports the amendment.');
    await expectNoAxeViolations(fr.page, 'ballot (head, support)');

    // The secretariat sees each position arrive, and that the reservation alone blocks adoption.
    await rowOf(page, 'United States').getByText('The United States supports the amendment.').waitFor();
    await rowOf(page, 'Germany').getByText('Awaiting the Bundestag’s scrutiny.').waitFor();
    await page.getByText('If the ballot closed now: Rejected. At least one state holds a reservation, which blocks adoption while it stands.').waitFor();
    await expectNoAxeViolations(page, 'ballot (secretariat, reservation stands)');
    await screenshot(page, 'plenary-ballot-reservation');

    await cast(de, 'Germany', 'Support', 'The Bundestag has approved; the reservation is lifted.', 'Change the position');
    await rowOf(page, 'Germany').getByText('The Bundestag has approved; the reservation is lifted.').waitFor();
    await rowOf(page, 'Germany').getByText('Earlier positions (1)').waitFor();
    await page.getByText('If the ballot closed now: Adopted. No state objected or held a reservation, and the quorum took a position.').waitFor();

    const run = page.getByRole('region', { name: 'Run the ballot' });
    await run.getByRole('button', { name: 'Close now…' }).click();
    await run.getByText('The outcome is decided now from the positions taken so far', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'ballot (secretariat, close now)');
    await run.getByRole('button', { name: 'Close the ballot now' }).click();
    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.getByText('Adopted', { exact: true }).waitFor();
    await outcome.getByText('No state objected or held a reservation, and the quorum took a position.').waitFor();
    expect(await page.getByRole('region', { name: 'Run the ballot' }).count()).toBe(0);
    const tally = page.getByRole('table', { name: 'Number of states per position' });
    const countOf = async (name: string) => (await tally.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell').textContent())?.trim();
    expect(await countOf('Support')).toBe('3');
    expect(await countOf('Reservation')).toBe('0');
    await expectNoAxeViolations(page, 'ballot (closed, adopted)');
    await screenshot(page, 'plenary-ballot-adopted');

    // A head's screen learns of the close without reloading.
    await de.page.getByRole('region', { name: 'Outcome' }).getByText('Adopted', { exact: true }).waitFor();
    await de.page.getByTestId('ballot-live').getByText('The ballot has closed.').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ballots' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ballots' }).waitFor();
    await page.getByRole('row').filter({ hasText: consensus.reference }).getByText('Closed — Adopted').waitFor();
    await expectNoAxeViolations(page, 'ballots (secretariat)');

    for (const session of [de, fr, us]) session.expectNoOutsideRequests();
    await Promise.all([de.close(), fr.close(), us.close()]);
  }, 120_000);

  it('composes the next release, leaves the conflicting amendment out, and publishes 2026.1 by keyboard alone', async () => {
    const { page } = secretariat;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Next release' }).click();
    await page.getByRole('heading', { level: 1, name: 'The next release' }).waitFor();
    await page.getByRole('heading', { name: '1 conflict to resolve before publishing' }).waitFor();
    for (const { reference } of [consensus, silence]) await page.getByRole('button', { name: `Leave ${reference} out` }).waitFor();
    expect(await page.getByRole('button', { name: /^Publish release/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'next release (conflict)');
    await screenshot(page, 'plenary-next-release-conflict');

    await page.getByRole('button', { name: `Leave ${silence.reference} out` }).click();
    // The preview without it is publishable: the conflict is gone and the changelog is Japan's amendment alone.
    await page.getByRole('button', { name: 'Publish release 2026.1', disabled: false }).waitFor();
    expect(await page.getByRole('heading', { name: /conflict/ }).count()).toBe(0);
    const changelog = await page.getByRole('region', { name: 'Changelog (1)' }).textContent();
    expect(changelog).toContain('[inserted: interception]');
    expect(changelog).not.toContain('plain');
    expect(await page.getByRole('checkbox', { name: new RegExp(silence.reference) }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: new RegExp(consensus.reference) }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'next release (resolved)');
    await screenshot(page, 'plenary-next-release-resolved');

    // From here on the keyboard alone: the suggested version is kept, the date left to its default.
    await tabTo(page, /^Version$/);
    expect(await page.getByLabel('Version').inputValue()).toBe('2026.1');
    await tabTo(page, /^In force from$/);
    await tabTo(page, /^Publish release 2026\.1$/);
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Release 2026.1 is published and signed.' }) });
    await notice.waitFor();
    const [digest, key] = await notice.getByRole('definition').allTextContents();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toMatch(/^Ed25519 \S+$/);
    published = { digest, keyId: key.replace('Ed25519 ', '') };
    // Once the draft is reloaded, Japan's amendment is in 2026.1 and France's waits for the next release.
    await page.getByRole('checkbox', { name: new RegExp(consensus.reference) }).waitFor({ state: 'detached' });
    expect(await page.getByRole('checkbox', { name: new RegExp(silence.reference) }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'release published');
    await screenshot(page, 'plenary-release-published');
  }, 120_000);

  it('issues Japan an API key on screen, with which the CLI pulls, verifies and writes 2026.1', async () => {
    const { page } = secretariat;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participating states' }).waitFor();
    await expectNoAxeViolations(page, 'registry states');
    await page.getByRole('navigation', { name: 'Registry sections' }).getByRole('link', { name: 'API clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'API clients' }).waitFor();
    await expectNoAxeViolations(page, 'registry api clients');
    await page.getByRole('button', { name: 'Issue an API client…' }).click();
    const issue = page.getByRole('form', { name: 'Issue an API client' });
    await issue.getByLabel('System').fill('METI release mirror');
    await issue.getByLabel('State').selectOption({ label: 'Japan (JP)' });
    expect(await issue.getByLabel('Read releases').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'issue an api client');
    await issue.getByRole('button', { name: 'Issue the key' }).click();
    await page.getByRole('heading', { name: 'The key for METI release mirror' }).waitFor();
    await page.getByText('It will not be shown again', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Copy the key' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const apiKey: string = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(apiKey).toBe(await page.getByLabel('API key').inputValue());
    expect(apiKey).toMatch(/^ck_/);
    await expectNoAxeViolations(page, 'issued key');
    await screenshot(page, 'plenary-issued-key');

    // The government pins the server's root only once the release key it grants is the one the publication showed.
    const rootFile = join(work, 'root.json');
    const written = await concord('keys', '--server', server.baseUrl, '--api-key', apiKey, '--out', rootFile);
    expect(written).toMatchObject({ code: 0 });
    const root = JSON.parse(readFileSync(rootFile, 'utf8')) as { signed: { roles: { release: { keys: { keyId: string }[] } } } };
    expect(root.signed.roles.release.keys.map((grant) => grant.keyId)).toContain(published.keyId);
    const held = join(work, 'held');
    const pulled = await concord('pull', '--server', server.baseUrl, '--api-key', apiKey, '--root', rootFile, '--out', held);
    expect(pulled).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^Pulled release 2026\\.1 .*SHA-256 ${published.digest}, signed by key ${published.keyId}, root version 1$`)) });
    const list = JSON.parse(readFileSync(join(held, 'list.json'), 'utf8'));
    expect(list).toMatchObject({ format: 'concord-list/1', version: '2026.1' });
    expect(list.entries.find((entry: { code: string }) => entry.code === '5A001').heading).toBe(`${HEADING}, interception included`);
    expect(await concord('verify', join(held, 'release.json'), '--state', join(held, 'trust-state.json'), '--digest', published.digest)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^OK: release 2026\.1/),
    });

    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await page.getByRole('button', { name: 'Issue an API client…' }).waitFor();
    expect(await page.getByLabel('API key').count()).toBe(0);
    secretariat.expectNoOutsideRequests();
  }, 120_000);

  it('offers each role exactly its menu, and tells a delegate who types a secretariat address that it is not for them', async () => {
    const delegation = ['Overview', 'The list', 'Releases', 'Proposals', 'Ballots', 'Implementation', 'Audit trail', 'Inbox', 'My account'];
    const menus: [string, string, string[]][] = [
      ['delegate.jp@example.org', 'Delegate · Japan', delegation],
      ['head.jp@example.org', 'Head of delegation · Japan', delegation],
      [SECRETARIAT, 'Secretariat', ['Overview', 'The list', 'Releases', 'Proposals', 'Ballots', 'Implementation', 'In process', 'Next release', 'Registry', 'Audit trail', 'Inbox', 'My account']],
    ];
    for (const [email, role, menu] of menus) {
      const session = await newWebSession(browser, server.baseUrl);
      await session.page.goto('/sign-in');
      await session.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await expectNoAxeViolations(session.page, 'sign in');
      await signIn(session.page, email);
      const nav = session.page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'My account' }).waitFor();
      await session.page.getByText(role, { exact: true }).waitFor();
      await expectNoAxeViolations(session.page, `overview (${role})`);
      expect([email, await nav.getByRole('link').allTextContents()]).toEqual([email, menu]);
      if (email === 'delegate.jp@example.org') {
        for (const path of ['/secretariat/in-process', '/secretariat/next-release', '/secretariat/registry/api-clients']) {
          await session.page.goto(path);
          await session.page.getByRole('heading', { level: 1, name: 'Not for your role' }).waitFor();
          await session.page.getByText('This screen is for the Secretariat.', { exact: false }).waitFor();
        }
        await expectNoAxeViolations(session.page, 'not for your role');
        await screenshot(session.page, 'plenary-not-for-your-role');
      }
      await session.close();
    }
  }, 120_000);
});
