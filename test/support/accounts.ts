import type { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';

export const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken expiresAt sessionExpiresAt secondFactorEnrolmentRequired user { email } } }`;

/** Signs in over HTTP and keeps what the browser would: the access token and the refresh cookie. */
export async function signInWithCookie(server: Server, input: Record<string, unknown>) {
  const response = await request(server).post('/graphql').set('content-type', 'application/json').send({ query: LOGIN, variables: { input } });
  const cookie = (response.headers['set-cookie'] as unknown as string[] | undefined)?.find((c) => c.startsWith('concord_refresh='));
  return { body: response.body, accessToken: response.body.data?.login?.accessToken as string | undefined, cookie };
}

/** POST /auth/refresh as the web application calls it. */
export function refresh(server: Server, cookie: string | undefined) {
  let call = request(server).post('/auth/refresh').set('concord-refresh', '1');
  if (cookie) call = call.set('cookie', cookie.split(';')[0]);
  return call.send();
}

export const cookieOf = (response: { headers: Record<string, unknown> }) =>
  (response.headers['set-cookie'] as string[] | undefined)?.find((c) => c.startsWith('concord_refresh='));

export const wsUrl = (app: INestApplication) => `ws://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;

/**
 * A raw graphql-ws socket with one subscription, recording how it closed: the test sees exactly the close code the
 * server sent.
 */
export function openSubscription(app: INestApplication, authorization: string | undefined, query = 'subscription { proposalEvents { type } }') {
  const state: { closeCode?: number; errors: unknown[]; connected: boolean } = { errors: [], connected: false };
  const client = createClient({
    url: wsUrl(app),
    webSocketImpl: WebSocket,
    connectionParams: authorization === undefined ? undefined : { authorization },
    lazy: false,
    retryAttempts: 0,
    // The close is what the tests look at; the client's default would print it as an error.
    onNonLazyError: () => undefined,
    on: {
      connected: () => (state.connected = true),
      closed: (event) => (state.closeCode = (event as { code: number }).code),
    },
  });
  // A refusal in the subscription's resolver arrives as a result with errors, not as a protocol error.
  client.subscribe({ query }, { next: (value) => void (value.errors && state.errors.push(...value.errors)), error: (error) => state.errors.push(error), complete: () => undefined });
  return { client, state };
}
