import 'reflect-metadata';
import { Client } from 'pg';
import { hashPassword } from '../../server/auth/password';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { loadDemoData } from '../../server/demo/load-demo';
import { BENCH_PASSWORD, createBenchAccounts } from './accounts';
import { addYearOfHistory } from './history';

const DATABASE_NAME = 'phuxanh_bench';

const COUNTED_TABLES = [
  'province',
  'commune',
  'unit',
  'campaign',
  'criterion',
  'assessment',
  'assessment_history',
  'unit_progress',
  'solution',
  'app_user',
  'role_grant',
] as const;

export interface BuildReport {
  url: string;
  stepsMs: Record<string, number>;
  rows: Record<string, number>;
}

async function timed<T>(steps: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  steps[name] = Date.now() - started;
  return result;
}

async function countRows(client: Client): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from ${client.escapeIdentifier(table)}`,
    );
    rows[table] = result.rows[0].n;
  }
  return rows;
}

/** Migrates and loads the national demo through the product's own loader, as a fresh install would. */
async function loadDemo(url: string): Promise<void> {
  const orm = await openOrm(url);
  try {
    await orm.em.fork().transactional((em) => loadDemoData(em));
  } finally {
    await orm.close();
  }
}

/**
 * Builds the bench database on a running server: national demo data, a year of history,
 * bench accounts, then fresh planner statistics (as autovacuum would have by then).
 */
export async function buildBenchDatabase(serverUrl: string): Promise<BuildReport> {
  const stepsMs: Record<string, number> = {};
  const url = await ensureDatabase(serverUrl, DATABASE_NAME);
  await timed(stepsMs, 'migrate + national demo', () => loadDemo(url));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await timed(stepsMs, 'year of history', () => addYearOfHistory(client));
    const hash = await hashPassword(BENCH_PASSWORD);
    await timed(stepsMs, 'accounts', () => createBenchAccounts(client, hash));
    await timed(stepsMs, 'vacuum analyze', () => client.query('vacuum analyze'));
    return { url, stepsMs, rows: await countRows(client) };
  } finally {
    await client.end();
  }
}
