import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { concordEvent, verifyWebhookSignature, WebhookService } from '@concord/events';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';

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
