import { createServer, Server } from 'node:net';
import { anyFreePort, assertPortAvailable, isPortAvailable, portUnavailable } from './ports';
import { StartupError, StartupProblem } from './startup-error';

const HOST = '127.0.0.1';

describe('ports named by a setting', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, HOST, listening));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((closed) => taken.close(() => closed())));

  it('refuses a port in use, naming the port and the setting, and what to do', async () => {
    const refusal = assertPortAvailable({ port, host: HOST, setting: 'EMBEDDED_POSTGRES_PORT' });
    await expect(refusal).rejects.toBeInstanceOf(StartupError);
    await expect(refusal).rejects.toMatchObject({
      problem: StartupProblem.PORT_IN_USE,
      message: expect.stringMatching(new RegExp(`^port ${port} \\(EMBEDDED_POSTGRES_PORT\\) is already in use on ${HOST}: .* set EMBEDDED_POSTGRES_PORT to a free port`)),
    });
    expect(await isPortAvailable(port, HOST)).toBe(false);
  });

  it('accepts a free port and 0, and hands out free ports', async () => {
    const free = await anyFreePort(HOST);
    expect(await isPortAvailable(free, HOST)).toBe(true);
    await expect(assertPortAvailable({ port: free, host: HOST, setting: 'PORT' })).resolves.toBeUndefined();
    await expect(assertPortAvailable({ port: 0, host: HOST, setting: 'PORT' })).resolves.toBeUndefined();
  });

  it('names a privileged port as such, and leaves other failures to the caller', () => {
    const configured = { port: 80, host: HOST, setting: 'PORT' };
    expect(portUnavailable(configured, Object.assign(new Error('listen EACCES'), { code: 'EACCES' }))).toMatchObject({
      problem: StartupProblem.PORT_NOT_PERMITTED,
      message: expect.stringContaining('Set PORT to a port above 1023'),
    });
    expect(portUnavailable(configured, new Error('something else'))).toBeUndefined();
  });
});
