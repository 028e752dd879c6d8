import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { concordEvent, verifyWebhookSignature, WebhookService } from '@concord/events';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';

const REGISTER = `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url events } } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id) { id status attempts lastStatusCode attemptLog { number statusCode error } } }`;
const REDELIVER = `mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { id status } }`;

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

describe('webhooks: signed, retried with backoff, recorded', () => {
  let t: TestApp;
  let machine: GraphQLClient;
  let receiver: Server;
  let url: string;
  const received: Received[] = [];
  let failuresLeft = 2;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_POLL_MS: '25', WEBHOOK_MAX_ATTEMPTS: '5' });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = failuresLeft-- > 0 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/concord`;
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'METI licensing', scopes: ['RELEASES_READ'] },
    });
    machine = t.gql.as({ apiKey: createApiClient.apiKey });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('is for API clients only', async () => {
    const delegate = await t.as('delegate.jp@example.org');
    expect(errorOf(await delegate.request(REGISTER, { input: { url, events: ['RELEASE_PUBLISHED'] } }))).toEqual({ code: 'FORBIDDEN', reason: 'API_CLIENTS_ONLY' });
    expect(errorOf(await t.gql.request(REGISTER, { input: { url, events: ['RELEASE_PUBLISHED'] } }))?.code).toBe('UNAUTHENTICATED');
  });

  it('delivers a release publication after two failures, signed, with every attempt recorded', async () => {
    const { registerWebhook } = await machine.data(REGISTER, { input: { url, events: ['RELEASE_PUBLISHED'] } });
    expect(registerWebhook.secret).toMatch(/^whsec_/);
    expect((await machine.data('{ webhooks { id url } }')).webhooks).toEqual([{ id: registerWebhook.webhook.id, url }]);

    const event = concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, { version: '2026.1', digest: 'ab'.repeat(32) });
    const queued = await t.db.transaction((manager) => t.app.get(WebhookService).enqueueForEvent(manager, event));
    expect(queued).toBe(1);

    const delivery = await eventually(async () => {
      const [latest] = (await machine.data(DELIVERIES, { id: registerWebhook.webhook.id })).webhookDeliveries as { id: string; status: string; attempts: number; attemptLog: { number: number; statusCode: number }[] }[];
      return latest?.status !== 'PENDING' && latest;
    });
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastStatusCode: 204 });
    expect(delivery.attemptLog.map((a) => [a.number, a.statusCode])).toEqual([[1, 500], [2, 500], [3, 204]]);
    expect(received).toHaveLength(3);
    for (const request of received) {
      const timestamp = Number(request.headers['concord-timestamp']);
      expect(request.headers['concord-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
      expect(verifyWebhookSignature(registerWebhook.secret, timestamp, request.body, String(request.headers['concord-signature']))).toBe(true);
      expect(verifyWebhookSignature('whsec_wrong', timestamp, request.body, String(request.headers['concord-signature']))).toBe(false);
    }
    expect(JSON.parse(received[2].body)).toMatchObject({ type: 'release.published', data: { version: '2026.1' } });

    const { redeliverWebhook } = await machine.data(REDELIVER, { input: { deliveryId: delivery.id } });
    expect(redeliverWebhook.status).toBe('PENDING');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'webhook.%'`);
    expect(n).toBe(2);
  });
});

