import { createServer } from 'node:net';
import { StartupError, StartupProblem } from './startup-error';

/** A port as the operator chose it: the value, the address it is opened on, and the setting that chose it. */
export interface ConfiguredPort {
  port: number;
  host: string;
  /** The environment variable to change, e.g. `PORT` or `EMBEDDED_POSTGRES_PORT`. */
  setting: string;
}

/**
 * The start failure for a port that cannot be opened, naming the port and its setting; undefined when the cause is
 * not about the port, so that the caller reports it as the unexpected error it is.
 */
export function portUnavailable(configured: ConfiguredPort, error: unknown): StartupError | undefined {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'EADDRINUSE':
      return portInUse(configured);
    case 'EACCES':
      return new StartupError(
        StartupProblem.PORT_NOT_PERMITTED,
        `port ${configured.port} (${configured.setting}) may not be opened by this user on ${configured.host}: ports below ` +
          `1024 need privileges. Set ${configured.setting} to a port above 1023.`,
      );
    default:
      return undefined;
  }
}

export function portInUse({ port, host, setting }: ConfiguredPort): StartupError {
  return new StartupError(
    StartupProblem.PORT_IN_USE,
    `port ${port} (${setting}) is already in use on ${host}: another Concord, a PostgreSQL or another program listens ` +
      `there. Stop it, or set ${setting} to a free port (${setting}=0 picks any free port).`,
  );
}

/**
 * Fails now, with the port's setting named, when the port cannot be opened, rather than after the database has
 * started and the demo data has been seeded. The caller still maps a failure at the real bind (a race is possible).
 */
export async function assertPortAvailable(configured: ConfiguredPort): Promise<void> {
  if (configured.port === 0) return;
  const error = await bindError(configured.port, configured.host);
  if (!error) return;
  throw portUnavailable(configured, error) ?? error;
}

/** Whether `port` can be opened on `host` at this moment. */
export async function isPortAvailable(port: number, host: string): Promise<boolean> {
  return (await bindError(port, host)) === undefined;
}

/** A port the system has just handed out as free on `host`. */
export function anyFreePort(host: string): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error(`no free port on ${host}`))));
    });
  });
}

function bindError(port: number, host: string): Promise<Error | undefined> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error) => done(error));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => done(undefined)));
  });
}
