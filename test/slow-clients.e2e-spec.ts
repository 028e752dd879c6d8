import { connect, Socket } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';

/** A raw connection that has sent `bytes` and collects what the server answers until it closes. */
function rawConnection(port: number, bytes: string, localAddress = '127.0.0.1') {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  void connected.then(() => socket.write(bytes));
  return { socket, connected, closed };
}

const PARTIAL_HEADERS = 'POST /graphql HTTP/1.1\r\nHost: concord\r\nContent-Type: application/json\r\n';

describe('slow clients cannot hold the server', () => {
  let t: TestApp;
  let port: number;
  const opened: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600', MAX_CONNECTIONS_PER_ADDRESS: '4' });
    await t.app.listen(0, '127.0.0.1');
    port = t.app.getHttpServer().address().port;
  });
  afterAll(async () => {
    opened.forEach((socket) => socket.destroy());
    await t.close();
  });

  it('answers 408 and closes a connection whose headers never finish', async () => {
    const slow = rawConnection(port, PARTIAL_HEADERS);
    expect(await slow.closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers 408 to a request whose body never finishes arriving', async () => {
    const slow = rawConnection(port, `${PARTIAL_HEADERS}Content-Length: 100\r\n\r\n{"query":`);
    expect(await slow.closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes the connection one address opens beyond the cap at once, and still serves other addresses', async () => {
    const held = Array.from({ length: 4 }, () => rawConnection(port, 'P'));
    opened.push(...held.map((connection) => connection.socket));
    await Promise.all(held.map((connection) => connection.connected));
    const fifth = rawConnection(port, `GET /health HTTP/1.1\r\nHost: concord\r\n\r\n`);
    expect(await fifth.closed).toBe('');

    const elsewhere = rawConnection(port, `GET /health HTTP/1.1\r\nHost: concord\r\nConnection: close\r\n\r\n`, '127.0.0.2');
    expect(await elsewhere.closed).toMatch(/^HTTP\/1\.1 200/);
  });
});
