import { query, Sql, sql } from '../database/sql';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { migrationsList } from '../../migrations';
import { isStopping } from './shutdown';

/** A check that has not answered by then counts as failed: a load balancer must not wait on a hung database. */
const CHECK_TIMEOUT_MS = 2_000;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Whether PostgreSQL answers a query through the process's pool. */
export async function databaseReachable(orm: MikroORM): Promise<boolean> {
  try {
    await withinTimeout(orm.em.getConnection().execute('select 1'));
    return true;
  } catch {
    return false;
  }
}

/** Migrations of this build that the database has not applied (MikroORM's table of executed ones). */
async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const rows = await withinTimeout(
    query<{ name: string }>(orm.em.fork(), sql`select name from ${Sql.identifier(table)}`),
  );
  const applied = new Set(rows.map((row) => row.name.replace(/\.[jt]s$/, '')));
  return migrationsList.map((migration) => migration.name).filter((name) => !applied.has(name));
}

type Check = 'ok' | 'down' | 'pending';

/**
 * `/healthz`: the process is alive and answers (for a restart policy).
 * `/readyz`: it can serve — PostgreSQL answers and every migration of this build is applied,
 * and it is not shutting down — else 503 (for a load balancer's rotation).
 */
export function healthRoutes(orm: MikroORM): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: { database: Check; migrations: Check | 'unknown'; pendingMigrations?: string[] } = {
      database: 'down',
      migrations: 'unknown',
    };
    try {
      const pending = await pendingMigrations(orm);
      checks.database = 'ok';
      checks.migrations = pending.length ? 'pending' : 'ok';
      if (pending.length) checks.pendingMigrations = pending;
    } catch {
      checks.database = (await databaseReachable(orm)) ? 'ok' : 'down';
    }
    const ready = checks.database === 'ok' && checks.migrations === 'ok' && !isStopping();
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : isStopping() ? 'stopping' : 'unavailable', checks });
  });
  return router;
}
