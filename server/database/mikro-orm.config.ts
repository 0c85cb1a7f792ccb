import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { statementTimeoutMs } from '../config';
import { logger } from '../observability/logger';
import { entities } from './entities';
import { BudgetLogger } from './request-budget';

/**
 * The ORM settings for a database URL; the CLI uses DATABASE_URL. With read replicas, reads
 * outside a transaction go to one of them at random (MikroORM's preferReadReplicas).
 */
export function ormConfig(clientUrl: string, replicaUrls: readonly string[] = []): Options {
  return defineConfig({
    clientUrl,
    replicas: replicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: url })),
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'migrations',
      pathTs: 'migrations',
      snapshot: true,
      snapshotName: 'schema-snapshot',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
    },
    // A metadata cache written by one process (Jest's global setup) breaks discovery in another.
    metadataCache: { enabled: false },
    pool: { min: 0, max: 20 },
    // Start-up work that may take long (migrations, the demo load) lifts it in its transaction.
    driverOptions: {
      connection: { statement_timeout: statementTimeoutMs() },
      // knex's own warnings (a pooled connection lost while PostgreSQL restarts) go to the log, not to bare console lines.
      log: {
        warn: (message: string) => logger.warn({ component: 'knex' }, message),
        error: (message: string) => logger.error({ component: 'knex' }, message),
        deprecate: (message: string) => logger.debug({ component: 'knex' }, message),
        debug: (message: string) => logger.debug({ component: 'knex' }, message),
      },
    },
    logger: (message) => logger.info({ component: 'mikro-orm' }, message),
    colors: false,
    // Requests must use a forked EntityManager; the global one is only for start-up work.
    allowGlobalContext: false,
    debug: process.env.SQL_DEBUG === '1',
    // Charges every statement of a request to its budget (deadline, rows read).
    loggerFactory: (options) => new BudgetLogger(options),
  });
}

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://localhost/phuxanh');
