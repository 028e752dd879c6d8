/**
 * Browser system tests (test/web/*.e2e-spec.ts): the real API and the built web app in a headless system Chromium,
 * driven with playwright-core. A file looks like:
 *
 *   describeInBrowser('the control list', () => {
 *     let server: WebServer; let browser: Browser;
 *     beforeAll(async () => { server = await startWebServer(); browser = await launchBrowser(); });
 *     afterAll(async () => { await browser?.close(); await server?.close(); });
 *     it('…', async () => {
 *       const { page, expectNoOutsideRequests, close } = await newWebSession(browser, server.baseUrl);
 *       await signIn(page, SECRETARIAT_EMAIL);
 *       await expectNoAxeViolations(page, 'list'); await screenshot(page, 'list');
 *       expectNoOutsideRequests(); await close();
 *     });
 *   });
 *
 * Without Chromium the files are skipped with a loud warning naming the install command. The app is rebuilt first
 * when its sources changed (scripts/build-web.js); WEB_DIST_DIR=<dir> serves another dist as it is. Screenshots land
 * in test-artifacts/screenshots/.
 */
export { describeInBrowser, findChromium, INSTALL_CHROMIUM, launchBrowser } from './chromium';
export { expectNoAxeViolations, screenshot, tabTo } from './checks';
export { startWebServer } from './server';
export type { WebServer } from './server';
export { newWebSession, signIn } from './session';
export type { WebSession } from './session';
