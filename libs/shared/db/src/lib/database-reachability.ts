import { StartupError, StartupProblem } from '@concord/shared/config';

/** Long enough for a server across a network, short enough that a wrong address fails instead of hanging a start. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects once to DATABASE_URL before anything else uses it, so that a wrong address, password or database name is
 * reported as such: which server, which setting, what to check. The password is never repeated.
 */
export async function assertReachable(databaseUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw connectionFailure(databaseUrl, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function connectionFailure(databaseUrl: string, error: unknown): StartupError {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username);
  const user = decodeURIComponent(url.username) || 'the default user';
  const server = `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || 5432}`;
  const code = errorCode(error);
  const said = error instanceof Error ? error.message : String(error);
  switch (code) {
    case '28P01':
    case '28000':
      return new StartupError(
        StartupProblem.DATABASE_REFUSED_LOGIN,
        `${server} refused to let user "${user}" in (DATABASE_URL): ${said}. Check the user name and password in ` +
          `DATABASE_URL, and that the server's pg_hba.conf admits this user from this machine.`,
      );
    case '3D000':
      return new StartupError(
        StartupProblem.DATABASE_MISSING,
        `${server} has no database "${database}" (DATABASE_URL). Create it, e.g. createdb -h ${url.hostname} -p ` +
          `${url.port || 5432} -U ${user} ${database}, or name an existing database in DATABASE_URL.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        StartupProblem.DATABASE_UNREACHABLE,
        `cannot find the host "${url.hostname}" of DATABASE_URL (${code}). Check the host name in DATABASE_URL and this ` +
          `machine's DNS, or unset DATABASE_URL to use the embedded PostgreSQL.`,
      );
    default:
      return new StartupError(
        StartupProblem.DATABASE_UNREACHABLE,
        `cannot connect to ${server}, database "${database}" (DATABASE_URL): ${describe(code, said)}. Check that the ` +
          `server runs and accepts TCP connections on that host and port (listen_addresses, firewall, TLS settings), or ` +
          `unset DATABASE_URL to use the embedded PostgreSQL.`,
      );
  }
}

function describe(code: string | undefined, said: string): string {
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (/timeout/i.test(said)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  return said || code || 'unknown error';
}

/** PostgreSQL's SQLSTATE or the socket's errno; Node reports a refused dual-stack connect as an AggregateError. */
function errorCode(error: unknown): string | undefined {
  const withCode = error as { code?: string; errors?: { code?: string }[] };
  return withCode?.code ?? withCode?.errors?.find((inner) => inner.code)?.code;
}
