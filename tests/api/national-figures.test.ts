import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { useSignedInServer } from '../support/test-server';
import { query, sql } from '../../server/database/sql';

const session = useSignedInServer('quocgia');

interface ProvinceRow {
  code: string;
  name: string;
  communes: { totalCount: number };
  statusCounts: { green: number; yellow: number; red: number; total: number; greenPercent: number };
}

interface CriterionRow {
  code: string;
  isPlaceholder: boolean;
  provinceResults: { province: { code: string }; met: number; total: number; ratePercent: number }[];
}

async function criteriaWithResults(campaignCode: string): Promise<CriterionRow[]> {
  const id = await campaignId(session.server, session.token, campaignCode);
  const result = await session.server.request<{ criteria: CriterionRow[] }>(
    `query ($id: ID!) { criteria(campaignId: $id) {
       code isPlaceholder provinceResults { province { code } met total ratePercent } } }`,
    { id },
    session.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.criteria;
}

describe('the national demo data set, read through the API', () => {
  it('has the 34 provinces and 3,321 communes, each province with its real commune count', async () => {
    const oneStop = await campaignId(session.server, session.token, CAMPAIGN.oneStop);
    const result = await session.server.request<{ provinces: ProvinceRow[]; communes: { totalCount: number } }>(
      `query ($campaignId: ID!) {
         communes(first: 1) { totalCount }
         provinces { code name communes(first: 1) { totalCount } statusCounts(campaignId: $campaignId) { green yellow red total greenPercent } }
       }`,
      { campaignId: oneStop },
      session.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.communes.totalCount).toBe(3321);
    const byCode = new Map(result.data!.provinces.map((p) => [p.code, p]));
    expect(byCode.size).toBe(34);
    for (const reported of facts.provinces.provinces) {
      expect({ code: reported.code, communes: byCode.get(reported.code)?.communes.totalCount }).toEqual({
        code: reported.code,
        communes: reported.communeCount,
      });
    }
  });

  it("reproduces report 003 Phụ lục 4: every province's GREEN / YELLOW / RED commune counts and % green", async () => {
    const oneStop = await campaignId(session.server, session.token, CAMPAIGN.oneStop);
    const result = await session.server.request<{ provinces: ProvinceRow[] }>(
      'query ($c: ID!) { provinces { code statusCounts(campaignId: $c) { green yellow red total greenPercent } } }',
      { c: oneStop },
      session.token,
    );
    const byCode = new Map(result.data!.provinces.map((p) => [p.code, p.statusCounts]));
    const mismatches = facts.provinces.provinces.filter((reported) => {
      const counts = byCode.get(reported.code)!;
      return (
        counts.green !== reported.green ||
        counts.yellow !== reported.yellow ||
        counts.red !== reported.red ||
        counts.total !== reported.communeCount ||
        Math.abs(counts.greenPercent - reported.greenPercent) > 0.005
      );
    });
    expect(mismatches.map((p) => p.code)).toEqual([]);
    const nationalGreen = [...byCode.values()].reduce((sum, c) => sum + c.green, 0);
    expect(nationalGreen).toBe(2821);
  });

  it('reproduces report 003 Phụ lục 5: the share of communes meeting each of the 16 conditions, per province', async () => {
    const criteria = await criteriaWithResults(CAMPAIGN.oneStop);
    expect(criteria).toHaveLength(facts.oneStop.conditions.length);
    let checked = 0;
    for (const reported of facts.oneStop.provinces) {
      facts.oneStop.conditions.forEach((condition, index) => {
        const result = criteria[index].provinceResults.find((r) => r.province.code === reported.code)!;
        expect({ province: reported.code, condition, percent: result.ratePercent }).toEqual({
          province: reported.code,
          condition,
          percent: (reported.percentMeeting as Record<string, number>)[condition],
        });
        checked++;
      });
    }
    expect(checked).toBe(34 * 16);
  });

  it('reproduces report 003 Phụ lục 9–12: listed met/total, provinces under 50 % and the 10 lowest, per criterion', async () => {
    const criteria = new Map((await criteriaWithResults(CAMPAIGN.phase2Commune)).map((c) => [c.code, c]));
    for (const stat of facts.criteriaStats.criteria) {
      const criterion = criteria.get(stat.criterionId);
      expect(criterion).toBeDefined();
      const results = criterion!.provinceResults;
      const under50 = results.filter((r) => r.met * 2 < r.total).length;
      expect({ criterion: stat.criterionId, under50 }).toEqual({
        criterion: stat.criterionId,
        under50: stat.allProvincesBelow50 ? 34 : stat.provincesBelow50,
      });
      for (const listed of stat.lowest) {
        const result = results.find((r) => r.province.code === listed.provinceCode)!;
        expect({
          criterion: stat.criterionId,
          province: listed.provinceCode,
          met: result.met,
          total: result.total,
        }).toEqual({
          criterion: stat.criterionId,
          province: listed.provinceCode,
          met: listed.met,
          total: listed.total,
        });
      }
      if (stat.lowest.length) {
        const highestListed = Math.max(...stat.lowest.map((l) => l.met / l.total));
        const listedCodes = new Set(stat.lowest.map((l) => l.provinceCode));
        const undercutting = results.filter(
          (r) => !listedCodes.has(r.province.code) && r.met / r.total < highestListed,
        );
        expect({ criterion: stat.criterionId, undercutting: undercutting.map((r) => r.province.code) }).toEqual({
          criterion: stat.criterionId,
          undercutting: [],
        });
      }
    }
  });

  it('lists no placeholder criterion anywhere, though the totals count them, and marks generated commune names', async () => {
    const criteria = await criteriaWithResults(CAMPAIGN.phase2Commune);
    expect(criteria.filter((c) => c.isPlaceholder)).toEqual([]);
    expect(criteria.every((c) => !/giữ chỗ/.test(c.code))).toBe(true);
    const stated = 18 + 34 + 17 + 23; // report 000's commune criteria per bloc
    const [{ counted, placeholder }] = await query<{ counted: number; placeholder: number }>(
      session.server.orm.em.fork(),
      sql`select count(*)::int as counted, min(c.id) filter (where c.is_placeholder) as placeholder
       from criterion c join campaign cp on cp.id = c.campaign_id where cp.code = ${CAMPAIGN.phase2Commune}`,
    );
    expect(criteria.length).toBeLessThan(counted);
    expect(counted).toBeGreaterThanOrEqual(stated);
    const hidden = await session.server.request(
      'query ($id: ID!) { criterion(id: $id) { id } }',
      { id: String(placeholder) },
      session.token,
    );
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    const result = await session.server.request(
      '{ communes(first: 500, filter: { search: "lam thao" }) { nodes { name nameIsGenerated province { code } } } }',
      {},
      session.token,
    );
    expect(result.data!.communes.nodes).toContainEqual({
      name: 'Xã Lâm Thao',
      nameIsGenerated: false,
      province: { code: 'bac-ninh' },
    });
  });
});
