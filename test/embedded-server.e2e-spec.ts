import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alive, gql, postmaster, runCli, RunningConcord, signIn, startConcord, stopConcord, stopOrphanedPostmaster } from './support/concord-process';

describe('the embedded default: npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-embedded-'));
  const env = { EMBEDDED_POSTGRES_PORT: '0' };
  let running: RunningConcord | undefined;
  afterAll(async () => {
    running?.process.child.kill('SIGKILL');
    await stopOrphanedPostmaster(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with demo data, survives kill -9 with its data, shares its database with the CLI, and stops cleanly on SIGTERM', async () => {
    running = await startConcord(dataDir, env);
    expect(running.process.output()).toContain('secretariat@example.org');
    const token = await signIn(running.graphqlUrl);
    const created = await gql(running.graphqlUrl, 'mutation { createParticipatingState(input: { code: "SE", name: "Sweden" }) { code } }', token);
    expect(created.data.createParticipatingState.code).toBe('SE');

    // kill -9: Node gets no chance to stop PostgreSQL, which is left running as an orphan.
    const orphan = postmaster(dataDir)!.pid;
    running.process.child.kill('SIGKILL');
    await running.process.exited;
    expect(alive(orphan)).toBe(true);

    running = await startConcord(dataDir, env);
    expect(alive(orphan)).toBe(false);
    const states = await gql(running.graphqlUrl, '{ participatingStates { code } }', await signIn(running.graphqlUrl));
    expect(states.data.participatingStates.map((s: { code: string }) => s.code)).toEqual(
      ['AU', 'CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'KR', 'NL', 'SE', 'US'],
    );

    // The CLI joins the database the running API owns, and leaves it running.
    const server = postmaster(dataDir)!.pid;
    const whileRunning = await runCli({ CONCORD_DATA_DIR: dataDir, ...env }, 'export', '--version', '2026.0', '--format', 'json', '--out', join(dataDir, 'while-running.json'));
    expect(whileRunning).toMatchObject({ status: 0 });
    expect(whileRunning.output).toMatch(/Wrote release 2026\.0 \(\d+ entries\)/);
    expect(alive(server)).toBe(true);

    expect(await stopConcord(running)).toBe(0);
    running = undefined;
    expect(alive(server)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // With the API stopped, the CLI starts the embedded database itself and stops it again when done.
    const stopped = await runCli({ CONCORD_DATA_DIR: dataDir, ...env }, 'export', '--version', '2026.0', '--format', 'json', '--out', join(dataDir, 'while-stopped.json'));
    expect(stopped).toMatchObject({ status: 0 });
    expect(readFileSync(join(dataDir, 'while-stopped.json'), 'utf8')).toBe(readFileSync(join(dataDir, 'while-running.json'), 'utf8'));
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
