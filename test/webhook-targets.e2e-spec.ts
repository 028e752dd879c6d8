import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { concordEvent, WebhookService } from '@concord/events';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const REGISTER = `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id) { status attempts attemptLog { statusCode error } } }`;

/** With the production setting, a webhook can never make Concord call into the network it runs in. */
describe('webhook targets must be public addresses', () => {
  let t: TestApp;
  let machine: GraphQLClient;
  let receiver: Server;
  let url: string;
  let hits = 0;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_POLL_MS: '25', WEBHOOK_MAX_ATTEMPTS: '2' });
    receiver = createServer((_req, res) => {
      hits++;
      res.statusCode = 204;
      res.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: nlState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'NL'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: nlState, name: 'Dutch customs', scopes: ['RELEASES_READ'] },
    });
    machine = t.gql.as({ apiKey: createApiClient.apiKey });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it.each(['http://127.0.0.1:9/hook', 'http://localhost/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/hook', 'http://10.0.0.8/hook'])(
    'refuses to register %s',
    async (target) => {
      const response = await machine.request(REGISTER, { input: { url: target, events: ['RELEASE_PUBLISHED'] } });
      expect(errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK_TARGET_NOT_PUBLIC' });
    },
  );

  it('does not send to a target that is not public at delivery time, and records why', async () => {
    // As if the name had resolved to a public address at registration and to this machine later (DNS rebinding).
    const [{ id: clientId }] = await t.db.query(`SELECT id FROM api_client WHERE name = 'Dutch customs'`);
    const [{ id: webhookId }] = await t.db.query(
      `INSERT INTO webhook (api_client_id, url, events, secret) VALUES ($1, $2, ARRAY['RELEASE_PUBLISHED'], 'whsec_test') RETURNING id`,
      [clientId, url],
    );
    const event = concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, { version: '2026.1', digest: 'cd'.repeat(32) });
    await t.db.transaction((manager) => t.app.get(WebhookService).enqueueForEvent(manager, event));

    const delivery = await eventually(async () => {
      const [latest] = (await machine.data(DELIVERIES, { id: webhookId })).webhookDeliveries as { status: string; attempts: number; attemptLog: { statusCode: number | null; error: string }[] }[];
      return latest?.status !== 'PENDING' && latest;
    });
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(delivery.attemptLog.every((attempt) => attempt.statusCode === null && /127\.0\.0\.1.*not a public address/.test(attempt.error))).toBe(true);
    expect(hits).toBe(0);
  });
});
