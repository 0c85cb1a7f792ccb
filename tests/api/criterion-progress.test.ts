import { query, sql } from '../../server/database/sql';
import { CLAIM_COUNTS } from '../../server/status/claim';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The per-criterion, per-province counters behind the national criterion table move with
 * every answer, in the answer's transaction, and always agree with the assessments.
 */
let server: TestServer;
let campaign: string;
let bacNinh: string;
const tokens: Record<'nation' | 'overseer' | 'leader' | 'officer', string> = {
  nation: '',
  overseer: '',
  leader: '',
  officer: '',
};

const RESULTS = `query ($c: ID!, $p: ID!) {
  criteria(campaignId: $c, bloc: PARTY, level: COMMUNE) { id provinceResults(provinceId: $p) { met total ratePercent } }
}`;

async function resultOf(
  token: string,
  criterionId: string,
): Promise<{ met: number; total: number; ratePercent: number }> {
  const result = await server.request(RESULTS, { c: campaign, p: bacNinh }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const criterion = result.data.criteria.find((c: { id: string }) => c.id === criterionId);
  return criterion.provinceResults[0];
}

/** Counter rows that disagree with a count over the assessments themselves. */
async function mismatches(): Promise<number> {
  const [row] = await query<{ n: number }>(
    server.orm.em.fork(),
    sql`select count(*)::int as n
     from criterion_progress cp
     full join (select c.id as criterion_id, u.province_id, count(*)::int as total, count(a.id) filter (where ${CLAIM_COUNTS})::int as met
                from criterion c
                join campaign k on k.id = c.campaign_id
                join unit u on u.bloc = c.bloc and u.level = c.level and (k.province_id is null or u.province_id = k.province_id)
                left join assessment a on a.unit_id = u.id and a.criterion_id = c.id
                group by 1, 2) actual
       on actual.criterion_id = cp.criterion_id and actual.province_id = cp.province_id
     where cp.met_count is distinct from actual.met or cp.unit_count is distinct from actual.total`,
  );
  return row.n;
}

beforeAll(async () => {
  server = await startTestServer();
  tokens.nation = await server.login('quocgia');
  tokens.overseer = await server.login('bacninh.giamsat');
  tokens.leader = await server.login('lamthao.lanhdao');
  tokens.officer = await server.login('lamthao.dang');
  campaign = await campaignId(server, tokens.nation, CAMPAIGN.phase2Commune);
  bacNinh = await provinceId(server, tokens.overseer, 'bac-ninh');
});
afterAll(() => server.close());

describe('criterion counters', () => {
  it('start equal to the assessments they count', async () => {
    expect(await mismatches()).toBe(0);
  });

  it('move with an answer for the nation and the province, while a commune reader counts its own units', async () => {
    const own = await server.request(
      `query ($c: ID!) { communes(first: 5, filter: { search: "Lâm Thao" }) { nodes { name units { id
         assessments(first: 100, filter: { campaignId: $c }) { nodes { met criterion { id answerType } } } } } } }`,
      { c: campaign },
      tokens.officer,
    );
    const [unit] = own.data!.communes.nodes.find((c: { name: string }) => c.name === 'Xã Lâm Thao').units;
    const assessment = unit.assessments.nodes.find(
      (a: { criterion: { answerType: string } }) => a.criterion.answerType === 'BOOLEAN',
    );
    const criterionId: string = assessment.criterion.id;
    const before = {
      nation: await resultOf(tokens.nation, criterionId),
      leader: await resultOf(tokens.leader, criterionId),
    };
    expect(await resultOf(tokens.overseer, criterionId)).toEqual(before.nation);
    expect(before.leader).toEqual({ met: Number(assessment.met), total: 1, ratePercent: assessment.met ? 100 : 0 });

    const answered = await server.request(
      `mutation ($input: AnswerCriterionInput!) { answerCriterion(input: $input) { assessment { met } } }`,
      { input: { unitId: unit.id, criterionId, boolean: !assessment.met } },
      tokens.officer,
    );
    expect(answered.data!.answerCriterion.assessment.met).toBe(!assessment.met);

    const delta = assessment.met ? -1 : 1;
    const after = await resultOf(tokens.nation, criterionId);
    expect(after).toMatchObject({ met: before.nation.met + delta, total: before.nation.total });
    expect(await resultOf(tokens.overseer, criterionId)).toEqual(after);
    expect(await resultOf(tokens.leader, criterionId)).toMatchObject({ met: Number(!assessment.met), total: 1 });
    expect(await mismatches()).toBe(0);
  });

  it('are rebuilt with the unit counters when a catalog change recomputes a campaign', async () => {
    const criteria = await server.request(
      `query ($c: ID!) { criteria(campaignId: $c) { id dueDate } }`,
      { c: campaign },
      tokens.nation,
    );
    const [first] = criteria.data!.criteria;
    const moved = await server.request(
      'mutation ($id: ID!, $d: LocalDate) { setCriterionDueDate(id: $id, dueDate: $d) { id } }',
      { id: first.id, d: '2025-08-31' },
      tokens.nation,
    );
    expect(moved.errors).toBeUndefined();
    expect(await mismatches()).toBe(0);
  });
});
