import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedControlList } from '@concord/database';
import { verifyWebhookSignature } from '@concord/events';
import { GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';

/**
 * Publishing a release tells the member governments' systems: a live subscription (in-process here; Redis is covered
 * by events.e2e-spec), a signed webhook, and an entry in the audit chain, all from the publishing transaction.
 */
describe('what a release publication tells the world', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let machine: GraphQLClient;
  let apiKey: string;
  let receiver: Server;
  let url: string;
  const deliveries: { headers: IncomingMessage['headers']; body: string }[] = [];
  let subscriber: Client;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_POLL_MS: '25' });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    secretariat = await t.as('secretariat@example.org');
    const [{ id: deState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'DE'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: deState, name: 'BAFA licensing', scopes: ['RELEASES_READ'] },
    }));
    machine = t.gql.as({ apiKey });
  });
  afterAll(async () => {
    await subscriber?.dispose();
    await t.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('reaches a machine subscriber and a signed webhook, and is audited, with the digest it can verify', async () => {
    const { registerWebhook } = await machine.data('mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }', {
      input: { url, events: ['RELEASE_PUBLISHED'] },
    });
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    subscriber = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `ApiKey ${apiKey}` }, retryAttempts: 0 });
    const heard: { version: string; digest: string; previousVersion: string; incorporates: string[] }[] = [];
    const subscribed = new Promise<void>((resolve) => subscriber.on('connected', () => resolve()));
    subscriber.subscribe(
      { query: 'subscription { releasePublished { version previousVersion digest incorporates } }' },
      { next: (message) => heard.push((message.data as { releasePublished: (typeof heard)[number] }).releasePublished), error: () => undefined, complete: () => undefined },
    );
    await subscribed;

    const jp = await t.as('delegate.jp@example.org');
    const entry = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) },
    ]);
    const { publishRelease } = await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version digest } }', {
      input: { version: '2026.1', proposalIds: [proposal.id] },
    });

    await eventually(() => heard.length > 0 && deliveries.length > 0);
    expect(heard).toEqual([{ version: '2026.1', previousVersion: '2026.0', digest: publishRelease.digest, incorporates: [proposal.reference] }]);

    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    const timestamp = Number(delivery.headers['concord-timestamp']);
    expect(verifyWebhookSignature(registerWebhook.secret, timestamp, delivery.body, String(delivery.headers['concord-signature']))).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'release.published', data: { version: '2026.1', digest: publishRelease.digest } });

    const { auditLog } = await secretariat.data('{ auditLog(filter: { action: RELEASE_PUBLISHED }) { edges { node { action summary } } } }');
    expect(auditLog.edges).toHaveLength(1);
    expect(JSON.parse(auditLog.edges[0].node.summary)).toMatchObject({ version: '2026.1', digest: publishRelease.digest, incorporates: [proposal.reference] });
    expect((await secretariat.data('{ verifyAuditChain { valid } }')).verifyAuditChain.valid).toBe(true);
  });
});
