import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { paths } from '../config';
import { liftStatementTimeout } from './faults';
import { ormConfig } from './mikro-orm.config';
import { superviseEmbeddedPostgres, type SupervisedPostgres, type WatchdogEvents } from './postgres-watchdog';

export interface Database {
  orm: MikroORM;
  url: string;
  /** Whether the server is the embedded one this process started. */
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'phuxanh';

/** Creates a database on a server unless it exists (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) {
      const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
      await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Opens the ORM on a database whose schema is up to date (reading from its replicas, if any). */
export function connectOrm(url: string, replicaUrls: readonly string[] = []): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, replicaUrls));
}

/** Opens the ORM on a database (reading from its replicas, if any) and brings its schema up to date. */
export async function openOrm(url: string, replicaUrls: readonly string[] = []): Promise<MikroORM> {
  const orm = await connectOrm(url, replicaUrls);
  await orm.em.fork().transactional(async (tx) => {
    await liftStatementTimeout(tx);
    await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
  });
  return orm;
}

/**
 * An ORM on the primary alone, for requests that write and then read what they wrote: the
 * same ORM when there are no replicas, else a second one without them.
 */
export async function primaryOrmOf(orm: MikroORM): Promise<MikroORM> {
  if (!orm.config.get('replicas')?.length) return orm;
  return MikroORM.init(ormConfig(orm.config.get('clientUrl')!));
}

/**
 * The database of `npm start`: the server named by DATABASE_URL, or else an embedded
 * PostgreSQL whose data stays in the project folder across restarts, restarted by a watchdog
 * when it stops (`events.giveUp` when it cannot be).
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  events: WatchdogEvents,
  replicaUrls: readonly string[] = [],
): Promise<Database> {
  let embedded: SupervisedPostgres | undefined;
  let url = databaseUrl;
  if (!url) {
    embedded = await superviseEmbeddedPostgres({ dataDir: paths.embeddedDatabase, durable: true }, events);
    url = await ensureDatabase(embedded.current().url, EMBEDDED_DATABASE_NAME);
    events.log(`PostgreSQL nhúng đang chạy, dữ liệu lưu tại ${embedded.current().dataDir}`);
  }
  try {
    const orm = await openOrm(url, replicaUrls);
    return {
      orm,
      url,
      embedded: !!embedded,
      close: async () => {
        // Forced: a stop must not wait for pooled connections to be handed back.
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
