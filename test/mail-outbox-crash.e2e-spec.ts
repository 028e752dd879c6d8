import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@concord/shared/testing';
import { gql, RunningConcord, signIn, startConcord, stopConcord } from './support/concord-process';
import { eventually } from './support/eventually';
import { SmtpReceiver } from './support/smtp-receiver';

const EMAIL = 'head.jp@example.org';
// The demo negotiation would queue mail of its own; these tests count one message.
const QUIET = { CONCORD_SEED_NEGOTIATION: 'false' };

/**
 * The mail outbox survives a crash: a real API process is killed with SIGKILL while it is sending a message that
 * its transaction committed; a new process on the same database sends it, and the receiver gets it exactly once.
 */
describe('mail outbox across a crash', () => {
  let smtp: SmtpReceiver;
  let database: TestDatabase;
  let dataDir: string;
  let running: RunningConcord | undefined;

  beforeAll(async () => {
    smtp = new SmtpReceiver();
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'concord-mail-crash-'));
  });
  afterAll(async () => {
    await stopConcord(running);
    await smtp.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outboxRows = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT status, attempts FROM mail_outbox WHERE recipient = $1`, [EMAIL])).rows;
    } finally {
      await client.end();
    }
  };

  it('sends a message committed before the kill once, from the next process', async () => {
    const env = { ...QUIET, DATABASE_URL: database.url, SMTP_URL: await smtp.start(), MAIL_SEND_TIMEOUT_MS: '1000' };
    smtp.stall();
    running = await startConcord(dataDir, env);
    const answer = await gql(running.graphqlUrl, `mutation { requestPasswordReset(input: { email: "${EMAIL}" }) }`);
    expect(answer.data.requestPasswordReset).toBe(true);
    // The message is on the wire, unanswered: the process dies between the commit and the end of the send.
    await eventually(() => smtp.dataStarted >= 1);
    running.process.child.kill('SIGKILL');
    await running.process.exited;
    expect(smtp.mails).toHaveLength(0);
    expect(await outboxRows()).toEqual([{ status: 'PENDING', attempts: 0 }]);

    smtp.resume();
    running = await startConcord(dataDir, env);
    await eventually(() => smtp.to(EMAIL).length >= 1, 60_000);
    await eventually(async () => (await outboxRows())[0]?.status === 'SENT');
    expect(await stopConcord(running)).toBe(0);
    running = undefined;
    expect(smtp.to(EMAIL)).toHaveLength(1);
    expect(smtp.to(EMAIL)[0].subject).toBe('Reset your Concord password');
    expect(await outboxRows()).toEqual([{ status: 'SENT', attempts: 1 }]);
    expect(smtp.errors).toEqual([]);
  }, 180_000);

  it('writes mail as .eml files under the data directory when no SMTP server is set, and lists them', async () => {
    const folderDir = mkdtempSync(join(tmpdir(), 'concord-mail-folder-'));
    const other = await createTestDatabase();
    try {
      running = await startConcord(folderDir, { ...QUIET, DATABASE_URL: other.url });
      await gql(running.graphqlUrl, `mutation { requestPasswordReset(input: { email: "${EMAIL}" }) }`);
      const outbox = join(folderDir, 'mail-outbox');
      const file = await eventually(() => {
        try {
          return readdirSync(outbox).find((name) => name.endsWith('.eml'));
        } catch {
          return undefined;
        }
      });
      const eml = readFileSync(join(outbox, file), 'utf8');
      expect(eml).toMatch(/^To: head\.jp@example\.org$/m);
      expect(eml).toMatch(/^Subject: Reset your Concord password$/m);
      expect(eml).toContain('Content-Type: multipart/alternative');
      const token = await signIn(running.graphqlUrl);
      // The file is written just before the row is marked SENT.
      const listed = await eventually(async () => {
        const answer = await gql(running!.graphqlUrl, '{ devMailOutbox { to subject status } }', token);
        return answer.data.devMailOutbox[0]?.status === 'SENT' && answer;
      });
      expect(listed.data.devMailOutbox).toEqual([{ to: EMAIL, subject: 'Reset your Concord password', status: 'SENT' }]);
    } finally {
      await stopConcord(running);
      running = undefined;
      await other.drop();
      rmSync(folderDir, { recursive: true, force: true });
    }
  }, 180_000);
});
