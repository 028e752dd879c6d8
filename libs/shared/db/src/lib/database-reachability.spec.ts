import { createServer } from 'node:net';
import { StartupError, StartupProblem } from '@concord/shared/config';
import { assertReachable, connectionFailure } from './database-reachability';

const DATABASE_URL = 'postgres://concord:s3cret@db.example.org:6432/regime';
const failure = (error: unknown) => connectionFailure(DATABASE_URL, error);
const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('why DATABASE_URL cannot be used', () => {
  it('names the server, the setting and what to check, never the password', () => {
    const cases: [unknown, StartupProblem, RegExp][] = [
      [withCode('28P01', 'password authentication failed for user "concord"'), StartupProblem.DATABASE_REFUSED_LOGIN, /^PostgreSQL at db\.example\.org:6432 refused to let user "concord" in \(DATABASE_URL\): password authentication failed .* Check the user name and password/],
      [withCode('3D000'), StartupProblem.DATABASE_MISSING, /^PostgreSQL at db\.example\.org:6432 has no database "regime" \(DATABASE_URL\)\. Create it, e\.g\. createdb -h db\.example\.org -p 6432 -U concord regime/],
      [withCode('ENOTFOUND'), StartupProblem.DATABASE_UNREACHABLE, /^cannot find the host "db\.example\.org" of DATABASE_URL \(ENOTFOUND\)/],
      [new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), StartupProblem.DATABASE_UNREACHABLE, /^cannot connect to PostgreSQL at db\.example\.org:6432, database "regime" \(DATABASE_URL\): connection refused\. Check that the server runs/],
      [new Error('Connection terminated due to connection timeout'), StartupProblem.DATABASE_UNREACHABLE, /: no answer within 10 s\./],
    ];
    for (const [error, problem, message] of cases) {
      const described = failure(error);
      expect(described).toBeInstanceOf(StartupError);
      expect(described).toMatchObject({ problem, message: expect.stringMatching(message) });
      expect(described.message).not.toContain('s3cret');
    }
  });

  it('fails at once, as DATABASE_UNREACHABLE, when nothing listens at the address', async () => {
    const probe = createServer();
    const port = await new Promise<number>((listening) => probe.listen(0, '127.0.0.1', () => listening((probe.address() as { port: number }).port)));
    await new Promise<void>((closed) => probe.close(() => closed()));
    await expect(assertReachable(`postgres://concord:s3cret@127.0.0.1:${port}/concord`)).rejects.toMatchObject({
      problem: StartupProblem.DATABASE_UNREACHABLE,
      message: expect.stringContaining(`PostgreSQL at 127.0.0.1:${port}, database "concord" (DATABASE_URL): connection refused`),
    });
  });
});
