import { intArray, query, sql, type Sql } from '../../server/database/sql';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The verification queue's filters, counts, sample and bulk decision, each checked against
 * SQL counted here, independently of the service's ORM filters.
 */

let server: TestServer;
let overseer: string;
let campaign: string;
let bacNinh: string;
let lamThao: string;

beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('bacninh.giamsat');
  campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
  bacNinh = await provinceId(server, overseer, 'bac-ninh');
  const communes = await server.request(
    'query ($p: ID) { communes(first: 1, filter: { provinceId: $p, search: "Lâm Thao" }) { nodes { id } } }',
    { p: bacNinh },
    overseer,
  );
  lamThao = communes.data!.communes.nodes[0].id;
});
afterAll(() => server.close());

const FILTERS = `$c: ID!, $p: ID, $m: ID, $b: Bloc, $k: ID, $days: Int, $before: DateTimeISO`;
const ARGS = `campaignId: $c, provinceId: $p, communeId: $m, bloc: $b, criterionId: $k, olderThanDays: $days, answeredBefore: $before`;
const QUEUE = `query (${FILTERS}, $first: Int) {
  verificationQueue(${ARGS}, first: $first) { totalCount nodes { id version answeredAt verification unit { id bloc commune { id } } criterion { id } } }
  verificationQueueCounts(${ARGS}) { total byBloc { bloc count } } }`;
const SAMPLE = `query (${FILTERS}, $size: Int!, $seed: Int) {
  verificationSample(${ARGS}, size: $size, seed: $seed) { id verification unit { commune { id } } } }`;
const BULK = `mutation ($i: VerifyAssessmentsInput!) { verifyAssessments(input: $i) {
  count assessments { id version verification verificationReason verifiedBy { fullName } } } }`;

interface Filters {
  m?: string;
  b?: string;
  k?: string;
  days?: number;
  before?: string;
}

interface Claim {
  id: string;
  version: number;
  answeredAt: string;
  unit: { id: string; bloc: string; commune: { id: string } | null };
  criterion: { id: string };
}

async function queue(filters: Filters = {}, token = overseer, first = 100) {
  const result = await server.request(QUEUE, { c: campaign, p: bacNinh, first, ...filters }, token);
  expect(result.errors).toBeUndefined();
  return result.data as {
    verificationQueue: { totalCount: number; nodes: Claim[] };
    verificationQueueCounts: { total: number; byBloc: { bloc: string; count: number }[] };
  };
}

const BLOCS = ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'];

const rows = <R>(statement: Sql) => query<R>(server.orm.em.fork(), statement);

/** The waiting claims of Bắc Ninh's campaign per bloc, counted in SQL under the same filters. */
async function countedInSql(filters: Filters): Promise<Record<string, number>> {
  const cutoffs = [
    ...(filters.days !== undefined ? [Date.now() - filters.days * 86_400_000] : []),
    ...(filters.before ? [Date.parse(filters.before)] : []),
  ];
  const counted = await rows<{ bloc: string; n: number }>(sql`
    select u.bloc, count(*)::int as n
    from assessment a join unit u on u.id = a.unit_id join criterion c on c.id = a.criterion_id
    where a.met and a.verification = 'UNVERIFIED' and not c.is_placeholder
      and c.campaign_id = ${Number(campaign)} and u.province_id = ${Number(bacNinh)}
      and (${filters.m ?? null}::int is null or u.commune_id = ${filters.m ?? null}::int)
      and (${filters.b ?? null}::text is null or u.bloc = ${filters.b ?? null}::text)
      and (${filters.k ?? null}::int is null or c.id = ${filters.k ?? null}::int)
      and (${cutoffs.length ? new Date(Math.min(...cutoffs)) : null}::timestamptz is null
           or a.answered_at < ${cutoffs.length ? new Date(Math.min(...cutoffs)) : null}::timestamptz)
    group by u.bloc`);
  return Object.fromEntries(counted.map(({ bloc, n }) => [bloc, n]));
}

/** Every write a verification makes, in one string: a refused batch must leave it as it was. */
async function writes(): Promise<string> {
  const [row] = await rows<{ s: string }>(
    sql`select concat_ws('|', (select sum(version) from assessment), (select count(*) from assessment_history),
      (select count(*) from audit_entry), (select count(*) from notification)) as s`,
  );
  return row.s;
}

