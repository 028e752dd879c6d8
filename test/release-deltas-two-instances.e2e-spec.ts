import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '@concord/api';
import { seedControlList } from '@concord/database';
import { EventBus } from '@concord/events';
import { SignedRoot, verifyReleaseDelta } from '@concord/releases';
import { describeWithRedis, redisUrl } from './support/describe-with-redis';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { eventually } from './support/eventually';
import { startTestApp, TestApp } from './support/test-app';

describeWithRedis('subscriptions by subtree across two API instances through Redis', () => {
  let a: TestApp;
  let b: INestApplication;
  let client: Client;

  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL: redisUrl(), EVENTS_CHANNEL_PREFIX: `concord-test-${randomBytes(6).toString('hex')}` });
    await seedControlList(a.app);
    b = await createApp(a.config, a.database.url, { logger: false });
    await b.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await client?.dispose();
    await b?.close();
    await a?.close();
  });

  it('pushes the delta of a release published on instance A to a subscriber on instance B, verifiable there', async () => {
    const [{ id: jpState }] = await a.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await (await a.as('secretariat@example.org')).data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'customs', scopes: ['RELEASES_READ'] },
    });
    const url = `ws://127.0.0.1:${(b.getHttpServer().address() as AddressInfo).port}/graphql`;
    client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `ApiKey ${createApiClient.apiKey}` }, lazy: false, retryAttempts: 0 });
    const received: { releaseDelta: { version: string; changes: { code: string }[]; document: string } }[] = [];
    client.subscribe(
      { query: 'subscription { releaseDelta(scope: { codes: ["4D004"] }) { version changes { code } document } }' },
      { next: (value) => void received.push(value.data as (typeof received)[number]), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => b.get(EventBus).streamCount === 1);

    const jp = await a.as('delegate.jp@example.org');
    const amend = async (code: string) => {
      const entry = await baseEntry(jp, code);
      return { kind: 'AMEND_ENTRY', code, entry: entryInput(entry, { heading: `${entry.heading} (amended)` }) };
    };
    const proposal = await adoptedProposal(a, jp, 'Intrusion software', [await amend('4D004'), await amend('4A005')]);
    await (await a.as('secretariat@example.org')).data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [proposal.id] } });

    await eventually(() => received.length >= 1);
    expect(received[0].releaseDelta).toMatchObject({ version: '2026.1', changes: [{ code: '4D004' }] });
    const root = (await (await fetch(`${url.replace('ws:', 'http:').replace('/graphql', '')}/releases/root/1.json`, { headers: { authorization: `ApiKey ${createApiClient.apiKey}` } })).json()) as SignedRoot;
    expect(verifyReleaseDelta(JSON.parse(received[0].releaseDelta.document), { root: root.signed })).toMatchObject({ ok: true });
  });
});
