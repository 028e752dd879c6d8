import type { Browser, Page } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

// For the functions that run inside the page.
declare const document: any;

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const justification = {
  humanRightsRisk: 'Deep packet inspection at national scale is used to identify and arrest journalists.',
  evidenceOfMisuse: 'UN Special Rapporteur reports, 2024 and 2025.',
  foreignAvailability: 'Limited outside participating states.',
  controllability: 'Carrier-class equipment is sold through few vendors.',
  clarity: 'The amended text names the network layers explicitly.',
};
const PATH = '5A001.j.1.a';

describeInBrowser('deliberation on a proposal', () => {
  let server: WebServer;
  let browser: Browser;
  let proposalId: string;

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
    const jp = await server.t.as('delegate.jp@example.org');
    const { latestRelease } = await jp.data('{ latestRelease { entry(code: "5A001") { heading reasons paragraphs { path kind text } } } }');
    const base = latestRelease.entry as { heading: string; reasons: string[]; paragraphs: { path: string; kind: string; text: string }[] };
    const paragraphs = base.paragraphs.map((p) => (p.path === PATH && p.kind === 'ITEM' ? { ...p, text: p.text.replace('the application layer', 'the network or application layer') } : p));
    const { createProposal } = await jp.data(CREATE, {
      input: {
        title: 'Add HR to 5A001.j and widen the layers',
        rationale: 'Surveillance of IP networks is used against human-rights defenders.',
        justification,
        changes: [{ kind: 'AMEND_ENTRY', code: '5A001', entry: { code: '5A001', heading: base.heading, status: 'ACTIVE', reasons: ['HR', ...base.reasons], paragraphs, references: [], definitions: [], correlations: [] } }],
      },
    });
    await jp.data(SUBMIT, { input: { proposalId: createProposal.id } });
    proposalId = createProposal.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(page: Page, email: string, hash = '') {
    await page.goto(`/proposals/${proposalId}/deliberation${hash}`);
    await page.waitForURL('**/sign-in');
    await signIn(page, email);
    await page.waitForURL((url) => url.pathname.endsWith('/deliberation'));
    await page.getByRole('heading', { level: 1, name: /^Deliberation on P-/ }).waitFor();
    await page.getByText(/comments? on this revision/).waitFor();
  }
  const commentWith = (page: Page, text: string) => page.getByRole('article').filter({ has: page.getByText(text, { exact: true }) });

  it('comments from a paragraph, replies live in another delegation, edits with history, retracts with confirmation, opens a deep link', async () => {
    const fr = await newWebSession(browser, server.baseUrl);
    const jp = await newWebSession(browser, server.baseUrl);
    await open(fr.page, 'delegate.fr@example.org');
    await open(jp.page, 'delegate.jp@example.org');

    // delegate.fr starts a comment from the paragraph in the redline.
    await fr.page.getByRole('button', { name: `Comment on paragraph ${PATH}` }).click();
    const question = 'Does “network layer” include layer 3 only?';
    await fr.page.getByLabel(`Your comment on paragraph ${PATH} of change 1`).fill(question);
    await fr.page.getByRole('button', { name: 'Post comment' }).click();
    await fr.page.getByRole('status').filter({ hasText: 'Your comment was posted.' }).waitFor();
    const group = fr.page.getByRole('region', { name: `On paragraph ${PATH}` });
    await group.getByText(question, { exact: true }).waitFor();
    const commentId = (await commentWith(fr.page, question).getAttribute('id'))!;
    expect(commentId).toMatch(/^comment-/);
    expect(await fr.page.evaluate(() => document.activeElement?.id)).toBe(commentId);
    await fr.page.getByRole('link', { name: `1 comment on ${PATH}` }).waitFor();

    // delegate.jp sees it arrive without reloading, announced politely, and replies.
    await jp.page.getByRole('region', { name: `On paragraph ${PATH}` }).getByText(question, { exact: true }).waitFor();
    await jp.page.getByRole('status').filter({ hasText: /New comment from .*France/ }).waitFor();
    const theirs = commentWith(jp.page, question);
    await theirs.getByText('France', { exact: false }).first().waitFor();
    expect(await theirs.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await theirs.getByRole('button', { name: 'Reply' }).click();
    const answer = 'Layers 3 and 4; the text will say so.';
    await jp.page.getByLabel(/^Your reply to /).fill(answer);
    await jp.page.getByRole('button', { name: 'Post reply' }).click();
    await jp.page.getByRole('list', { name: /^Replies to / }).getByText(answer, { exact: true }).waitFor();

    // The reply reaches delegate.fr live, nested under the question.
    await fr.page.getByRole('list', { name: /^Replies to / }).getByText(answer, { exact: true }).waitFor();
    await fr.page.getByRole('link', { name: `2 comments on ${PATH}` }).waitFor();

    // delegate.fr edits: the earlier text stays visible in the history.
    const mine = commentWith(fr.page, question);
    await mine.getByRole('button', { name: 'Edit' }).click();
    const edited = 'Does “network layer” include layers 3 and 4?';
    await fr.page.getByLabel('New text of your comment').fill(edited);
    await fr.page.getByRole('button', { name: 'Save changes' }).click();
    await fr.page.getByRole('status').filter({ hasText: 'Your changes were saved.' }).waitFor();
    const after = fr.page.locator(`#${commentId}`);
    await after.getByText(edited, { exact: true }).waitFor();
    await after.getByText('Edited', { exact: true }).waitFor();
    await after.getByText('Edit history (1 earlier text)').click();
    await after.getByText(question, { exact: true }).waitFor();
    await jp.page.locator(`#${commentId}`).getByText(edited, { exact: true }).waitFor();

    await expectNoAxeViolations(fr.page, 'deliberation');
    await screenshot(fr.page, 'deliberation');

    // Retracting asks first; keeping it changes nothing.
    await after.getByRole('button', { name: 'Retract' }).click();
    await after.getByText(/^Retract this comment\?/).waitFor();
    await after.getByRole('button', { name: 'Keep it' }).click();
    await after.getByText(edited, { exact: true }).waitFor();
    await after.getByRole('button', { name: 'Retract' }).click();
    await after.getByRole('button', { name: 'Yes, retract it' }).click();
    await after.getByText('The author retracted this comment.').waitFor();
    await after.getByText('Retracted', { exact: true }).waitFor();
    expect(await after.getByText(edited, { exact: true }).count()).toBe(0);
    await jp.page.locator(`#${commentId}`).getByText('The author retracted this comment.').waitFor();
    await expectNoAxeViolations(fr.page, 'deliberation retracted');

    // A link from a notification mail (#comment-<id>) scrolls to the comment and focuses it.
    const deep = await newWebSession(browser, server.baseUrl);
    const replyId = (await commentWith(jp.page, answer).getAttribute('id'))!;
    await open(deep.page, 'delegate.de@example.org', `#${replyId}`);
    await deep.page.waitForFunction((id: string) => document.activeElement?.id === id, replyId);
    expect(new URL(deep.page.url()).hash).toBe(`#${replyId}`);

    fr.expectNoOutsideRequests();
    jp.expectNoOutsideRequests();
    await Promise.all([fr.close(), jp.close(), deep.close()]);
  });

  it('starts a comment from a paragraph and posts it with the keyboard alone', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await open(page, 'delegate.it@example.org');
    await tabTo(page, new RegExp(`^Comment on paragraph ${PATH.replace(/\./g, '\\.')}$`), 400);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Please keep the layer numbers of the OSI model.');
    await tabTo(page, /^Post comment$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Your comment was posted.' }).waitFor();
    await page.getByRole('region', { name: `On paragraph ${PATH}` }).getByText('Please keep the layer numbers of the OSI model.', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
    await close();
  });

  // Last: it withdraws the proposal the other tests comment on.
  it('says in words why a comment was refused once comments closed, and then offers no more forms', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await open(page, 'delegate.gb@example.org');
    await page.getByRole('button', { name: 'Comment on the proposal in general' }).click();
    await page.getByLabel('Your comment on the proposal in general').fill('Too late?');
    const jp = await server.t.as('delegate.jp@example.org');
    await jp.data(`mutation ($input: ProposalActionInput!) { withdrawProposal(input: $input) { status } }`, { input: { proposalId } });
    await page.getByRole('button', { name: 'Post comment' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Comments are closed for this proposal.', { exact: false }).waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('COMMENTS_CLOSED');
    expect(await alert.textContent()).not.toContain('COMMENTS_CLOSED');
    await page.reload();
    await page.getByText('Comments are closed: this proposal has been decided or withdrawn.').waitFor();
    expect(await page.getByRole('button', { name: /^Comment on/ }).count()).toBe(0);
    await close();
  });
});
