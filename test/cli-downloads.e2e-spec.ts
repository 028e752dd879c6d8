import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createTcpServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedControlList } from '@concord/database';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const MiB = 1024 * 1024;

const concord = (...args: string[]) => runConcord(args);

/** A refusal as a member government sees it: exit 1, nothing on stdout, one line on stderr and no stack or `terminated`. */
function refused(code: string, message: RegExp) {
  return { code: 1, out: '', err: expect.stringMatching(new RegExp(`^REFUSED \\(${code}\\): [^\\n]*${message.source}[^\\n]*$`)) };
}

const servers: Server[] = [];

/** What a mirror copied honestly from the real server: the trust metadata pull checks before any document. */
const trusted = { timestamp: '' };

/**
 * A local malicious mirror: it serves the real server's timestamp (unless `timestamp` is false) and says there is no
 * root rotation, so that pull gets as far as the download; every other request gets `answer`.
 */
async function mirror(answer: (request: IncomingMessage, response: ServerResponse) => void, options = { timestamp: true }): Promise<string> {
  const server = createServer((request, response) => {
    if (request.url === '/releases/root/2.json') return void response.writeHead(404).end('{}');
    if (options.timestamp && request.url === '/releases/timestamp.json') return void response.end(trusted.timestamp);
    answer(request, response);
  });
  return `http://${await listening(server)}`;
}

