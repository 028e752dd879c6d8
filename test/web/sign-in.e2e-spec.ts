import type { Browser } from 'playwright-core';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, WebServer } from './support';

describeInBrowser('signing in to the web application', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs a delegate in, keeps the session across a reload, and signs out', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto('/proposals');
    await page.waitForURL('**/sign-in');
    await expectNoAxeViolations(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await signIn(page, 'delegate.jp@example.org');
    await page.waitForURL('**/proposals');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Overview for Japan' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview for Japan' }).waitFor();
    await expectNoAxeViolations(page, 'overview');
    await screenshot(page, 'overview');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.reload();
    await page.waitForURL('**/sign-in');
    session.expectNoOutsideRequests();
    await session.close();
  });

  it('says in the reader’s words why a sign-in was refused', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('delegate.fr@example.org');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('That email and password do not match an account.', { exact: false }).waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('INVALID_CREDENTIALS');
    expect(await alert.textContent()).not.toContain('INVALID_CREDENTIALS');
    await session.close();
  });
});
