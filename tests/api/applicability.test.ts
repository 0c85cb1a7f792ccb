import { criterionApplies, CRITERION_APPLIES } from '../../server/criterion/applicability';
import { query, sql } from '../../server/database/sql';
import type { Bloc, Level } from '../../server/domain/enums';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The rule of which criteria apply to which units is written once in SQL (for every figure)
 * and once in code (for an answer): on every campaign of the demo data, both pick the same
 * units for every criterion.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);

afterAll(() => server.close());

it('the SQL and the code agree on every criterion of every campaign', async () => {
  const em = server.orm.em.fork();
  const criteria = await query<{ id: number; bloc: Bloc; level: Level; campaign_province_id: number | null }>(
    em,
    sql`select c.id, c.bloc, c.level, cp.province_id as campaign_province_id
        from criterion c join campaign cp on cp.id = c.campaign_id order by c.id`,
  );
  const units = await query<{ id: number; bloc: Bloc; level: Level; province_id: number }>(
    em,
    sql`select id, bloc, level, province_id from unit`,
  );
  const bySql = await query<{ criterion_id: number; units: number; unit_sum: string }>(
    em,
    sql`select c.id as criterion_id, count(u.id)::int as units, coalesce(sum(u.id), 0)::text as unit_sum
        from criterion c join campaign cp on cp.id = c.campaign_id
        left join unit u on ${CRITERION_APPLIES}
        group by c.id order by c.id`,
  );
  const campaigns = await query<{ n: number }>(em, sql`select count(*)::int as n from campaign`);
  expect(campaigns[0].n).toBeGreaterThan(1);
  expect(criteria.length).toBeGreaterThan(100);

  const byCode = criteria.map((c) => {
    const applicable = units.filter((u) =>
      criterionApplies(
        { bloc: c.bloc, level: c.level, campaignProvinceId: c.campaign_province_id },
        { bloc: u.bloc, level: u.level, provinceId: u.province_id },
      ),
    );
    return {
      criterion_id: c.id,
      units: applicable.length,
      unit_sum: String(applicable.reduce((sum, u) => sum + u.id, 0)),
    };
  });
  expect(bySql).toEqual(byCode);
  // A province's own campaign reaches only its province: the rule is not trivially "same bloc and level".
  const own = criteria.filter((c) => c.campaign_province_id !== null);
  expect(own.length).toBeGreaterThan(0);
  expect(bySql.some((row) => row.units === 0)).toBe(false);
}, 120_000);
