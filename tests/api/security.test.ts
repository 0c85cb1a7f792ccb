import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { LIMITS } from '../../server/graphql/request-checks';
import { accountWith } from '../support/graphql-helpers';
import { serverWith, startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A request as a hostile or careless tool sends it: any body, any headers. */
async function raw(target: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function countRows(target: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await target.orm.em.fork().getConnection().execute(sql, params);
  return Number(row.n);
}

describe('cost with variables', () => {
  it('refuses a query whose page sizes come in variables when they multiply past the limit, before it runs', async () => {
    const token = await server.login('quocgia');
    const query = `query ($n: Int, $m: Int) { communes(first: $n) { nodes { units { assessments(first: $m) {
      nodes { id met criterion { code text } } } } } } }`;
    const refused = await raw(server, { query, variables: { n: 500, m: 500 } }, bearer(token));
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      { message: expect.stringContaining('quá nhiều dữ liệu'), extensions: { code: 'BAD_USER_INPUT', limit: 'cost' } },
    ]);
    const small = await raw(server, { query, variables: { n: 2, m: 2 } }, bearer(token));
    expect(small.status).toBe(200);
    expect(small.body.data.communes.nodes).toHaveLength(2);
  });

  it('counts a connection asked without `first` as its default page', async () => {
    const token = await server.login('quocgia');
    // 500 communes × 4 units × the default 50 assessments each, with their criteria.
    const query = `query ($n: Int) { communes(first: $n) { nodes { units { assessments {
      nodes { id met criterion { code text campaign { name } } } } } } } }`;
    const refused = await raw(server, { query, variables: { n: 500 } }, bearer(token));
    expect(refused.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'cost' });
  });

  it('refuses a document over the byte limit even when comments make up its bulk', async () => {
    const token = await server.login('quocgia');
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(LIMITS.bytes / 1000));
    const refused = await raw(server, { query: `${padding}{ me { username } }` }, bearer(token));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'bytes' });
  });
});

describe('request budget', () => {
  it('stops a request that reads more rows than the cap, and serves a smaller one', async () => {
    const capped = await serverWith({ PHUXANH_MAX_ROWS_PER_REQUEST: '1000' });
    try {
      const token = await capped.login('quocgia');
      const big = await capped.request('{ communes(first: 300) { nodes { units { id bloc } } } }', {}, token);
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'rows' });
      const small = await capped.request('{ communes(first: 20) { nodes { units { id } } } }', {}, token);
      expect(small.errors).toBeUndefined();
      expect(small.data!.communes.nodes).toHaveLength(20);
    } finally {
      await capped.close();
    }
  });

  it('answers a request past its deadline with QUERY_TIMEOUT while another caller is served meanwhile', async () => {
    const timed = await serverWith({ PHUXANH_REQUEST_DEADLINE_MS: '1000' });
    const blocker = new Client({ connectionString: timed.orm.config.get('clientUrl') });
    await blocker.connect();
    try {
      const national = await timed.login('quocgia');
      const officer = await timed.login('lamthao.dang');
      const campaign = (await timed.request('{ campaigns { id code } }', {}, national)).data!.campaigns[0].id;
      // The national heat map reads the per-unit counters; a held lock keeps its statement waiting past the deadline.
      await blocker.query('begin');
      await blocker.query('lock table unit_progress in access exclusive mode');
      const finished: string[] = [];
      const slow = timed
        .request(
          'query ($c: ID!) { provinces { name statusCounts(campaignId: $c) { green } } }',
          { c: campaign },
          national,
        )
        .then((result) => (finished.push('slow'), result));
      const other = await timed.request('{ me { username } }', {}, officer);
      finished.push('other');
      expect(other.data!.me.username).toBe('lamthao.dang');
      // Answered at the deadline while the lock is still held: its statement was cancelled, not waited for.
      const result = await slow;
      await blocker.query('rollback');
      expect(finished).toEqual(['other', 'slow']);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 'deadline' });
      const after = await timed.request('{ me { username } }', {}, national);
      expect(after.data!.me.username).toBe('quocgia');
    } finally {
      await blocker.end();
      await timed.close();
    }
  });
});