describe('the queue filtered and counted', () => {
  it('counts what SQL counts, in all and per bloc, under each filter', async () => {
    const all = await queue();
    const criterion = all.verificationQueue.nodes[0].criterion.id;
    const answeredAt = all.verificationQueue.nodes.map((n) => n.answeredAt).sort();
    // A cutoff inside the spread of answers, so that it splits the queue.
    const before = answeredAt[Math.floor(answeredAt.length / 2)];
    const cases: Filters[] = [
      {},
      { b: 'PEOPLES_COMMITTEE' },
      { m: lamThao },
      { m: lamThao, b: 'PARTY' },
      { k: criterion },
      { before },
      { days: 0 },
      { days: 100_000 },
      { m: lamThao, before },
    ];
    for (const filters of cases) {
      const expected = await countedInSql(filters);
      const total = Object.values(expected).reduce((a, b) => a + b, 0);
      const result = await queue(filters);
      const label = JSON.stringify(filters);
      expect({ label, total: result.verificationQueue.totalCount }).toEqual({ label, total });
      expect({ label, counts: result.verificationQueueCounts }).toEqual({
        label,
        counts: {
          total,
          byBloc: Object.entries(expected)
            .map(([bloc, count]) => ({ bloc, count }))
            .sort((x, y) => BLOCS.indexOf(x.bloc) - BLOCS.indexOf(y.bloc)),
        },
      });
      for (const node of result.verificationQueue.nodes) {
        if (filters.m) expect(node.unit.commune?.id).toBe(filters.m);
        if (filters.b) expect(node.unit.bloc).toBe(filters.b);
        if (filters.k) expect(node.criterion.id).toBe(filters.k);
        if (filters.before) expect(node.answeredAt < filters.before).toBe(true);
      }
    }
    expect(all.verificationQueueCounts.total).toBeGreaterThan(100);
    expect(await countedInSql({ days: 100_000 })).toEqual({});
  });

  it('never counts what the caller may not verify', async () => {
    for (const username of ['bacninh.dang', 'lamthao.dang', 'thainguyen.giamsat']) {
      const result = await queue({}, await server.login(username));
      expect({ username, total: result.verificationQueue.totalCount, counts: result.verificationQueueCounts }).toEqual({
        username,
        total: 0,
        counts: { total: 0, byBloc: [] },
      });
    }
  });

  it('refuses a negative age', async () => {
    const result = await server.request(QUEUE, { c: campaign, days: -1 }, overseer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'olderThanDays' });
  });
});

describe('a random sample for spot-checks', () => {
  it('draws from the filtered queue, the same draw for the same seed', async () => {
    const draw = async (seed?: number, size = 5) => {
      const result = await server.request(SAMPLE, { c: campaign, p: bacNinh, m: lamThao, size, seed }, overseer);
      expect(result.errors).toBeUndefined();
      return result.data!.verificationSample as {
        id: string;
        verification: string;
        unit: { commune: { id: string } };
      }[];
    };
    const first = await draw(7);
    expect(first).toHaveLength(5);
    expect(first.every((c) => c.verification === 'UNVERIFIED' && c.unit.commune.id === lamThao)).toBe(true);
    expect((await draw(7)).map((c) => c.id)).toEqual(first.map((c) => c.id));
    const waiting = (await queue({ m: lamThao })).verificationQueue.totalCount;
    expect(await draw(1, 100)).toHaveLength(Math.min(100, waiting));
    const tooMany = await server.request(SAMPLE, { c: campaign, size: 101 }, overseer);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'size' });
  });
});

