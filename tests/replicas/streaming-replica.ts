import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/database/embedded-postgres';

/** Folders whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts']);
const SLOT = 'phuxanh_replica';
const CATCH_UP_MS = 30_000;

export interface StreamingPair {
  primary: RunningPostgres;
  replica: RunningPostgres;
  /** Maintenance connections to each server. */
  primaryClient: Client;
  replicaClient: Client;
  /** Stops applying WAL on the replica (it keeps receiving it). */
  pauseReplay(): Promise<void>;
  /** Applies WAL again and waits until the replica has replayed everything the primary has written. */
  resumeAndCatchUp(): Promise<void>;
  stop(): Promise<void>;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + CATCH_UP_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * A primary with `prepare` run on it, then a streaming replica made from a low-level base
 * backup of it (the embedded binaries have no pg_basebackup): a replication role and slot,
 * pg_backup_start, a copy of the data folder, pg_backup_stop's backup label, standby.signal
 * and primary_conninfo. Under root both servers run as the postgres account.
 */
export async function startStreamingPair(
  folder: string,
  prepare: (primaryUrl: string) => Promise<void>,
): Promise<StreamingPair> {
  const primaryDir = join(folder, 'primary');
  const replicaDir = join(folder, 'replica');
  const primary = await startEmbeddedPostgres({ dataDir: primaryDir, durable: false });
  await prepare(primary.url);

  const primaryClient = await connect(primary.url);
  const password = randomBytes(12).toString('hex');
  await primaryClient.query(`create role replicator with replication login password '${password}'`);
  await primaryClient.query('select pg_create_physical_replication_slot($1, true)', [SLOT]);
  await primaryClient.query("select pg_backup_start('phuxanh-replica', true)");
  cpSync(primaryDir, replicaDir, {
    recursive: true,
    filter: (source) => {
      const path = relative(primaryDir, source);
      const [top, ...rest] = path.split(sep);
      return !LEFT_OUT.has(path) && !(EMPTIED.has(top) && rest.length > 0);
    },
  });
  const { rows } = await primaryClient.query<{ labelfile: string; spcmapfile: string }>(
    'select labelfile, spcmapfile from pg_backup_stop(true)',
  );
  writeFileSync(join(replicaDir, 'backup_label'), rows[0].labelfile);
  mkdirSync(join(replicaDir, 'pg_wal', 'archive_status'), { recursive: true });
  writeFileSync(join(replicaDir, 'standby.signal'), '');
  appendFileSync(
    join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=replicator password=${password} application_name=phuxanh_replica'\n` +
      `primary_slot_name = '${SLOT}'\n`,
  );
  copyFileSync(`${primaryDir}.password`, `${replicaDir}.password`);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', replicaDir]);

  const replica = await startEmbeddedPostgres({ dataDir: replicaDir, durable: false });
  const replicaClient = await connect(replica.url);

  const resumeAndCatchUp = async () => {
    await replicaClient.query('select pg_wal_replay_resume()');
    const {
      rows: [{ lsn }],
    } = await primaryClient.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn');
    await until(async () => {
      const {
        rows: [row],
      } = await replicaClient.query<{ done: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn]);
      return row.done;
    }, 'the replica has replayed the primary');
  };
  await resumeAndCatchUp();

  return {
    primary,
    replica,
    primaryClient,
    replicaClient,
    async pauseReplay() {
      await replicaClient.query('select pg_wal_replay_pause()');
      await until(async () => {
        const {
          rows: [row],
        } = await replicaClient.query<{ state: string }>('select pg_get_wal_replay_pause_state() as state');
        return row.state === 'paused';
      }, 'replay has paused');
    },
    resumeAndCatchUp,
    async stop() {
      await replicaClient.end();
      await primaryClient.end();
      await replica.stop();
      await primary.stop();
    },
  };
}
