import { Client } from 'pg';
import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId } from '../support/graphql-helpers';
import { startProduct, type Product } from '../support/product-process';
import { serverWith, type GraphQLResponse, type TestServer } from '../support/test-server';

/**
 * The heavy views are answered from a cache shared by callers of the same scope and
 * invalidated by data versions that writes bump, whichever server process makes them.
 */
// Starting the second process (ts-node, migrations checked) takes minutes on the shared cores.
jest.setTimeout(300_000);

let server: TestServer;
/** A second server process on the same database, as a second machine behind the load balancer would be. */
let other: Product;
let national: string;
let bacNinhCampaign: string;
let nationalCampaign: string;
beforeAll(async () => {
  server = await serverWith({ PHUXANH_METRICS: 'on' });
  other = await startProduct({ DATABASE_URL: server.orm.config.get('clientUrl')! });
  await other.waitFor('đang chạy tại');
  national = await server.login('quocgia');
  bacNinhCampaign = await campaignId(server, national, CAMPAIGN.bacNinh);
  nationalCampaign = await campaignId(server, national, CAMPAIGN.phase2Commune);
});
afterAll(async () => {
  await other?.stop();
  await server?.close();
});

const HEAT_MAP = `query HeatMap($c: ID!) { provinces { code statusCounts(campaignId: $c) { green yellow red total } } }`;
const CRITERION_TABLE = `query CriterionResults($c: ID!) { criteria(campaignId: $c) { id provinceResults { province { code } met total } } }`;
/** The same figures for one criterion: not a heavy view, so never answered from the cache. */
const ONE_CRITERION = `query ($id: ID!) { criterion(id: $id) { provinceResults { province { code } met total } } }`;

/** A request to this test's server or to the other process. */
type Ask = (query: string, variables: Record<string, unknown>, token: string) => Promise<GraphQLResponse>;
const here: Ask = (query, variables, token) => server.request(query, variables, token);
const there: Ask = (query, variables, token) => other.graphql(query, variables, token);

interface ProvinceResult {
  province: { code: string };
  met: number;
  total: number;
}