describe('deciding several claims at once', () => {
  const bulk = (token: string, input: Record<string, unknown>) => server.request(BULK, { i: input }, token);

  it('confirms each claim with its own history row and audit entry, and the count drops', async () => {
    const before = await queue({ m: lamThao });
    const claims = before.verificationQueue.nodes.slice(0, 3);
    const [{ maxAudit }] = await rows<{ maxAudit: number }>(
      sql`select coalesce(max(id), 0)::int as "maxAudit" from audit_entry`,
    );
    const result = await bulk(overseer, { assessmentIds: claims.map((c) => c.id), decision: 'CONFIRM' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.verifyAssessments).toEqual({
      count: 3,
      assessments: claims.map((c) => ({
        id: c.id,
        version: c.version + 1,
        verification: 'CONFIRMED',
        verificationReason: null,
        verifiedBy: { fullName: 'Nguyễn Thị Bắc' },
      })),
    });
    const ids = claims.map((c) => Number(c.id));
    const history = await rows<{ assessment_id: number; version: number; kind: string; verification: string }>(
      sql`select assessment_id, version, kind, verification from assessment_history
          where assessment_id = any(${intArray(ids)}) and kind = 'VERIFICATION' order by assessment_id`,
    );
    expect(history).toEqual(
      claims
        .map((c) => ({
          assessment_id: Number(c.id),
          version: c.version + 1,
          kind: 'VERIFICATION',
          verification: 'CONFIRMED',
        }))
        .sort((x, y) => x.assessment_id - y.assessment_id),
    );
    const audit = await rows<{ object_id: string; action: string; username: string; changes: Record<string, unknown> }>(
      sql`select object_id, action, username, changes from audit_entry where id > ${maxAudit} order by object_id`,
    );
    expect(audit.map((a) => [a.object_id, a.action, a.username, a.changes.verification])).toEqual(
      claims.map((c) => [c.id, 'VERIFY', 'bacninh.giamsat', 'CONFIRMED']).sort(),
    );
    const after = await queue({ m: lamThao });
    expect(after.verificationQueueCounts.total).toBe(before.verificationQueueCounts.total - 3);
    expect(after.verificationQueue.nodes.map((c) => c.id)).not.toEqual(expect.arrayContaining([claims[0].id]));
  });

  it('rejects with one reason (required) and tells each unit as a single rejection does', async () => {
    const claims = (await queue({ m: lamThao })).verificationQueue.nodes.slice(0, 2);
    const assessmentIds = claims.map((c) => c.id);
    const untouched = await writes();
    const noReason = await bulk(overseer, { assessmentIds, decision: 'REJECT', reason: ' ' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await writes()).toBe(untouched);

    const result = await bulk(overseer, { assessmentIds, decision: 'REJECT', reason: 'Minh chứng chưa đủ.' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.verifyAssessments.assessments.map((a: any) => [a.verification, a.verificationReason])).toEqual([
      ['REJECTED', 'Minh chứng chưa đủ.'],
      ['REJECTED', 'Minh chứng chưa đủ.'],
    ]);
    const notices = await rows<{ object_id: number; n: number }>(
      sql`select object_id, count(*)::int as n from notification
          where kind = 'CLAIM_REJECTED' and object_id = any(${intArray(assessmentIds.map(Number))}) group by object_id`,
    );
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.n >= 1)).toBe(true);
  });

  it('writes nothing when one claim may not be decided, and names it', async () => {
    const waiting = (await queue({ m: lamThao })).verificationQueue.nodes.slice(0, 2).map((c) => c.id);
    const decided = await bulk(overseer, { assessmentIds: [waiting[0]], decision: 'CONFIRM' });
    expect(decided.errors).toBeUndefined();
    const untouched = await writes();
    const [{ id: unmet }] = await rows<{ id: number }>(
      sql`select a.id from assessment a join unit u on u.id = a.unit_id join criterion c on c.id = a.criterion_id
          where not a.met and u.province_id = ${Number(bacNinh)} and c.campaign_id = ${Number(campaign)} limit 1`,
    );
    const refusals: [string, string][] = [
      [waiting[0], 'ALREADY_VERIFIED'],
      ['99999999', 'NOT_FOUND'],
      [String(unmet), 'BAD_USER_INPUT'],
    ];
    for (const [bad, code] of refusals) {
      const result = await bulk(overseer, { assessmentIds: [waiting[1], bad], decision: 'CONFIRM' });
      expect({ bad, error: result.errors?.[0].extensions }).toMatchObject({ bad, error: { code, assessmentId: bad } });
      expect(await writes()).toBe(untouched);
    }
    expect((await queue({ m: lamThao })).verificationQueue.nodes.map((c) => c.id)).toContain(waiting[1]);
  });

  it('takes at most 200 claims, each once', async () => {
    const ids = (await queue({}, overseer, 201)).verificationQueue.nodes.map((c) => c.id);
    expect(ids).toHaveLength(201);
    const untouched = await writes();
    const tooMany = await bulk(overseer, { assessmentIds: ids, decision: 'CONFIRM' });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Mỗi lần chỉ xác minh được tối đa 200 kết quả.',
      extensions: { code: 'BAD_USER_INPUT', field: 'assessmentIds' },
    });
    const twice = await bulk(overseer, { assessmentIds: [ids[0], ids[0]], decision: 'CONFIRM' });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentIds' });
    const none = await bulk(overseer, { assessmentIds: [], decision: 'CONFIRM' });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentIds' });
    expect(await writes()).toBe(untouched);
  });

  it("a commune officer and another province's overseer cannot bulk-verify, and nothing is written", async () => {
    const lamThaoParty = (await queue({ m: lamThao, b: 'PARTY' })).verificationQueue.nodes.slice(0, 2).map((c) => c.id);
    // Signing in is audited: the accounts sign in before the writes are taken.
    const refused = [
      [await server.login('lamthao.dang'), 'lamthao.dang', 'FORBIDDEN'],
      [await server.login('thainguyen.giamsat'), 'thainguyen.giamsat', 'NOT_FOUND'],
    ];
    const untouched = await writes();
    for (const [token, username, code] of refused) {
      const result = await bulk(token, { assessmentIds: lamThaoParty, decision: 'CONFIRM' });
      expect({ username, code: result.errors?.[0].extensions?.code }).toEqual({ username, code });
      expect(await writes()).toBe(untouched);
    }
  });
});
