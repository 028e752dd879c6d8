import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '@concord/api';
import { seedControlList } from '@concord/database';
import { EventBus } from '@concord/events';
import { GraphQLClient } from '@concord/shared/testing';
import { describeWithRedis, redisUrl } from './support/describe-with-redis';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;

const wsUrl = (app: INestApplication) => `ws://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;

/** Collects what a subscription receives. */
function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: Record<string, any>[] = [];
  const errors: unknown[] = [];
  // A refusal in the subscription's resolver arrives as a result with errors, not as a protocol error.
  const next = (value: { data?: unknown; errors?: readonly unknown[] }) => (value.errors ? errors.push(...value.errors) : received.push((value.data ?? {}) as Record<string, any>));
  const dispose = client.subscribe({ query, variables }, { next, error: (e) => errors.push(e), complete: () => undefined });
  return { received, errors, dispose };
}

describeWithRedis('events across two API instances through Redis', () => {
  let a: TestApp;
  let b: INestApplication;
  const clients: Client[] = [];
  let jp: GraphQLClient;
  let amendment: Record<string, unknown>;

  const socket = async (app: INestApplication, email: string) => {
    const client = createClient({ url: wsUrl(app), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await a.tokenFor(email)}` }, lazy: false, retryAttempts: 0 });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl(), EVENTS_CHANNEL_PREFIX: `concord-test-${randomBytes(6).toString('hex')}` };
    a = await startTestApp(env);
    await seedControlList(a.app);
    b = await createApp(a.config, a.database.url, { logger: false });
    await a.app.listen(0, '127.0.0.1');
    await b.listen(0, '127.0.0.1');
    jp = await a.as('delegate.jp@example.org');
    const { latestRelease } = await jp.data('{ latestRelease { entry(code: "5A001") { heading reasons paragraphs { path kind text } } } }');
    const base = latestRelease.entry;
    amendment = {
      kind: 'AMEND_ENTRY',
      code: '5A001',
      entry: { code: '5A001', heading: base.heading, status: 'ACTIVE', reasons: ['HR', ...base.reasons], paragraphs: base.paragraphs, references: [], definitions: [], correlations: [] },
    };
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await b?.close();
    await a?.close();
  });

  it('delivers an event made on instance A to a subscriber on instance B, and keeps a draft inside its delegation', async () => {
    const jpOnB = subscribe(await socket(b, 'head.jp@example.org'), 'subscription { proposalEvents { type proposalId reference status revision } }');
    const usOnB = subscribe(await socket(b, 'delegate.us@example.org'), 'subscription { proposalEvents { type proposalId status } }');
    await eventually(() => b.get(EventBus).streamCount === 2);

    const { createProposal } = await jp.data(CREATE, { input: { title: 'Events', rationale: 'r', justification: { humanRightsRisk: 'x', evidenceOfMisuse: 'x', foreignAvailability: 'x', controllability: 'x', clarity: 'x' }, changes: [amendment] } });
    await eventually(() => jpOnB.received.length >= 1);
    expect(jpOnB.received[0].proposalEvents).toMatchObject({ type: 'CREATED', proposalId: createProposal.id, status: 'DRAFT' });

    await jp.data(SUBMIT, { input: { proposalId: createProposal.id } });
    await eventually(() => jpOnB.received.length >= 2 && usOnB.received.length >= 1);
    // The other state hears of the proposal only once it is submitted; the draft's creation never reached it.
    expect(usOnB.received.map((event) => event.proposalEvents.type)).toEqual(['SUBMITTED']);
    expect(jpOnB.received.map((event) => event.proposalEvents.type)).toEqual(['CREATED', 'SUBMITTED']);

    const comments = subscribe(await socket(b, 'secretariat@example.org'), `subscription ($id: ID!) { commentEvents(proposalId: $id) { type proposalId commentId } }`, { id: createProposal.id });
    await eventually(() => b.get(EventBus).streamCount === 3);
    const us = await a.as('delegate.us@example.org');
    const { addComment } = await us.data(COMMENT, { input: { proposalId: createProposal.id, body: 'Which layers?' } });
    await eventually(() => comments.received.length >= 1);
    expect(comments.received[0].commentEvents).toEqual({ type: 'ADDED', proposalId: createProposal.id, commentId: addComment.id });
  });

  it('refuses bad credentials at connection, and deliberations to API clients', async () => {
    const bad = createClient({ url: wsUrl(b), webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer nonsense' }, retryAttempts: 0 });
    clients.push(bad);
    const refused = subscribe(bad, 'subscription { proposalEvents { type } }');
    await eventually(() => refused.errors.length > 0);
    expect((refused.errors[0] as { code?: number }).code).toBe(4403);

    const secretariat = await a.as('secretariat@example.org');
    const [{ id: jpState }] = await a.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'customs', scopes: ['RELEASES_READ'] },
    });
    const machine = createClient({ url: wsUrl(b), webSocketImpl: WebSocket, connectionParams: { authorization: `ApiKey ${createApiClient.apiKey}` }, retryAttempts: 0 });
    clients.push(machine);
    const forbidden = subscribe(machine, 'subscription { proposalEvents { type } }');
    await eventually(() => forbidden.errors.length > 0);
    expect(forbidden.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
