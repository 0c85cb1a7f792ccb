import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenHash } from '../../server/auth/token';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/database/embedded-postgres';
import { startProduct, type Product } from '../support/product-process';

/**
 * PostgreSQL stops and comes back while the server runs: in between, requests get a clear
 * DATABASE_UNAVAILABLE (HTTP 503); afterwards the same server process serves again.
 */
jest.setTimeout(300_000);

const TOKEN = 'pxs_fault_restart_token';
let folder: string;
let postgres: RunningPostgres;
let product: Product | undefined;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'phuxanh-fault-'));
  // Under root the server runs as the postgres account, which must reach the folder.
  chmodSync(folder, 0o755);
  postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), durable: false });
  const url = await ensureDatabase(postgres.url, 'phuxanh');
  // A small database: one province (so the server skips the national demo load) and one signed-in account.
  const orm = await openOrm(url);
  const sql = (text: string, params: unknown[] = []) => orm.em.getConnection().execute(text, params);
  await sql(`insert into province (code, name, search_name) values ('bac-ninh', 'Bắc Ninh', 'bac ninh')`);
  const [user] = await sql(
    `insert into app_user (username, password_hash, full_name, created_at) values ('giamsat', 'x', 'Giám sát', now()) returning id`,
  );
  await sql(`insert into role_grant (user_id, role) values (?, 'NATIONAL_OVERSEER')`, [user.id]);
  await sql(
    `insert into access_token (user_id, kind, token_hash, created_at, expires_at) values (?, 'SESSION', ?, now(), now() + interval '1 hour')`,
    [user.id, tokenHash(TOKEN)],
  );
  await orm.close();
  product = await startProduct({ DATABASE_URL: url });
  await product.waitFor('đang chạy tại');
});

afterAll(async () => {
  await product?.stop();
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
});

const READ = '{ me { username } provinces { code } }';

function expectUnavailable(result: { status: number; data?: unknown; errors?: any[] }) {
  expect(result.status).toBe(503);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]).toMatchObject({
    extensions: { code: 'DATABASE_UNAVAILABLE' },
    message: expect.stringContaining('Cơ sở dữ liệu tạm thời không truy cập được'),
  });
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|ECONNREFUSED|\.ts:\d+|at [A-Za-z]+ \(/);
}

it('answers DATABASE_UNAVAILABLE while PostgreSQL is down and serves again once it is back, without a restart', async () => {
  const served = { data: { me: { username: 'giamsat' }, provinces: [{ code: 'bac-ninh' }] } };
  expect(await product!.graphql(READ, {}, TOKEN)).toMatchObject({ status: 200, ...served });
  const pid = product!.child.pid;

  await postgres.stop();
  // A signed-in request fails while authenticating, a sign-in inside its resolver: both answer alike.
  expectUnavailable(await product!.graphql(READ, {}, TOKEN));
  expectUnavailable(
    await product!.graphql('mutation { login(username: "giamsat", password: "khong-quan-trong") { token } }'),
  );
  expect(product!.child.exitCode).toBeNull();

  postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), port: postgres.port, durable: false });
  let result = await product!.graphql(READ, {}, TOKEN);
  for (let i = 0; i < 50 && result.status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 200));
    result = await product!.graphql(READ, {}, TOKEN);
  }
  expect(result).toMatchObject({ status: 200, ...served });
  expect(product!.child.pid).toBe(pid);
  expect(product!.child.exitCode).toBeNull();
});
