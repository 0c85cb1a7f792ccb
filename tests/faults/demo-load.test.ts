import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabase } from '../../server/database/database';
import { startProduct } from '../support/product-process';
import { TEMPLATE_DATABASE } from '../support/test-globals';

/**
 * The first start loads the national demo data into an empty database. A server killed in
 * the middle of that load must leave nothing half-loaded: the next start loads it whole.
 */
jest.setTimeout(600_000);

const serverUrl = () => process.env.PHUXANH_TEST_SERVER_URL!;

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Rows per table of a database (migrations' own bookkeeping and sign-in sessions aside). */
/** Tables the migrations themselves fill (data_version starts with the nation's row) or the start-up writes. */
const NOT_DEMO_DATA = ['mikro_orm_migrations', 'access_token', 'audit_entry', 'data_version'];

const tableCounts = (url: string) =>
  withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> all($1)
       order by table_name`,
      [NOT_DEMO_DATA],
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows)
      counts[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    return counts;
  });

/** Waits until a statement of the demo load is running in the database. */
async function untilLoading(database: string): Promise<void> {
  await withClient(serverUrl(), async (client) => {
    for (let i = 0; i < 1200; i++) {
      const active = await client.query(
        `select 1 from pg_stat_activity where datname = $1 and state = 'active' and query ilike 'insert into%'`,
        [database],
      );
      if (active.rowCount) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The demo load never started.');
  });
}

it('leaves no partial demo data when killed during the first-start load, and loads it whole on the next start', async () => {
  const name = `fault_load_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl(), name);

  const first = await startProduct({ DATABASE_URL: url });
  await first.waitFor('nạp bộ dữ liệu mẫu');
  await untilLoading(name);
  await first.kill();

  const afterKill = await tableCounts(url);
  expect(Object.keys(afterKill)).toContain('assessment');
  expect(Object.entries(afterKill).filter(([, rows]) => rows > 0)).toEqual([]);

  const second = await startProduct({ DATABASE_URL: url });
  try {
    await second.waitFor('đang chạy tại');
    expect(second.output()).toContain('Đã nạp dữ liệu mẫu');
    const template = new URL(serverUrl());
    template.pathname = `/${TEMPLATE_DATABASE}`;
    expect(await tableCounts(url)).toEqual(await tableCounts(template.toString()));
    const token = await second.login('lamthao.dang');
    expect((await second.graphql('{ me { username } }', {}, token)).data).toEqual({ me: { username: 'lamthao.dang' } });
  } finally {
    await second.stop();
    await withClient(serverUrl(), (client) => client.query(`drop database "${name}" with (force)`));
  }
});
