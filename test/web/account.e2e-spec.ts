import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { seedControlList } from '@concord/database';
import { baseEntry, entryInput, submittedProposal } from '../support/fixtures';
import { DEMO_PASSWORD } from '../support/test-app';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const NEW_PASSWORD = 'a long and unusual passphrase';
const OUTBOX = `{ devMailOutbox { to text category } }`;

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describeInBrowser('a person’s own account: language, password, second factor, devices, notifications, inbox', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('remembers the chosen language for the person, on every device', async () => {
    const first = await newWebSession(browser, server.baseUrl);
    await signIn(first.page, 'delegate.de@example.org');
    await first.page.goto('/account');
    await first.page.getByLabel('Language').first().selectOption('fr');
    await first.page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await expectNoAxeViolations(first.page, 'account (fr)');
    await screenshot(first.page, 'account-fr');
    await first.close();

    const second = await newWebSession(browser, server.baseUrl, { locale: 'en-GB' });
    await signIn(second.page, 'delegate.de@example.org');
    await second.page.getByRole('heading', { level: 1, name: 'Vue d’ensemble pour Germany' }).waitFor();
    expect(await second.page.getAttribute('html', 'lang')).toBe('fr');
    await second.close();
  });

  it('changes the password, signs other devices out, and enrols and uses a second factor', async () => {
    const email = 'delegate.it@example.org';
    const other = await newWebSession(browser, server.baseUrl);
    await signIn(other.page, email);
    const mine = await newWebSession(browser, server.baseUrl);
    await signIn(mine.page, email);
    await mine.page.goto('/account/security');
    await mine.page.getByRole('row', { name: /\(this device\)/ }).waitFor();
    expect(await mine.page.getByRole('button', { name: 'Sign out this device' }).count()).toBe(2);
    await expectNoAxeViolations(mine.page, 'security');
    await screenshot(mine.page, 'account-security');

    await mine.page.getByLabel('Current password').first().fill('wrong password here');
    await mine.page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await mine.page.getByLabel('New password, again').fill(NEW_PASSWORD);
    await mine.page.getByRole('button', { name: 'Change password' }).click();
    expect(await mine.page.getByRole('alert').getAttribute('data-reason')).toBe('WRONG_CURRENT_PASSWORD');
    await mine.page.getByLabel('Current password').first().fill(DEMO_PASSWORD);
    await mine.page.getByRole('button', { name: 'Change password' }).click();
    await mine.page.getByText('Your password has changed.').waitFor();

    // The other device's session ended with the change: its next request finds it out and asks to sign in again.
    await other.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
    await other.page.waitForURL('**/sign-in');
    await other.page.getByText('Your session has ended.').waitFor();
    await other.close();

    await mine.page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await mine.page.locator('code').first().textContent())!.trim();
    await expectNoAxeViolations(mine.page, 'second-factor enrolment');
    const code = () => new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }).generate();
    await mine.page.getByLabel('Authenticator code').fill(code());
    await mine.page.getByRole('button', { name: 'Turn on the second factor' }).click();
    await mine.page.getByText('Your recovery codes').waitFor();
    const recoveryCode = (await mine.page.locator('.recovery-codes code').first().textContent())!.trim();
    await mine.page.getByText('Signing in needs a code from your authenticator app.').waitFor();
    await mine.page.getByRole('button', { name: 'Sign out', exact: true }).click();

    // The code that confirmed the enrolment cannot be replayed, so this sign-in uses a recovery code.
    await signInWith(mine.page, email, NEW_PASSWORD);
    await mine.page.getByLabel('Authenticator code').waitFor();
    await mine.page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await mine.page.getByLabel('Recovery code').fill(recoveryCode);
    await mine.page.getByRole('button', { name: 'Sign in' }).click();
    await mine.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    mine.expectNoOutsideRequests();
    await mine.close();
  });

  it('keeps notification choices, and lists news in the inbox with links into the app', async () => {
    const jp = await server.t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    const proposal = await submittedProposal(jp, 'Facial recognition in 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) }]);
    const fr = await server.t.as('delegate.fr@example.org');
    await fr.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { proposalId: proposal.id, body: 'Does this cover gait?' } });

    const { page, close } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/account/notifications');
    const ballotOpened = page.getByLabel('By mail: A ballot opened');
    await ballotOpened.selectOption('WEEKLY');
    await page.getByLabel('Day of the weekly digest: A ballot opened').selectOption('FRIDAY');
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.reload();
    expect(await page.getByLabel('By mail: A ballot opened').inputValue()).toBe('WEEKLY');
    expect(await page.getByLabel('Day of the weekly digest: A ballot opened').inputValue()).toBe('FRIDAY');
    await expectNoAxeViolations(page, 'notification settings');
    await screenshot(page, 'account-notifications');

    await page.goto('/inbox');
    await page.getByText('1 unread notification.').waitFor();
    await expectNoAxeViolations(page, 'inbox');
    await screenshot(page, 'inbox');
    await page.getByRole('link', { name: /comment/i }).first().click();
    await page.waitForURL(`**/proposals/${proposal.id}**`);
    await page.goBack();
    await page.getByText('Nothing unread.').waitFor();
    await close();
  });

  it('resets a forgotten password from the mailed link, by keyboard alone', async () => {
    const email = 'head.nl@example.org';
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await page.goto('/sign-in');
    await tabTo(page, /Forgotten your password/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Forgotten password' }).waitFor();
    await tabTo(page, /Email/);
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.getByText('If that address has an account, a link is on its way.').waitFor();
    await expectNoAxeViolations(page, 'forgotten password');

    const secretariat = await server.t.as('secretariat@example.org');
    const mail = (await secretariat.data(OUTBOX)).devMailOutbox.find((m: { to: string; category: string }) => m.to === email && m.category === 'password_reset');
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)![1];
    await page.goto(`/reset-password?token=${token}`);
    await tabTo(page, /^New password$/);
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText('Your password is set.').waitFor();
    await expectNoAxeViolations(page, 'reset password');
    await screenshot(page, 'reset-password');

    await signInWith(page, email, NEW_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`/reset-password?token=${token}`);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password, again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('This reset link has been used or has expired.').waitFor();
    await close();
  });
});
