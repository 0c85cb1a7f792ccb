import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { serverWith, startTestServer, type TestServer } from '../support/test-server';

const PARTY_PENDING = `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
  assessments(first: 1, filter: { met: false }) { nodes { id version criterion { id } } } } } } }`;
const ANSWER =
  'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { version } } }';

async function pendingParty(server: TestServer, token: string) {
  const result = await server.request(PARTY_PENDING, {}, token);
  const party = result.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  return {
    unitId: party.id as string,
    assessment: party.assessments.nodes[0] as { id: string; version: number; criterion: { id: string } },
  };
}

async function historyAndAuditOf(server: TestServer, assessmentId: string) {
  const [row] = await server.orm.em.getConnection().execute<{ version: number; history: string; audit: string }[]>(
    `select a.version,
            (select count(*) from assessment_history h where h.assessment_id = a.id) as history,
            (select count(*) from audit_entry e where e.object_type = 'Assessment' and e.object_id = a.id::text) as audit
     from assessment a where a.id = ?`,
    [Number(assessmentId)],
  );
  return { version: row.version, history: Number(row.history), audit: Number(row.audit) };
}

describe('rate limit per token', () => {
  const LIMIT = 5;
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith({ PHUXANH_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => server.close());

  it('refuses the requests of a token past the limit with RATE_LIMITED (429) and runs none of them', async () => {
    // Signing in counts against the address: two logins, then the officer's own token.
    const officer = await server.login('lamthao.dang');
    const other = await server.login('bacninh.giamsat');
    const { unitId, assessment } = await pendingParty(server, officer);
    for (let i = 1; i < LIMIT; i++) expect((await server.request('{ me { username } }', {}, officer)).status).toBe(200);

    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
      body: JSON.stringify({ query: ANSWER, variables: { u: unitId, c: assessment.criterion.id } }),
    });
    expect(response.status).toBe(429);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toContain('Quá nhiều yêu cầu');
    const wait = body.errors[0].extensions.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(response.headers.get('retry-after')).toBe(String(wait));
    expect(await historyAndAuditOf(server, assessment.id)).toMatchObject({ version: assessment.version });

    // Another token has its own count.
    const read = await server.request('{ me { username } }', {}, other);
    expect(read.data!.me.username).toBe('bacninh.giamsat');
  });

  it('counts requests without a token by address', async () => {
    const attempts = [];
    for (let i = 0; i < LIMIT + 1; i++) attempts.push((await server.request('{ __typename }')).status);
    expect(attempts.at(-1)).toBe(429);
  });
});

describe('statement timeout', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith({ PHUXANH_STATEMENT_TIMEOUT_MS: '300' });
  });
  afterAll(() => server.close());

  it('stops a statement that runs past the timeout with QUERY_TIMEOUT and writes nothing of its change', async () => {
    const officer = await server.login('lamthao.dang');
    const { unitId, assessment } = await pendingParty(server, officer);
    const before = await historyAndAuditOf(server, assessment.id);

    // Another session holds the assessment's row: the answer's locking read waits past the timeout.
    const blocker = new Client({ connectionString: server.orm.config.get('clientUrl') });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('select id from assessment where id = $1 for update', [Number(assessment.id)]);
      const started = Date.now();
      const timedOut = await server.request(ANSWER, { u: unitId, c: assessment.criterion.id }, officer);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(timedOut.data).toBeNull();
      expect(timedOut.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('quá thời gian cho phép'),
          extensions: { code: 'QUERY_TIMEOUT' },
        }),
      ]);
      expect(JSON.stringify(timedOut)).not.toMatch(/canceling statement|stacktrace|\.ts:\d+/);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    expect(await historyAndAuditOf(server, assessment.id)).toEqual(before);

    // The same request, once nothing holds the row, goes through within the timeout.
    const answered = await server.request(ANSWER, { u: unitId, c: assessment.criterion.id }, officer);
    expect(answered.data!.answerCriterion.assessment.version).toBe(before.version + 1);
    expect(await historyAndAuditOf(server, assessment.id)).toEqual({
      version: before.version + 1,
      history: before.history + 1,
      audit: before.audit + 1,
    });
  });
});

describe('automatic persisted queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = async (body: Record<string, unknown>, token?: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...(await response.json()) };
  };
  const persisted = (query: string) => ({
    persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
  });

  it('answers a hash it has not seen with PERSISTED_QUERY_NOT_FOUND, then serves it by hash once sent in full', async () => {
    const token = await server.login('bacninh.giamsat');
    const query = `{ province(code: "bac-ninh") { code name } apq: me { username } }`;
    const miss = await post({ extensions: persisted(query) }, token);
    expect(miss.errors).toEqual([
      expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }),
    ]);
    const full = await post({ query, extensions: persisted(query) }, token);
    expect(full.data).toEqual({
      province: { code: 'bac-ninh', name: expect.any(String) },
      apq: { username: 'bacninh.giamsat' },
    });
    const byHash = await post({ extensions: persisted(query) }, token);
    expect(byHash.data).toEqual(full.data);
  });

  it('keeps the sign-in requirement and the query limits for persisted queries', async () => {
    const token = await server.login('bacninh.giamsat');
    const query = '{ provinces { code } }';
    await post({ query, extensions: persisted(query) }, token);
    const anonymous = await post({ extensions: persisted(query) });
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();

    const aliases = `{ ${Array.from({ length: 11 }, (_, i) => `p${i}: provinces { code }`).join(' ')} }`;
    const refused = await post({ query: aliases, extensions: persisted(aliases) }, token);
    expect(refused.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'aliases' });
    const again = await post({ extensions: persisted(aliases) }, token);
    expect(again.errors[0].extensions.code).toMatch(/PERSISTED_QUERY_NOT_FOUND|BAD_USER_INPUT/);
    expect(again.data).toBeUndefined();

    const mismatched = await post({ query: '{ provinces { name } }', extensions: persisted(query) }, token);
    expect(mismatched.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