async function lookups(result: 'hit' | 'miss'): Promise<number> {
  const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`phuxanh_response_cache_lookups_total{result="${result}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Asks until `done` holds; the NOTIFY of another process's commit arrives within milliseconds, two seconds is ample. */
async function eventually(ask: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!(await ask())) {
    if (Date.now() > deadline) throw new Error('The server still answered from what it kept before the change.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Bắc Ninh's met count of a criterion in the criterion table (a heavy view) of this test's server. */
async function bacNinhMet(token: string, criterionId: string): Promise<number> {
  const result = await server.request<{ criteria: { id: string; provinceResults: ProvinceResult[] }[] }>(
    CRITERION_TABLE,
    { c: bacNinhCampaign },
    token,
  );
  expect(result.errors).toBeUndefined();
  const criterion = result.data!.criteria.find((c) => c.id === criterionId)!;
  return criterion.provinceResults.find((r) => r.province.code === 'bac-ninh')!.met;
}

/** The same figure computed afresh, on either server. */
async function freshBacNinhMet(ask: Ask, token: string, criterionId: string): Promise<number> {
  const result = await ask(ONE_CRITERION, { id: criterionId }, token);
  expect(result.errors).toBeUndefined();
  const results: ProvinceResult[] = result.data!.criterion.provinceResults;
  return results.find((r) => r.province.code === 'bac-ninh')!.met;
}

/**
 * A yes/no criterion of the Bắc Ninh campaign that Xã Lâm Thao's Party bloc officer has
 * answered, with the answer that flips whether it is met: tests may flip it again and again.
 */
async function flippable(ask: Ask, officer: string) {
  const result = await ask(
    `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id
       assessments(first: 100, filter: { campaignId: $c }) { nodes { met version criterion { id answerType } } } } } } }`,
    { c: bacNinhCampaign },
    officer,
  );
  expect(result.errors).toBeUndefined();
  const unit = result.data!.communes.nodes[0].units[0];
  const assessment = unit.assessments.nodes.find(
    (a: { criterion: { answerType: string } }) => a.criterion.answerType === 'BOOLEAN',
  );
  return {
    unitId: unit.id as string,
    criterionId: assessment.criterion.id as string,
    version: assessment.version as number,
    met: assessment.met as boolean,
  };
}

/** Answers the flipped answer; how Bắc Ninh's met count moves with it. */
async function flip(ask: Ask, officer: string, target: Awaited<ReturnType<typeof flippable>>): Promise<number> {
  const answered = await ask(
    'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { met } } }',
    {
      i: {
        unitId: target.unitId,
        criterionId: target.criterionId,
        boolean: !target.met,
        expectedVersion: target.version,
      },
    },
    officer,
  );
  expect(answered.errors).toBeUndefined();
  expect(answered.data!.answerCriterion.assessment.met).toBe(!target.met);
  return target.met ? -1 : 1;
}

it('two national overseers share one kept answer of the heat map', async () => {
  const second = (await accountWith(server, { role: 'NATIONAL_OVERSEER' })).token;
  const first = await server.request(HEAT_MAP, { c: bacNinhCampaign }, national);
  expect(first.errors).toBeUndefined();
  expect(first.data!.provinces).toHaveLength(34);
  const hits = await lookups('hit');
  const shared = await server.request(HEAT_MAP, { c: bacNinhCampaign }, second);
  expect(shared.data).toEqual(first.data);
  expect(await lookups('hit')).toBe(hits + 1);
});

it('an answer given through another server process reaches the kept answers of this one', async () => {
  const officer = await other.login('lamthao.dang');
  const target = await flippable(there, officer);
  const before = await bacNinhMet(national, target.criterionId);
  const hits = await lookups('hit');
  expect(await bacNinhMet(national, target.criterionId)).toBe(before);
  expect(await lookups('hit')).toBe(hits + 1);

  // This process writes nothing: only the other process's NOTIFY can tell it the kept table is stale.
  const moved = await flip(there, officer, target);
  const after = await freshBacNinhMet(there, national, target.criterionId);
  expect(after).toBe(before + moved);
  await eventually(async () => (await bacNinhMet(national, target.criterionId)) === after);
});

it('a change written on another connection drops the kept answers of its province, and only those', async () => {
  const [bacNinh, thaiNguyen] = [await server.login('bacninh.giamsat'), await server.login('thainguyen.giamsat')];
  for (const token of [bacNinh, thaiNguyen, bacNinh, thaiNguyen])
    expect((await server.request(HEAT_MAP, { c: nationalCampaign }, token)).errors).toBeUndefined();

  // Whatever else writes to the database (a script, psql, another product's process) runs the same triggers.
  const client = new Client({ connectionString: server.orm.config.get('clientUrl')! });
  await client.connect();
  try {
    await client.query('update province set name = name where code = $1', ['bac-ninh']);
  } finally {
    await client.end();
  }

  await eventually(async () => {
    const misses = await lookups('miss');
    expect((await server.request(HEAT_MAP, { c: nationalCampaign }, bacNinh)).errors).toBeUndefined();
    return (await lookups('miss')) === misses + 1;
  });
  const hits = await lookups('hit');
  expect((await server.request(HEAT_MAP, { c: nationalCampaign }, thaiNguyen)).errors).toBeUndefined();
  expect(await lookups('hit')).toBe(hits + 1);
});

it('a commune officer and a province overseer never get the national answer', async () => {
  const nation = await server.request(HEAT_MAP, { c: bacNinhCampaign }, national);
  const overseer = await server.login('bacninh.giamsat');
  const officer = await server.login('lamthao.dang');
  const province = await server.request(HEAT_MAP, { c: bacNinhCampaign }, overseer);
  const commune = await server.request(HEAT_MAP, { c: bacNinhCampaign }, officer);
  const bacNinh = nation.data!.provinces.find((p: { code: string }) => p.code === 'bac-ninh');
  // The overseer reads the whole province: its one row is the nation's row for it.
  expect(province.data!.provinces).toEqual([bacNinh]);
  // The officer reads one unit of one commune: its province counts that commune alone.
  expect(commune.data!.provinces).toEqual([{ code: 'bac-ninh', statusCounts: expect.objectContaining({ total: 1 }) }]);
  expect(bacNinh.statusCounts.total).toBeGreaterThan(1);
  // Asked again, each gets its own scope's answer from the cache.
  expect((await server.request(HEAT_MAP, { c: bacNinhCampaign }, officer)).data).toEqual(commune.data);
  expect((await server.request(HEAT_MAP, { c: bacNinhCampaign }, overseer)).data).toEqual(province.data);
});

it('the writer sees its own answer in its very next request', async () => {
  const officer = await server.login('lamthao.dang');
  const target = await flippable(here, officer);
  const before = await bacNinhMet(officer, target.criterionId);
  const nationBefore = await bacNinhMet(national, target.criterionId);
  const hits = await lookups('hit');
  expect(await bacNinhMet(officer, target.criterionId)).toBe(before);
  expect(await bacNinhMet(national, target.criterionId)).toBe(nationBefore);
  expect(await lookups('hit')).toBe(hits + 2);

  const moved = await flip(here, officer, target);
  expect(await bacNinhMet(officer, target.criterionId)).toBe(before + moved);
  expect(await bacNinhMet(national, target.criterionId)).toBe(nationBefore + moved);
});

it('keeps neither answers with errors nor mutations', async () => {
  const missing = 'query Missing { province(code: "khong-co") { code } }';
  expect((await server.request(missing, {}, national)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const [hits, misses] = [await lookups('hit'), await lookups('miss')];
  expect((await server.request(missing, {}, national)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect([await lookups('hit'), await lookups('miss')]).toEqual([hits, misses + 1]);

  const officer = await server.login('lamthao.dang');
  await flip(here, officer, await flippable(here, officer));
  expect([await lookups('hit'), await lookups('miss')]).toEqual([hits, misses + 1]);
});

it('keeps nothing with PHUXANH_RESPONSE_CACHE=off', async () => {
  const uncached = await serverWith({ PHUXANH_RESPONSE_CACHE: 'off' });
  try {
    const token = await uncached.login('quocgia');
    const [hits, misses] = [await lookups('hit'), await lookups('miss')];
    for (let i = 0; i < 2; i++)
      expect((await uncached.request(HEAT_MAP, { c: bacNinhCampaign }, token)).errors).toBeUndefined();
    expect([await lookups('hit'), await lookups('miss')]).toEqual([hits, misses]);
  } finally {
    await uncached.close();
  }
});