describe('sign-in throttling', () => {
  it('slows and then locks guessing of one account whatever headers each try carries, the right password included', async () => {
    const target = await startTestServer();
    try {
      const answers: { status: number; code: unknown; wait?: unknown }[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await raw(
          target,
          { query: LOGIN, variables: { u: 'bacninh.giamsat', p: `sai-${i}` } },
          { authorization: `Bearer pxs_${randomBytes(8).toString('hex')}`, 'x-forwarded-for': `10.0.0.${i}` },
        );
        const error = response.body.errors?.[0];
        answers.push({
          status: response.status,
          code: error?.extensions?.code,
          wait: error?.extensions?.retryAfterSeconds,
        });
      }
      expect(answers.slice(0, 3)).toEqual(Array(3).fill({ status: 401, code: 'UNAUTHENTICATED', wait: undefined }));
      const throttled = answers.slice(3);
      expect(throttled.every((a) => a.status === 429 && a.code === 'RATE_LIMITED')).toBe(true);

      const right = await raw(target, { query: LOGIN, variables: { u: 'bacninh.giamsat', p: DEMO_PASSWORD } });
      expect(right.status).toBe(429);
      expect(right.body.data?.login ?? null).toBeNull();
      const wait = right.body.errors?.[0].extensions?.retryAfterSeconds as number;
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(right.headers.get('retry-after')).toBe(String(wait));
      expect(right.body.errors?.[0].message).toContain('Đăng nhập sai quá nhiều lần');

      // Another account from the same address is not held back.
      expect((await raw(target, { query: LOGIN, variables: { u: 'quocgia', p: DEMO_PASSWORD } })).status).toBe(200);

      // The refused tries are audited for administrators, with no password.
      const admin = await target.login('quantri');
      const entries = await target.request(
        '{ auditEntries(first: 100, filter: { objectType: "Session" }) { nodes { action username changes } } }',
        {},
        admin,
      );
      const failed = entries.data!.auditEntries.nodes.filter((e: { action: string }) => e.action === 'LOGIN_FAILED');
      expect(failed.length).toBeGreaterThanOrEqual(3);
      expect(failed[0].username).toBe('bacninh.giamsat');
      expect(JSON.stringify(failed)).not.toContain('sai-');
    } finally {
      await target.close();
    }
  });

  it('counts requests with made-up tokens by address, so a fresh header per request buys no fresh limit', async () => {
    const limited = await serverWith({ PHUXANH_RATE_LIMIT_PER_MINUTE: '4' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await raw(
          limited,
          { query: '{ __typename }' },
          bearer(`pxs_${randomBytes(8).toString('hex')}`),
        );
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.slice(4)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('input hygiene', () => {
  it('answers a NUL byte or a lone surrogate anywhere in the input with 400 BAD_USER_INPUT and writes nothing', async () => {
    const token = await server.login('lamthao.dang');
    const auditBefore = await countRows(server, 'select count(*) as n from audit_entry');
    const cases = [
      {
        query: 'query ($s: String) { communes(first: 1, filter: { search: $s }) { totalCount } }',
        variables: { s: 'lam\u0000thao' },
      },
      { query: '{ communes(first: 1, filter: { search: "lam\\u0000thao" }) { totalCount } }' },
      { query: LOGIN, variables: { u: 'quoc\u0000gia', p: 'x' } },
      {
        query: 'query ($s: String) { communes(first: 1, filter: { search: $s }) { totalCount } }',
        variables: { s: 'a\ud800b' },
      },
    ];
    for (const body of cases) {
      const response = await raw(server, body, bearer(token));
      expect({
        status: response.status,
        code: response.body.errors?.[0].extensions?.code,
        data: response.body.data,
      }).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        data: undefined,
      });
    }
    expect(await countRows(server, 'select count(*) as n from audit_entry')).toBe(auditBefore);
    // The database was never disturbed: the next request is served.
    const after = await server.request('{ me { username } }', {}, token);
    expect(after.data!.me.username).toBe('lamthao.dang');
  });
});

describe('scope of figures and names', () => {
  it("gives a commune reader ranking totals over its own commune, not the province's commune count", async () => {
    const [row] = await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.name from obstacle o join unit u on u.id = o.unit_id join commune c on c.id = u.commune_id
       join province p on p.id = c.province_id where p.code = 'bac-ninh' and o.bloc = 'PARTY'
       group by c.name order by count(*) desc, c.name limit 1`,
      );
    const query =
      '{ province(code: "bac-ninh") { reportRanking(kind: OBSTACLE, bloc: PARTY, limit: 5) { communes total } } }';
    const overseer = await server.login('bacninh.giamsat');
    const whole = (await server.request(query, {}, overseer)).data!.province.reportRanking;
    expect(whole[0].total).toBeGreaterThan(1);
    const { token: leader } = await accountWith(server, { role: 'COMMUNE_LEADER', communeName: row.name });
    const own = (await server.request(query, {}, leader)).data!.province.reportRanking;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r: { communes: number; total: number }) => r.total === 1 && r.communes === 1)).toBe(true);
  });

  it('shows national readers what changed but not who answered, and overseers no account, grant or token changes', async () => {
    const officer = await server.login('lamthao.dang');
    const pending = await server.request(
      `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
         assessments(first: 1, filter: { met: false }) { nodes { criterion { id } } } } } } }`,
      {},
      officer,
    );
    const party = pending.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
    const answered = await server.request(
      'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { id } } }',
      { u: party.id, c: party.assessments.nodes[0].criterion.id },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    const assessmentId = answered.data!.answerCriterion.assessment.id;
    const about =
      'query ($id: ID) { auditEntries(first: 10, filter: { objectType: "Assessment", objectId: $id }) { nodes { action';

    const national = await server.login('quocgia');
    const what = await server.request(`${about} changes } } }`, { id: assessmentId }, national);
    expect(what.data!.auditEntries.nodes).toEqual([expect.objectContaining({ action: 'ANSWER' })]);
    const who = await server.request(`${about} username } } }`, { id: assessmentId }, national);
    expect(who.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(who)).not.toContain('lamthao.dang');
    const byOfficer = await server.request(
      'query ($u: ID) { auditEntries(first: 50, filter: { userId: $u }) { totalCount } }',
      { u: (await server.request('{ me { id } }', {}, officer)).data!.me.id },
      national,
    );
    expect(byOfficer.data!.auditEntries.totalCount).toBe(0);

    const overseer = await server.login('bacninh.giamsat');
    const inside = await server.request(`${about} username } } }`, { id: assessmentId }, overseer);
    expect(inside.data!.auditEntries.nodes).toEqual([{ action: 'ANSWER', username: 'lamthao.dang' }]);
    const created = await server.request(
      'mutation ($p: ID!) { createApiToken(input: { name: "Công cụ", provinceId: $p }) { token } }',
      { p: (await server.request('{ province(code: "bac-ninh") { id } }', {}, overseer)).data!.province.id },
      overseer,
    );
    expect(created.errors).toBeUndefined();
    const accounts = await server.request('{ auditEntries(first: 500) { nodes { objectType } } }', {}, overseer);
    const types = new Set(accounts.data!.auditEntries.nodes.map((e: { objectType: string }) => e.objectType));
    for (const type of ['User', 'RoleGrant', 'ApiToken', 'Session']) expect(types.has(type)).toBe(false);
    const admin = await server.login('quantri');
    const all = await server.request(
      '{ auditEntries(first: 10, filter: { objectType: "ApiToken" }) { totalCount } }',
      {},
      admin,
    );
    expect(all.data!.auditEntries.totalCount).toBeGreaterThan(0);
  });
});

describe('schema exposure', () => {
  it('refuses introspection without a token and answers it with one', async () => {
    const anonymous = await raw(server, { query: '{ __schema { queryType { name } } }' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const typeProbe = await raw(server, { query: '{ __type(name: "Assessment") { fields { name } } }' });
    expect(typeProbe.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = await server.login('lamthao.dang');
    const signedIn = await raw(server, { query: '{ __schema { queryType { name } } }' }, bearer(token));
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('never hints at a close field name, whether one exists or not', async () => {
    const token = await server.login('quocgia');
    const close = await raw(server, { query: '{ provinces { cod } }' }, bearer(token));
    const far = await raw(server, { query: '{ provinces { zzzzzz } }' }, bearer(token));
    for (const response of [close, far]) {
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0].message).not.toMatch(/Did you mean|Suggestion|hidden|"code"/i);
    }
    expect(close.body.errors?.[0].message.replace('cod', 'X')).toBe(
      far.body.errors?.[0].message.replace('zzzzzz', 'X'),
    );
  });
});

describe('HTTP statuses', () => {
  it('answers each error code with its status, for application/json and application/graphql-response+json', async () => {
    const officer = await server.login('lamthao.dang');
    const unknownUnit = '{ unit(id: "999999999") { id } }';
    const cases: { name: string; body: unknown; token?: string; code: string; status: number }[] = [
      { name: 'no token', body: { query: '{ provinces { code } }' }, code: 'UNAUTHENTICATED', status: 401 },
      {
        name: 'revoked or made-up token',
        body: { query: '{ me { id } }' },
        token: 'pxs_nope',
        code: 'UNAUTHENTICATED',
        status: 401,
      },
      {
        name: 'wrong password',
        body: { query: LOGIN, variables: { u: 'quocgia', p: 'sai' } },
        code: 'UNAUTHENTICATED',
        status: 401,
      },
      {
        name: 'forbidden action',
        body: { query: 'mutation { createTask(input: { title: "x", deadline: "2026-12-31" }) { id } }' },
        token: officer,
        code: 'FORBIDDEN',
        status: 200,
      },
      { name: 'unknown id', body: { query: unknownUnit }, token: officer, code: 'NOT_FOUND', status: 200 },
      {
        name: 'page size out of range',
        body: { query: '{ communes(first: 0) { totalCount } }' },
        token: officer,
        code: 'BAD_USER_INPUT',
        status: 200,
      },
      {
        name: 'variable of the wrong type',
        body: { query: 'query ($id: ID!) { unit(id: $id) { id } }', variables: { id: { x: 1 } } },
        token: officer,
        code: 'BAD_USER_INPUT',
        status: 400,
      },
      {
        name: 'malformed document',
        body: { query: '{ provinces { ' },
        token: officer,
        code: 'GRAPHQL_PARSE_FAILED',
        status: 400,
      },
      {
        name: 'unknown field',
        body: { query: '{ nothing }' },
        token: officer,
        code: 'GRAPHQL_VALIDATION_FAILED',
        status: 400,
      },
      { name: 'batch', body: [{ query: '{ me { id } }' }], token: officer, code: 'BAD_REQUEST', status: 400 },
      { name: 'body not JSON', body: '{"query": ', token: officer, code: 'BAD_REQUEST', status: 400 },
      {
        name: 'unknown persisted query',
        body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
        token: officer,
        code: 'PERSISTED_QUERY_NOT_FOUND',
        status: 200,
      },
    ];
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      for (const c of cases) {
        const response = await raw(server, c.body, { accept, ...(c.token ? bearer(c.token) : {}) });
        expect({
          accept,
          case: c.name,
          status: response.status,
          code: response.body.errors?.[0].extensions?.code,
        }).toEqual({
          accept,
          case: c.name,
          status: c.status,
          code: c.code,
        });
        if (c.code === 'UNAUTHENTICATED') expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        if (accept !== 'application/json')
          expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
        expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\.ts:\d+/);
      }
    }
  });
});
