import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, startWebServer, WebServer } from './support';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describeInBrowser('the web application shell', () => {
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

  const get = (path: string, headers: Record<string, string> = HTML) => fetch(`${server.baseUrl}${path}`, { headers });

  it('answers / with the app, under the strict CSP and without caching its page', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('answers a deep link with the same page, and leaves the API its own paths', async () => {
    const index = await (await get('/')).text();
    for (const path of ['/proposals/some-id', '/releases/2026.1', '/reset-password?token=x']) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(await response.text()).toBe(index);
    }
    expect((await get('/health')).headers.get('content-type')).toMatch(/json/);
    expect((await get('/releases/9999.1.json')).headers.get('content-type')).toMatch(/json/);
    expect((await get('/proposals/some-id', { accept: 'application/json' })).status).toBe(404);
  });

  it('caches hashed assets for good and answers a missing one 404', async () => {
    const [asset] = readdirSync(join(server.t.config.webDistDir, 'assets'));
    const response = await get(`/assets/${asset}`, { accept: '*/*' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/missing-0123abcd.js', HTML);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  it('offers the local GraphQL explorer to browsers on /graphql, with nothing loaded from outside', async () => {
    const { page, expectNoOutsideRequests, close } = await newWebSession(browser, server.baseUrl);
    const response = await page.goto('/graphql');
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.getByLabel('Query').fill('{ __typename }');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByRole('status').filter({ hasText: '"Query"' }).waitFor();
    await expectNoAxeViolations(page, 'GraphQL explorer');
    await screenshot(page, 'graphql-explorer');
    expectNoOutsideRequests();
    await close();
  });
});
