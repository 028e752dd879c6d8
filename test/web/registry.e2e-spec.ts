import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { concordEvent, WebhookService } from '@concord/events';
import { eventually } from '../support/eventually';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const SECRETARIAT = 'secretariat@example.org';
const PULL = 'query { latestRelease { version } }';

describeInBrowser('the secretariat keeps the registry: states, people and API clients', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    // Webhook retries come round in milliseconds, so a failed attempt and its retry are on screen at once.
    server = await startWebServer({ WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_POLL_MS: '25', WEBHOOK_MAX_ATTEMPTS: '3' });
    await seedControlList(server.t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What a member government's system would send, with the key as the API expects it. */
  const pullWith = async (apiKey: string) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${apiKey}` },
      body: JSON.stringify({ query: PULL }),
    });
    return (await response.json()) as { data?: { latestRelease?: { version: string } } | null; errors?: { extensions?: { code?: string } }[] };
  };
  const rowOf = (page: Page, header: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });

  it('adds a state, makes it an observer, invites and deactivates a person, and issues, uses and revokes an API key', async () => {
    const { page, context, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await signIn(page, SECRETARIAT);
    const api = await server.t.as(SECRETARIAT);

    // Participating states.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participating states' }).waitFor();
    await rowOf(page, 'JP').getByRole('cell', { name: 'Japan' }).waitFor();
    await expectNoAxeViolations(page, 'registry states');
    await page.getByRole('button', { name: 'Add a state…' }).click();
    const addForm = page.getByRole('form', { name: 'Add a state' });
    await addForm.getByLabel('Code').fill('nz');
    await addForm.getByLabel('Name').fill('New Zealand');
    await expectNoAxeViolations(page, 'add a state');
    await addForm.getByRole('button', { name: 'Add the state' }).click();
    await page.getByRole('status').filter({ hasText: 'New Zealand (NZ) was added.' }).waitFor();
    const nz = rowOf(page, 'NZ');
    await nz.getByText('Active', { exact: true }).waitFor();

    await nz.getByRole('button', { name: 'Make observer…' }).click();
    await nz.getByText('As an observer, New Zealand takes no positions in ballots. Its people can still sign in, read and follow the work.').waitFor();
    await expectNoAxeViolations(page, 'make observer');
    await screenshot(page, 'registry-make-observer');
    await nz.getByRole('button', { name: 'Make New Zealand an observer' }).click();
    await nz.getByText('Observer', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'New Zealand is now: Observer.' }).waitFor();
    // The button that was pressed is gone; focus lands on the line that says what happened.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('New Zealand is now: Observer.');
    // Suspending says what it does, and cancelling does nothing.
    await nz.getByRole('button', { name: 'Suspend…' }).click();
    await nz.getByText('A suspended state takes no positions in ballots.', { exact: false }).waitFor();
    await nz.getByRole('button', { name: 'Cancel' }).click();
    const { participatingStates } = await api.data('query { participatingStates { id code status } }');
    const nzState = (participatingStates as { id: string; code: string; status: string }[]).find((s) => s.code === 'NZ');
    expect(nzState).toMatchObject({ status: 'OBSERVER' });
    await screenshot(page, 'registry-states');

    // People: invite one to New Zealand; the invitation is a set-password link by mail.
    await page.getByRole('navigation', { name: 'Registry sections' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('cell', { name: 'secretariat@example.org' }).waitFor();
    // Nobody deactivates themselves from here.
    const me = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'secretariat@example.org', exact: true }) });
    await me.getByText('You (change your own account under My account)').waitFor();
    expect(await me.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page, 'registry people');
    await page.getByRole('button', { name: 'Invite a person…' }).click();
    const invite = page.getByRole('form', { name: 'Invite a person' });
    await invite.getByLabel('Full name').fill('Aroha Ngata');
    await invite.getByLabel('Email').fill('aroha.ngata@example.org');
    await invite.getByLabel('Role').selectOption({ label: 'Delegate' });
    await invite.getByLabel('Delegation').selectOption({ label: 'New Zealand (NZ)' });
    await expectNoAxeViolations(page, 'invite a person');
    await screenshot(page, 'registry-invite');
    await invite.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('status').filter({ hasText: 'aroha.ngata@example.org was invited' }).waitFor();
    const { devMailOutbox } = await api.data('query { devMailOutbox(first: 50) { to category subject text } }');
    const invitation = (devMailOutbox as { to: string; category: string; text: string }[]).find((mail) => mail.to.includes('aroha.ngata@example.org'));
    expect(invitation).toMatchObject({ category: 'invitation', subject: 'You are invited to Concord' });

    await page.getByRole('group', { name: 'Filter people' }).getByLabel('Delegation').selectOption({ label: 'New Zealand (NZ)' });
    await page.getByText('Showing 1 of 1').waitFor();
    const aroha = rowOf(page, 'Aroha Ngata');
    await aroha.getByRole('cell', { name: 'aroha.ngata@example.org' }).waitFor();
    expect(await page.getByRole('table').getByRole('rowheader').allTextContents()).toEqual(['Aroha Ngata']);
    expect(new URL(page.url()).searchParams.get('state')).toBe(nzState!.id);
    await screenshot(page, 'registry-people');

    await aroha.getByRole('button', { name: 'Deactivate…' }).click();
    await aroha.getByText('Aroha Ngata is signed out everywhere at once and can no longer sign in.', { exact: false }).waitFor();
    await aroha.getByRole('button', { name: 'Deactivate Aroha Ngata' }).click();
    await aroha.getByText('Deactivated', { exact: true }).waitFor();
    const { users } = await api.data('query ($stateId: ID) { users(stateId: $stateId) { edges { node { email active } } } }', { stateId: nzState!.id });
    expect(users.edges.map((e: { node: unknown }) => e.node)).toEqual([{ email: 'aroha.ngata@example.org', active: false }]);

    // A password reset goes to the person, never to the secretariat's screen.
    await page.getByRole('group', { name: 'Filter people' }).getByLabel('Delegation').selectOption({ label: 'Japan (JP)' });
    const jpDelegate = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'delegate.jp@example.org', exact: true }) });
    await jpDelegate.getByRole('button', { name: 'Send a password reset…' }).click();
    await jpDelegate.getByText('Concord mails delegate.jp@example.org a one-time link', { exact: false }).waitFor();
    await jpDelegate.getByRole('button', { name: /^Send the reset link to / }).click();
    await page.getByRole('status').filter({ hasText: 'A reset link was mailed to delegate.jp@example.org.' }).waitFor();
    const { devMailOutbox: later } = await api.data('query { devMailOutbox(first: 50) { to category } }');
    expect(later).toContainEqual({ to: expect.stringContaining('delegate.jp@example.org'), category: 'password_reset' });

    // API clients: the key is shown once, works, and stops working when revoked.
    await page.getByRole('navigation', { name: 'Registry sections' }).getByRole('link', { name: 'API clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'API clients' }).waitFor();
    await page.getByRole('button', { name: 'Issue an API client…' }).click();
    const issue = page.getByRole('form', { name: 'Issue an API client' });
    await issue.getByLabel('System').fill('METI licensing system');
    await issue.getByLabel('State').selectOption({ label: 'Japan (JP)' });
    expect(await issue.getByLabel('Read releases').isChecked()).toBe(true);
    await issue.getByRole('button', { name: 'Issue the key' }).click();
    await page.getByRole('heading', { name: 'The key for METI licensing system' }).waitFor();
    await page.getByText('It will not be shown again', { exact: false }).waitFor();
    const apiKey = await page.getByLabel('API key').inputValue();
    expect(apiKey).toMatch(/^ck_/);
    await page.getByRole('button', { name: 'Copy the key' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(apiKey);
    const meti = rowOf(page, 'METI licensing system');
    await meti.getByText('Active', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'registry api clients');
    await screenshot(page, 'registry-api-clients');

    const pulled = await pullWith(apiKey);
    expect(pulled.errors).toBeUndefined();
    expect(pulled.data?.latestRelease?.version).toBe('2026.0');

    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await page.getByRole('button', { name: 'Issue an API client…' }).waitFor();
    expect(await page.getByLabel('API key').count()).toBe(0);
    await meti.getByRole('button', { name: 'Revoke…' }).click();
    await meti.getByText('stops working at once', { exact: false }).waitFor();
    await meti.getByRole('button', { name: 'Revoke METI licensing system' }).click();
    await meti.getByText('Revoked', { exact: false }).waitFor();
    const refused = await pullWith(apiKey);
    expect(refused.data?.latestRelease).toBeFalsy();
    expect(refused.errors?.length).toBeGreaterThan(0);

    expectNoOutsideRequests();
    await close();
  });

  it('issues an API client by keyboard alone and copies its key', async () => {
    const { page, context, close } = await newWebSession(browser, server.baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await signIn(page, SECRETARIAT);
    await page.goto('/secretariat/registry/api-clients');
    await page.getByRole('heading', { level: 1, name: 'API clients' }).waitFor();
    await tabTo(page, /^Issue an API client…$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^System/);
    await page.keyboard.type('Customs of Canada');
    await tabTo(page, /^State$/);
    await page.keyboard.type('Canada');
    await tabTo(page, /^Issue the key$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'The key for Customs of Canada' }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('The key for Customs of Canada');
    await tabTo(page, /^Copy the key$/);
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const apiKey = await page.getByLabel('API key').inputValue();
    await tabTo(page, /^I have stored the key$/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Issue an API client…' }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Issue an API client…');
    expect((await pullWith(apiKey)).data?.latestRelease?.version).toBe('2026.0');
    const { apiClients } = await (await server.t.as(SECRETARIAT)).data('query { apiClients { edges { node { name state { code } } } } }');
    expect(apiClients.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ name: 'Customs of Canada', state: { code: 'CA' } });
    await close();
  });

  it('shows a client’s webhook with each delivery’s attempts, and sends one again', async () => {
    let answers = [503];
    const receiver: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.statusCode = answers.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/concord`;
      const api = await server.t.as(SECRETARIAT);
      const [{ id: stateId }] = await server.t.db.query(`SELECT id FROM participating_state WHERE code = 'FR'`);
      const { createApiClient } = await api.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
        input: { stateId, name: 'Douane licensing', scopes: ['RELEASES_READ'] },
      });
      // The client registers its own webhook with its key; a publication queues a delivery to it.
      const machine = server.t.gql.as({ apiKey: createApiClient.apiKey });
      const { registerWebhook } = await machine.data('mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }', {
        input: { url, events: ['RELEASE_PUBLISHED'] },
      });
      const event = concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, { version: '2026.1', digest: 'ef'.repeat(32) });
      await server.t.db.transaction((manager) => server.t.app.get(WebhookService).enqueueForEvent(manager, event));
      const deliveries = async () => (await machine.data('query ($id: ID!) { webhookDeliveries(webhookId: $id) { id status } }', { id: registerWebhook.webhook.id })).webhookDeliveries as { id: string; status: string }[];
      await eventually(async () => (await deliveries()).every((d) => d.status === 'SUCCEEDED'));

      const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
      await signIn(page, SECRETARIAT);
      await page.goto('/secretariat/registry/api-clients');
      await rowOf(page, 'Douane licensing').getByRole('link', { name: `Webhook ${url} of Douane licensing: deliveries` }).click();
      await page.getByRole('heading', { level: 1, name: 'Webhook deliveries' }).waitFor();
      await page.getByText(url, { exact: true }).waitFor();
      await page.getByText('a notice of every publication (no subtree)').waitFor();
      const delivery = page.getByRole('table', { name: 'Latest deliveries, newest first' }).getByRole('row').nth(1);
      await delivery.getByText('Delivered', { exact: true }).waitFor();
      await delivery.getByText('2 attempts').click();
      await delivery.getByText(/answered 503 in \d+ ms/).waitFor();
      await delivery.getByText(/answered 204 in \d+ ms/).waitFor();
      await expectNoAxeViolations(page, 'webhook deliveries');
      await screenshot(page, 'registry-webhook');

      // A webhook that follows a subtree says which entries it receives deltas of.
      const { registerWebhook: scoped } = await machine.data('mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }', {
        input: { url: `${url}/5a`, events: ['RELEASE_PUBLISHED'], scope: { prefixes: ['5a'], codes: ['4D004'] } },
      });
      await page.goto(`/secretariat/registry/webhooks/${scoped.webhook.id}`);
      await page.getByText('signed deltas of the changes to these entries only', { exact: false }).waitFor();
      await page.getByText('5A…, 4D004', { exact: true }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Webhook deliveries' }).waitFor();
      await page.getByText(url, { exact: true }).waitFor();

      await delivery.getByRole('button', { name: 'Send again…' }).click();
      await delivery.getByText('The receiver may get the event twice', { exact: false }).waitFor();
      await delivery.getByRole('button', { name: 'Send it again' }).click();
      await page.getByRole('status').filter({ hasText: 'A new delivery was queued' }).waitFor();
      await page.getByRole('table', { name: 'Latest deliveries, newest first' }).getByRole('row').nth(2).waitFor();
      expect(await deliveries()).toHaveLength(2);
      const [audit] = await server.t.db.query(
        `SELECT e.action FROM audit_event e JOIN app_user u ON u.id::text = e.actor_id WHERE u.email = $1 AND e.action LIKE 'webhook.%'`,
        [SECRETARIAT],
      );
      expect(audit).toEqual({ action: 'webhook.redelivery_requested' });
      expectNoOutsideRequests();
      await close();
    } finally {
      answers = [];
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('tells a delegate who types a registry address that it is not for them, and offers no registry in the menu', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.jp@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My account' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registry' }).count()).toBe(0);
    for (const path of ['/secretariat/registry', '/secretariat/registry/people', '/secretariat/registry/api-clients', '/secretariat/registry/webhooks/00000000-0000-4000-8000-000000000000']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Not for your role' }).waitFor();
    }
    await expectNoAxeViolations(page, 'registry not for your role');
    await close();
  });
});
