import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../support/test-app';

export interface WebSession {
  context: BrowserContext;
  page: Page;
  /** Every request that tried to leave the machine (each was aborted). */
  outsideRequests: string[];
  /** Fails naming them if any request tried to leave the machine. */
  expectNoOutsideRequests(): void;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh context and page where nothing may reach another host: the app must work offline, with no third party. */
export async function newWebSession(browser: Browser, baseUrl: string, options: { locale?: string } = {}): Promise<WebSession> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: options.locale ?? 'en-GB' });
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) {
      outsideRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  return {
    context,
    page,
    outsideRequests,
    expectNoOutsideRequests: () => expect(outsideRequests).toEqual([]),
    close: () => context.close(),
  };
}

/** Signs in through the sign-in form, as a person would, and waits until the app has moved on. */
export async function signIn(page: Page, email: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
