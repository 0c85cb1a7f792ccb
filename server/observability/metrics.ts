import type { MikroORM } from '@mikro-orm/postgresql';
import cluster from 'node:cluster';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import { bearerToken } from '../graphql/bearer';
import { databaseReachable } from './health';

/**
 * Prometheus metrics of one server process, in prom-client's global registry. With several
 * worker processes the primary aggregates them (AggregatorRegistry): whichever worker a
 * scrape reaches asks the primary, which gathers every worker's figures and sums them.
 */

/** Operation names come from clients: past this many distinct ones, further names count as "other". */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

/** The label of an operation: its name when it is a plain GraphQL name and one of the first MAX_OPERATION_NAMES seen. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

export const graphqlRequests = new Counter({
  name: 'phuxanh_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and outcome (OK, or the first error code).',
  labelNames: ['operation', 'code'] as const,
});

export const graphqlDuration = new Histogram({
  name: 'phuxanh_graphql_request_duration_seconds',
  help: 'Time from a GraphQL request arriving to its answer being sent, by operation name.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
});

export const sessionCacheLookups = new Counter({
  name: 'phuxanh_session_cache_lookups_total',
  help: 'Bearer tokens looked up in the session cache: hit (no database read) or miss.',
  labelNames: ['result'] as const,
});

/**
 * Processes hearing the token and grant changes (summed over processes): one that does not
 * hear them keeps no sessions, so every request of its pays a database read.
 */
export const sessionCacheListening = new Gauge({
  name: 'phuxanh_session_cache_listening',
  help: 'Processes whose session cache hears token and grant changes (1 each), so it may keep sessions.',
});

export const responseCacheLookups = new Counter({
  name: 'phuxanh_response_cache_lookups_total',
  help: 'Heavy-view queries (heat map, criterion tables, province dashboard, daily report) looked up in the response cache: hit (answered from it) or miss (computed).',
  labelNames: ['result'] as const,
});

/** Processes hearing the data version changes (summed): one that does not hear them answers every heavy view afresh. */
export const responseCacheListening = new Gauge({
  name: 'phuxanh_response_cache_listening',
  help: 'Processes whose response cache hears data version changes (1 each), so it may answer from what it kept.',
});

/** tarn's pool behind knex: the counts an operator watches for connection starvation. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** Registers the gauges read from a process's ORM at scrape time (the pool, and whether PostgreSQL answers). */
function watchOrm(orm: MikroORM): void {
  const pool = () => (orm.em.getKnex().client as { pool?: Pool }).pool;
  register.removeSingleMetric('phuxanh_db_pool_connections');
  register.removeSingleMetric('phuxanh_db_pool_waiting');
  register.removeSingleMetric('phuxanh_database_up');
  new Gauge({
    name: 'phuxanh_db_pool_connections',
    help: 'Connections of the database pool, by state (in use, idle).',
    labelNames: ['state'] as const,
    collect() {
      this.set({ state: 'in_use' }, pool()?.numUsed() ?? 0);
      this.set({ state: 'idle' }, pool()?.numFree() ?? 0);
    },
  });
  new Gauge({
    name: 'phuxanh_db_pool_waiting',
    help: 'Requests waiting for a connection of the database pool.',
    collect() {
      this.set(pool()?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'phuxanh_database_up',
    help: '1 when PostgreSQL answers a query from this process (the lowest over processes), else 0.',
    aggregator: 'min',
    async collect() {
      this.set((await databaseReachable(orm)) ? 1 : 0);
    },
  });
}

/**
 * PHUXANH_METRICS=on serves /metrics to anyone (a scraper on a private network);
 * PHUXANH_METRICS_TOKEN serves it to requests with `Authorization: Bearer <that token>`.
 * With neither, /metrics does not exist (404).
 */
export function metricsAccess(): 'off' | 'open' | { token: string } {
  const token = process.env.PHUXANH_METRICS_TOKEN?.trim();
  if (token) return { token };
  return process.env.PHUXANH_METRICS?.trim().toLowerCase() === 'on' ? 'open' : 'off';
}

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

let defaultMetricsOn = false;

const ASK_PRIMARY = 'phuxanh:metrics';
const PRIMARY_ANSWER = 'phuxanh:metrics-answer';

/** The exposition text: this process's registry, or in a worker every worker's summed by the primary. */
function gather(): Promise<string> {
  if (!cluster.isWorker) return register.metrics();
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; id?: string; text?: string; error?: string }) => {
      if (message?.type !== PRIMARY_ANSWER || message.id !== id) return;
      process.off('message', onMessage);
      clearTimeout(timer);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the primary process did not answer'));
    }, 10_000);
    process.on('message', onMessage);
    process.send!({ type: ASK_PRIMARY, id });
  });
}

/** In the primary of a cluster: answers workers' requests for the metrics of all workers. */
export function serveClusterMetrics(): void {
  if (metricsAccess() === 'off') return;
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== ASK_PRIMARY) return;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: PRIMARY_ANSWER, id: message.id, text }),
      (error: Error) =>
        worker.isConnected() && worker.send({ type: PRIMARY_ANSWER, id: message.id, error: error.message }),
    );
  });
}

/** `/metrics` as metricsAccess allows; the figures of the process (and its runtime) are collected only once enabled. */
export function metricsRoute(orm: MikroORM): express.Router {
  const router = express.Router();
  const access = metricsAccess();
  if (access === 'off') {
    router.get('/metrics', (_req, res) => {
      res.status(404).json({ error: 'metrics are off (PHUXANH_METRICS=on or PHUXANH_METRICS_TOKEN turns them on)' });
    });
    return router;
  }
  watchOrm(orm);
  if (!defaultMetricsOn) collectDefaultMetrics();
  defaultMetricsOn = true;
  // Workers answer the primary's AggregatorRegistry only once a registry of that kind exists in them.
  if (cluster.isWorker) new AggregatorRegistry();
  router.get('/metrics', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (access !== 'open' && !sameSecret(bearerToken(req.headers.authorization), access.token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
      return;
    }
    try {
      const text = await gather();
      res.type(register.contentType).send(text);
    } catch (error) {
      res.status(503).json({ error: (error as Error).message });
    }
  });
  return router;
}
