import { Client } from 'pg';
import { openOrm } from '../../server/database/database';
import { serveOrm, startTestServer, type TestServer } from '../support/test-server';

/**
 * Servers keep who a token stands for between requests. These tests change tokens and grants
 * behind a server's back (another server process, plain SQL) and check it hears of it.
 */
let server: TestServer;
let other: TestServer;
let sql: Client;
beforeAll(async () => {
  server = await startTestServer();
  const url = server.orm.config.get('clientUrl')!;
  other = await serveOrm(await openOrm(url));
  sql = new Client({ connectionString: url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await other.close();
  await server.close();
});

const UNITS = '{ units(first: 1) { totalCount } }';

/** Asks until `done` holds, as a client would retry; fails after two seconds. */
async function eventually(ask: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!(await ask())) {
    if (Date.now() > deadline) throw new Error('The server still answered from what it knew before the change.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const unitCount = async (on: TestServer, token: string) =>
  (await on.request<{ units: { totalCount: number } }>(UNITS, {}, token)).data?.units.totalCount;

it('a role withdrawn by plain SQL stops reaching data, without a restart', async () => {
  const token = await server.login('lamthao.dang');
  expect(await unitCount(server, token)).toBe(1);
  await sql.query(`delete from role_grant where user_id = (select id from app_user where username = 'lamthao.dang')`);
  await eventually(async () => (await unitCount(server, token)) === 0);
});

it('a sign-out on one server process ends the session on the others', async () => {
  const token = await server.login('lamthao.hdnd');
  expect(await unitCount(other, token)).toBe(1);
  expect((await server.request('mutation { logout }', {}, token)).data).toEqual({ logout: true });
  await eventually(
    async () => (await other.request(UNITS, {}, token)).errors?.[0].extensions?.code === 'UNAUTHENTICATED',
  );
});

it("a role granted by an administrator applies to the holder's very next request", async () => {
  const admin = await server.login('quantri');
  const created = await server.request(
    'mutation { createUser(input: { username: "giamsat.moi", fullName: "Giám sát mới", password: "MatKhau@2026" }) { id } }',
    {},
    admin,
  );
  const login = await server.request<{ login: { token: string } }>(
    'mutation { login(username: "giamsat.moi", password: "MatKhau@2026") { token } }',
  );
  const token = login.data!.login.token;
  expect(await unitCount(server, token)).toBe(0);
  const bacNinh = (await server.request('{ province(code: "bac-ninh") { id } }', {}, admin)).data!.province.id;
  const granted = await server.request(
    'mutation ($u: ID!, $p: ID!) { grantRole(input: { userId: $u, role: PROVINCE_OVERSEER, provinceId: $p }) { id } }',
    { u: created.data!.createUser.id, p: bacNinh },
    admin,
  );
  expect(granted.errors).toBeUndefined();
  expect(await unitCount(server, token)).toBeGreaterThan(100);
});

it('after losing its connection to the notifications, a server still refuses a token revoked meanwhile', async () => {
  const token = await server.login('lamthao.mttq');
  expect(await unitCount(server, token)).toBe(1);
  const listeners = await sql.query(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen access_changed'`,
  );
  expect(listeners.rowCount).toBe(2);
  await sql.query(
    `update access_token set revoked_at = now() where user_id = (select id from app_user where username = 'lamthao.mttq')`,
  );
  await eventually(
    async () => (await server.request(UNITS, {}, token)).errors?.[0].extensions?.code === 'UNAUTHENTICATED',
  );
});
