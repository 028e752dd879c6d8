import { createServer, RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Refusal } from '../refusal';
import { FetchProblem } from './fetch-problem';
import { safeFetch } from './safe-fetch';

describe('safeFetch', () => {
  const servers: Server[] = [];
  const serve = async (listener: RequestListener): Promise<string> => {
    const server = createServer(listener);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  };
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))));
  });

  it('takes a body of exactly maxBytes, sent without a length, and refuses one byte more', async () => {
    // write, then end: chunked, so only counting can catch the extra byte.
    const url = await serve((request, response) => (response.write(Buffer.alloc(Number(request.url?.slice(1)), 'x')), response.end()));
    expect((await safeFetch(`${url}1000`, { what: 'a body', maxBytes: 1000 })).body.length).toBe(1000);
    await expect(safeFetch(`${url}1001`, { what: 'a body', maxBytes: 1000 })).rejects.toMatchObject({ problem: FetchProblem.TOO_LARGE });
  });

  it('ends a body that keeps trickling in under the idle timeout when the deadline passes', async () => {
    const url = await serve((_request, response) => {
      const drip = setInterval(() => response.write('x'), 20);
      response.on('close', () => clearInterval(drip));
    });
    const refusal = await safeFetch(url, { what: 'a trickle', maxBytes: 1000, timeoutMs: 200, deadlineMs: 300 }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({ problem: FetchProblem.DEADLINE_EXCEEDED, message: expect.stringMatching(/^a trickle from http:\/\/127\.0\.0\.1:\d+: the answer was not complete after 300 ms \(\d+ bytes of body received\)$/) });
  });
});
