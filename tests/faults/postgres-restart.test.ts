import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenHash } from '../../server/auth/token';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/database/embedded-postgres';
import { startProduct, type Product } from '../support/product-process';

/**
 * PostgreSQL stops and comes back while the server runs: in between, requests get a clear
 * DATABASE_UNAVAILABLE (HTTP 503) and /readyz says so; afterwards the same server process
 * serves again. The same product (two worker processes) shows its operations side: metrics
 * summed over the workers, request logs, and a stop that answers the request in flight.
 */
jest.setTimeout(300_000);

const TOKEN = 'pxs_fault_restart_token';
const METRICS_TOKEN = 'metrics-scraper-secret';
const WRONG_PASSWORD = 'khong-quan-trong';
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
  product = await startProduct({
    DATABASE_URL: url,
    PHUXANH_WORKERS: '2',
    PHUXANH_METRICS_TOKEN: METRICS_TOKEN,
    PHUXANH_LOG_FORMAT: 'json',
  });
  await product.waitFor('đang chạy tại');
});

afterAll(async () => {
  if (product) await product.stop();
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

  expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: READY } });

  await postgres.stop();
  // A signed-in request fails while authenticating, a sign-in inside its resolver: both answer alike.
  expectUnavailable(await product!.graphql(READ, {}, TOKEN));
  expectUnavailable(
    await product!.graphql(`mutation { login(username: "giamsat", password: "${WRONG_PASSWORD}") { token } }`),
  );
  expect(await readiness()).toEqual({
    status: 503,
    body: { status: 'unavailable', checks: { database: 'down', migrations: 'unknown' } },
  });
  expect(await product!.get('/healthz')).toMatchObject({ status: 200, body: expect.stringContaining('"ok"') });
  expect(product!.child.exitCode).toBeNull();

  postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), port: postgres.port, durable: false });
  let result = await product!.graphql(READ, {}, TOKEN);
  for (let i = 0; i < 50 && result.status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 200));
    result = await product!.graphql(READ, {}, TOKEN);
  }
  expect(result).toMatchObject({ status: 200, ...served });
  expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: READY } });
  expect(product!.child.pid).toBe(pid);
  expect(product!.child.exitCode).toBeNull();
});

const READY = { database: 'ok', migrations: 'ok' };

async function readiness(): Promise<{ status: number; body: unknown }> {
  // Every worker must see the database again: ask a few times, as requests are spread over them.
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await product!.get('/readyz'));
  for (const answer of answers) expect(answer.type).toContain('application/json');
  const [first] = answers;
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => first.status));
  return { status: first.status, body: JSON.parse(first.body) };
}

/** A sample's value in Prometheus text, e.g. `phuxanh_graphql_requests_total{operation="Probe",code="OK"}`. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function metrics(): Promise<string> {
  return (await product!.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).body;
}

it('serves /metrics only with its token, summed over both worker processes', async () => {
  // Each worker's session cache reconnects to PostgreSQL on its own after the restart above.
  for (let i = 0; i < 100 && sample(await metrics(), 'phuxanh_session_cache_listening') !== 2; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(sample(await metrics(), 'phuxanh_session_cache_listening')).toBe(2);
  for (let i = 0; i < 12; i++)
    expect((await product!.graphql('query Probe { me { username } }', {}, TOKEN)).status).toBe(200);

  expect(await product!.get('/metrics')).toMatchObject({ status: 401 });
  expect(await product!.get('/metrics', { authorization: 'Bearer wrong' })).toMatchObject({ status: 401 });
  const { status, type, body } = await product!.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
  expect({ status, type }).toEqual({ status: 200, type: expect.stringContaining('text/plain') });
  // Each worker answered some of the twelve: only the sum over both makes twelve.
  expect(sample(body, 'phuxanh_graphql_requests_total{operation="Probe",code="OK"}')).toBe(12);
  expect(sample(body, 'phuxanh_graphql_request_duration_seconds_count{operation="Probe"}')).toBe(12);
  expect(
    sample(body, 'phuxanh_graphql_requests_total{operation="anonymous",code="DATABASE_UNAVAILABLE"}'),
  ).toBeGreaterThanOrEqual(2);
  expect(sample(body, 'phuxanh_session_cache_lookups_total{result="hit"}')).toBeGreaterThan(0);
  expect(sample(body, 'phuxanh_database_up')).toBe(1);
  expect(sample(body, 'phuxanh_db_pool_connections{state="in_use"}')).toBeGreaterThanOrEqual(0);
  expect(sample(body, 'phuxanh_db_pool_waiting')).toBe(0);
  expect(body).toContain('process_cpu_seconds_total');
});

it('logs one JSON line per request with its id, operation, duration and user, and never a token or password', () => {
  const lines = product!
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  const probes = lines.filter((line) => line.msg === 'graphql request' && line.operation === 'Probe');
  expect(probes).toHaveLength(12);
  expect(probes[0]).toMatchObject({
    level: 30,
    reqId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    code: 'OK',
    status: 200,
    durationMs: expect.any(Number),
    userId: expect.any(Number),
  });
  expect(new Set(probes.map((line) => line.reqId)).size).toBe(12);
  expect(product!.output()).not.toContain(TOKEN);
  expect(product!.output()).not.toContain(WRONG_PASSWORD);
});

it('answers the request in flight when stopped, then exits', async () => {
  const body = JSON.stringify({ query: READ });
  const half = Math.floor(body.length / 2);
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: product!.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          authorization: `Bearer ${TOKEN}`,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, text }));
      },
    );
    request.on('error', reject);
    request.write(body.slice(0, half));
    // The rest only once the worker serving it is draining, so the request is in flight at the stop.
    void product!.waitFor(/"inFlight":1,"msg":"Đang dừng/).then(() => request.end(body.slice(half)), reject);
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const exited = product!.stop();
  const { status, text } = await answered;
  expect(status).toBe(200);
  expect(JSON.parse(text)).toEqual({ data: { me: { username: 'giamsat' }, provinces: [{ code: 'bac-ninh' }] } });
  expect(await exited).toBe(0);
  product = undefined;
});
