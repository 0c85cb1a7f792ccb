import { openOrm } from '../../server/database/database';
import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId } from '../support/graphql-helpers';
import { serveOrm, serverWith, type TestServer } from '../support/test-server';

/**
 * The heavy views are answered from a cache shared by callers of the same scope and
 * invalidated by data versions that writes bump, whichever server process makes them.
 */
let server: TestServer;
let other: TestServer;
let national: string;
let bacNinhCampaign: string;
beforeAll(async () => {
  server = await serverWith({ PHUXANH_METRICS: 'on' });
  other = await serveOrm(await openOrm(server.orm.config.get('clientUrl')!));
  national = await server.login('quocgia');
  bacNinhCampaign = await campaignId(server, national, CAMPAIGN.bacNinh);
});
afterAll(async () => {
  await other.close();
  await server.close();
});

const HEAT_MAP = `query HeatMap($c: ID!) { provinces { code statusCounts(campaignId: $c) { green yellow red total } } }`;
const CRITERION_TABLE = `query CriterionResults($c: ID!) { criteria(campaignId: $c) { id provinceResults { province { code } met total } } }`;
/** The same figures for one criterion: not a heavy view, so never answered from the cache. */
const ONE_CRITERION = `query ($id: ID!) { criterion(id: $id) { provinceResults { province { code } met total } } }`;

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

async function bacNinhMet(on: TestServer, token: string, criterionId: string): Promise<number> {
  const result = await on.request<{ criteria: { id: string; provinceResults: ProvinceResult[] }[] }>(
    CRITERION_TABLE,
    { c: bacNinhCampaign },
    token,
  );
  expect(result.errors).toBeUndefined();
  const criterion = result.data!.criteria.find((c) => c.id === criterionId)!;
  return criterion.provinceResults.find((r) => r.province.code === 'bac-ninh')!.met;
}

async function freshBacNinhMet(token: string, criterionId: string): Promise<number> {
  const result = await server.request<{ criterion: { provinceResults: ProvinceResult[] } }>(
    ONE_CRITERION,
    { id: criterionId },
    token,
  );
  return result.data!.criterion.provinceResults.find((r) => r.province.code === 'bac-ninh')!.met;
}

/** A BOOLEAN criterion the Party bloc officer of Xã Lâm Thao has not met yet, and the unit. */
async function unmetCriterion(on: TestServer, officer: string, skip: string[] = []) {
  const result = await on.request(
    `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id
       pendingWork(campaignId: $c) { items { criterion { id answerType } assessment { version } } } } } } }`,
    { c: bacNinhCampaign },
    officer,
  );
  const unit = result.data!.communes.nodes[0].units[0];
  const item = unit.pendingWork.items.find(
    (i: { criterion: { id: string; answerType: string } }) =>
      i.criterion.answerType === 'BOOLEAN' && !skip.includes(i.criterion.id),
  );
  return { unitId: unit.id as string, criterionId: item.criterion.id as string, version: item.assessment?.version };
}

async function answerYes(on: TestServer, officer: string, target: Awaited<ReturnType<typeof unmetCriterion>>) {
  const answered = await on.request(
    'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { met } } }',
    { i: { unitId: target.unitId, criterionId: target.criterionId, boolean: true, expectedVersion: target.version } },
    officer,
  );
  expect(answered.errors).toBeUndefined();
  expect(answered.data!.answerCriterion.assessment.met).toBe(true);
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

it('an answer written through another server process reaches the kept answers of this one', async () => {
  const officer = await other.login('lamthao.dang');
  const target = await unmetCriterion(other, officer);
  const before = await bacNinhMet(server, national, target.criterionId);
  const hits = await lookups('hit');
  expect(await bacNinhMet(server, national, target.criterionId)).toBe(before);
  expect(await lookups('hit')).toBe(hits + 1);

  await answerYes(other, officer, target);
  const after = await freshBacNinhMet(national, target.criterionId);
  expect(after).toBe(before + 1);
  await eventually(async () => (await bacNinhMet(server, national, target.criterionId)) === after);
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
  const target = await unmetCriterion(server, officer);
  const before = await bacNinhMet(server, officer, target.criterionId);
  const nationBefore = await bacNinhMet(server, national, target.criterionId);
  await answerYes(server, officer, target);
  expect(await bacNinhMet(server, officer, target.criterionId)).toBe(before + 1);
  expect(await bacNinhMet(server, national, target.criterionId)).toBe(nationBefore + 1);
});

it('keeps neither answers with errors nor mutations', async () => {
  const missing = 'query Missing { province(code: "khong-co") { code } }';
  expect((await server.request(missing, {}, national)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const [hits, misses] = [await lookups('hit'), await lookups('miss')];
  expect((await server.request(missing, {}, national)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect([await lookups('hit'), await lookups('miss')]).toEqual([hits, misses + 1]);

  const officer = await server.login('lamthao.dang');
  const target = await unmetCriterion(server, officer);
  await answerYes(server, officer, target);
  expect([await lookups('hit'), await lookups('miss')]).toEqual([hits, misses + 1]);
});