async function listening(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Writes 64 KiB chunks as fast as the client takes them, up to `limit` bytes; resolves, once the connection is
 * closed, to how many bytes were handed to the socket: what a client that stops early made the server send.
 */
function stream(response: ServerResponse, limit = Infinity): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let written = 0;
  response.on('error', () => undefined);
  return new Promise((resolve) => {
    const more = (): void => {
      while (written < limit && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      if (written >= limit) response.end();
    };
    response.on('close', () => resolve(written));
    more();
  });
}

describe('concord pull against malicious mirrors: every network failure is one REFUSED line and exit 1', () => {
  let t: TestApp;
  let work: string;
  let root: string;
  let server: string;
  let apiKey: string;
  const pull = (mirrorUrl: string, ...args: string[]) =>
    concord('pull', '--server', mirrorUrl, '--root', root, '--out', join(work, 'held'), '--timeout', '5000', ...args);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'concord-downloads-'));
    t = await startTestApp();
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data<{ createApiClient: { apiKey: string } }>(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
      { input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] } },
    ));
    const headers = { authorization: `ApiKey ${apiKey}` };
    root = join(work, 'root.json');
    writeFileSync(root, await (await fetch(`${server}/releases/root/1.json`, { headers })).text());
    trusted.timestamp = await (await fetch(`${server}/releases/timestamp.json`, { headers })).text();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(work, { recursive: true, force: true });
    await t?.close();
  });

  it('refuses an endless body as soon as it passes --max-bytes, and closes the connection', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    const server = await mirror((_request, response) => (sent = stream(response)));
    expect(await pull(server, '--version', '2026.1', '--max-bytes', String(MiB))).toMatchObject(
      refused('TOO_LARGE', /release 2026\.1 from http:\/\/127\.0\.0\.1:\d+: the answer exceeds the limit of 1048576 bytes/),
    );
    expect(await sent).toBeLessThan(16 * MiB);
  });

  it('refuses 128 MiB announced by Content-Length at the headers, under the default 64 MiB cap', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    const server = await mirror((_request, response) => {
      response.writeHead(200, { 'content-length': String(128 * MiB) });
      sent = stream(response, 128 * MiB);
    });
    expect(await pull(server, '--version', '2026.1')).toMatchObject(
      refused('TOO_LARGE', /the answer announces 134217728 bytes, over the limit of 67108864/),
    );
    expect(await sent).toBeLessThan(16 * MiB);
  });

  it('refuses a timestamp beyond 1 MiB, and one that is not JSON', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    const endless = await mirror((_request, response) => (sent = stream(response)), { timestamp: false });
    expect(await pull(endless)).toMatchObject(refused('TOO_LARGE', /the timestamp from .*: the answer exceeds the limit of 1048576 bytes/));
    expect(await sent).toBeLessThan(16 * MiB);
    const html = await mirror((_request, response) => response.end('<html>maintenance</html>'), { timestamp: false });
    expect(await pull(html)).toMatchObject(refused('MALFORMED', /timestamp\.json did not answer JSON/));
  });

  it('gives up on a body that sends one byte and stalls, on a server that never answers, and on a TLS handshake that never ends', async () => {
    const drip = await mirror((_request, response) => {
      response.writeHead(200, { 'content-length': '1000' });
      response.write('{');
    });
    expect(await pull(drip, '--version', '2026.1', '--timeout', '300')).toMatchObject(
      refused('READ_TIMEOUT', /the body stalled: no byte for 300 ms after 1 bytes/),
    );
    const silent = await mirror(() => undefined);
    expect(await pull(silent, '--version', '2026.1', '--timeout', '300')).toMatchObject(
      refused('READ_TIMEOUT', /connected, but no answer came within 300 ms/),
    );
    // A TCP port that accepts, reads and never says anything: the TLS handshake counts towards connecting.
    const mute = `https://${await listening(createTcpServer((socket) => socket.resume()))}`;
    expect(await pull(mute, '--version', '2026.1', '--timeout', '300')).toMatchObject(
      refused('CONNECT_TIMEOUT', /no TLS connection within 300 ms/),
    );
  });

  it('refuses a connection reset mid-body, and a body shorter than its Content-Length', async () => {
    const reset = await mirror((_request, response) => {
      response.writeHead(200);
      response.write(Buffer.alloc(1000, 'x'), () => response.socket?.resetAndDestroy());
    });
    expect(await pull(reset, '--version', '2026.1')).toMatchObject(
      refused('CONNECTION_RESET', /the connection was reset or closed after \d+ bytes, before the answer ended/),
    );
    const short = await mirror((_request, response) => {
      response.writeHead(200, { 'content-length': '1000' });
      response.write('0123456789', () => response.socket?.end());
    });
    expect(await pull(short, '--version', '2026.1')).toMatchObject(
      refused('TRUNCATED', /the connection ended after 10 of the 1000 bytes its Content-Length announced/),
    );
  });

  it('refuses a port nobody listens on, a name that does not resolve, and a server that does not speak TLS', async () => {
    const closed = createTcpServer();
    const address = await listening(closed);
    await new Promise((resolve) => closed.close(resolve));
    expect(await pull(`http://${address}`, '--version', '2026.1')).toMatchObject(
      refused('CONNECTION_REFUSED', /nothing accepts connections on port \d+ \(ECONNREFUSED\)/),
    );
    expect(await concord('keys', '--server', `http://${address}`, '--api-key', apiKey)).toMatchObject(
      refused('CONNECTION_REFUSED', /the root metadata from http:\/\/127\.0\.0\.1:\d+: nothing accepts connections/),
    );
    // .invalid never resolves (RFC 6761).
    expect(await pull('http://concord.invalid', '--version', '2026.1')).toMatchObject(
      refused('HOST_NOT_FOUND', /the name concord\.invalid does not resolve/),
    );
    const plain = (await mirror((_request, response) => response.end('{}'))).replace('http:', 'https:');
    expect(await pull(plain, '--version', '2026.1')).toMatchObject(refused('TLS_FAILED', /the TLS handshake failed/));
  });

  it('refuses a 500, quoting the server without letting it write escape sequences to the terminal', async () => {
    const failing = await mirror((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'INTERNAL', message: 'database down\u001b[2J\nREFUSED (NONE): forged' }));
    });
    const answer = await pull(failing, '--version', '2026.1');
    expect(answer).toMatchObject(refused('HTTP_STATUS', /the server answered 500 Internal Server Error: INTERNAL: database down \[2J REFUSED \(NONE\): forged/));
    expect(answer.err).not.toContain('\u001b');
  });

  it('still pulls an honest release from the real server, and refuses it when --max-bytes is below its size', async () => {
    const honest = (out: string, ...args: string[]) =>
      concord('pull', '--server', server, '--api-key', apiKey, '--root', root, '--out', join(work, out), ...args);

    expect(await honest('honest')).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^Pulled release 2026\.0 /) });
    const size = readFileSync(join(work, 'honest', 'release.json')).length;
    expect(await honest('capped', '--version', '2026.0', '--max-bytes', String(size - 1), '--timeout', '2000')).toMatchObject(
      refused('TOO_LARGE', new RegExp(`release 2026\\.0 from ${server}: the answer (announces ${size} bytes, over|exceeds) the limit of ${size - 1}`)),
    );
    expect(await honest('exact', '--version', '2026.0', '--max-bytes', String(size))).toMatchObject({ code: 0 });
  });
});