describe('webhooks in the registry: the secretariat reads every client’s, and redelivers', () => {
  const CLIENT_WEBHOOKS = `{ apiClients(first: 50) { edges { node { name webhooks { id url events } } } } }`;
  const WEBHOOK = `query ($id: ID!) { webhook(id: $id) { id apiClientId url } }`;
  let t: TestApp;
  let secretariat: GraphQLClient;
  const machines: GraphQLClient[] = [];
  const clientIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ ...QUIET_BACKGROUND, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    secretariat = await t.as('secretariat@example.org');
    const states: { id: string }[] = await t.db.query(`SELECT id FROM participating_state WHERE code IN ('JP', 'FR', 'DE') ORDER BY code`);
    for (const [i, { id: stateId }] of states.entries()) {
      const { createApiClient } = await secretariat.data(
        'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id } } }',
        { input: { stateId, name: `Licensing ${i}`, scopes: ['RELEASES_READ'] } },
      );
      clientIds.push(createApiClient.apiClient.id);
      machines.push(t.gql.as({ apiKey: createApiClient.apiKey }));
    }
  });
  afterAll(() => t.close());

  it('lists each client’s webhooks under the client, in four statements whatever the number of clients', async () => {
    const registered: string[] = [];
    for (const [i, machine] of machines.entries()) {
      const { registerWebhook } = await machine.data(REGISTER, { input: { url: `http://127.0.0.1:9/hook-${i}`, events: ['RELEASE_PUBLISHED'] } });
      registered.push(registerWebhook.webhook.id);
    }
    const counter = countQueries(t);
    const { apiClients } = await secretariat.data(CLIENT_WEBHOOKS);
    const statements = counter.count();
    counter.stop();
    const nodes = apiClients.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toEqual(
      expect.arrayContaining([0, 1, 2].map((i) => ({ name: `Licensing ${i}`, webhooks: [{ id: registered[i], url: `http://127.0.0.1:9/hook-${i}`, events: ['RELEASE_PUBLISHED'] }] }))),
    );
    // Page, count, states and webhooks: one statement each, whatever the number of clients.
    expect(statements).toBeLessThanOrEqual(4);
    expect((await secretariat.data(WEBHOOK, { id: registered[1] })).webhook).toEqual({ id: registered[1], apiClientId: clientIds[1], url: 'http://127.0.0.1:9/hook-1' });
  });

  it('lets the secretariat read a client’s deliveries and redeliver one, audited under its own name', async () => {
    const { webhooks } = await machines[0].data('{ webhooks { id } }');
    const event = concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, { version: '2026.1', digest: 'cd'.repeat(32) });
    await t.db.transaction((manager) => t.app.get(WebhookService).enqueueForEvent(manager, event));
    const [original] = (await secretariat.data(DELIVERIES, { id: webhooks[0].id })).webhookDeliveries;
    expect(original).toMatchObject({ status: 'PENDING' });
    const { redeliverWebhook } = await secretariat.data(REDELIVER, { input: { deliveryId: original.id } });
    expect(redeliverWebhook).toMatchObject({ status: 'PENDING' });
    expect((await machines[0].data(DELIVERIES, { id: webhooks[0].id })).webhookDeliveries.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([original.id, redeliverWebhook.id]),
    );
    const [audit] = await t.db.query(
      `SELECT e.action, e.actor_kind, u.email FROM audit_event e JOIN app_user u ON u.id::text = e.actor_id WHERE e.object_id = $1`,
      [redeliverWebhook.id],
    );
    expect(audit).toEqual({ action: 'webhook.redelivery_requested', actor_kind: 'USER', email: 'secretariat@example.org' });
  });

  it('keeps webhooks from delegates and from other clients', async () => {
    const { webhooks } = await machines[0].data('{ webhooks { id } }');
    const [delivery] = (await secretariat.data(DELIVERIES, { id: webhooks[0].id })).webhookDeliveries;
    const delegate = await t.as('delegate.jp@example.org');
    expect(errorOf(await delegate.request(CLIENT_WEBHOOKS))?.code).toBe('FORBIDDEN');
    expect(errorOf(await delegate.request(WEBHOOK, { id: webhooks[0].id }))).toEqual({ code: 'FORBIDDEN', reason: 'API_CLIENTS_ONLY' });
    expect(errorOf(await delegate.request(DELIVERIES, { id: webhooks[0].id }))).toEqual({ code: 'FORBIDDEN', reason: 'API_CLIENTS_ONLY' });
    expect(errorOf(await delegate.request(REDELIVER, { input: { deliveryId: delivery.id } }))).toEqual({ code: 'FORBIDDEN', reason: 'API_CLIENTS_ONLY' });
    expect(errorOf(await machines[1].request(WEBHOOK, { id: webhooks[0].id }))).toEqual({ code: 'NOT_FOUND', reason: 'WEBHOOK_NOT_FOUND' });
    expect(errorOf(await machines[1].request(DELIVERIES, { id: webhooks[0].id }))).toEqual({ code: 'NOT_FOUND', reason: 'WEBHOOK_NOT_FOUND' });
    expect(errorOf(await machines[1].request(REDELIVER, { input: { deliveryId: delivery.id } }))).toEqual({ code: 'NOT_FOUND', reason: 'DELIVERY_NOT_FOUND' });
    expect(errorOf(await machines[1].request(CLIENT_WEBHOOKS))?.code).toBe('FORBIDDEN');
  });
});
