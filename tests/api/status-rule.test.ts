import { Status } from '../../server/domain/enums';
import { statusOf } from '../../server/status/status-rule';
import { provinceId, readAllPages } from '../support/graphql-helpers';
import { useSignedInServer } from '../support/test-server';

/**
 * The status rule is written twice: in TypeScript (status-rule.ts, a unit's status) and in
 * SQL (status.service.ts, where a commune takes the worst of its units and a province counts
 * its communes). Over every commune campaign of the demo data, in two provinces whose
 * communes span GREEN, YELLOW and RED (and, before anything was due, NOT_DUE), the two must agree.
 */
const session = useSignedInServer('quocgia');
const SEVERITY = [Status.NOT_DUE, Status.GREEN, Status.YELLOW, Status.RED];
const COUNT_OF = { NOT_DUE: 'notDue', GREEN: 'green', YELLOW: 'yellow', RED: 'red' } as const;

interface CampaignRow {
  id: string;
  code: string;
  level: string;
  asOf: string;
  redBelowPercent: number;
  province: { code: string } | null;
}
interface UnitRow {
  status: { status: Status; due: number; met: number; answered: number } | null;
}
interface CommuneRow {
  status: Status | null;
  units: UnitRow[];
}

const COMMUNES = `query ($c: ID!, $p: ID!, $asOf: LocalDate, $after: String) {
  communes(first: 500, after: $after, filter: { provinceId: $p }) {
    nodes { status(campaignId: $c, asOf: $asOf) units { status(campaignId: $c, asOf: $asOf) { status due met answered } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function communeCampaigns(): Promise<CampaignRow[]> {
  const result = await session.server.request<{ campaigns: CampaignRow[] }>(
    '{ campaigns { id code level asOf redBelowPercent province { code } } }',
    {},
    session.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.campaigns.filter((c) => c.level === 'COMMUNE');
}

it('units, communes and provinces get the same NOT_DUE / GREEN / YELLOW / RED from the TypeScript and the SQL rule', async () => {
  const campaigns = await communeCampaigns();
  expect(campaigns.length).toBeGreaterThanOrEqual(3);
  const seen = new Set<Status>();
  for (const campaign of campaigns) {
    for (const provinceCode of campaign.province ? [campaign.province.code] : ['bac-ninh', 'can-tho']) {
      const p = await provinceId(session.server, session.token, provinceCode);
      // 2025-01-01 comes before every campaign's due dates: nothing is due yet.
      for (const asOf of [campaign.asOf, null, '2025-01-01']) {
        const where = { campaign: campaign.code, provinceCode, asOf };
        const communes = await readAllPages<CommuneRow>(
          session.server,
          session.token,
          COMMUNES,
          { c: campaign.id, p, asOf },
          (data) => data.communes,
        );
        const tally = { green: 0, yellow: 0, red: 0, notDue: 0, total: 0 };
        for (const commune of communes) {
          const statuses = commune.units.flatMap((u) => (u.status ? [u.status] : []));
          for (const s of statuses) {
            expect({ ...where, unit: s, status: statusOf(s, campaign.redBelowPercent) }).toEqual({
              ...where,
              unit: s,
              status: s.status,
            });
            seen.add(s.status);
          }
          const worst = statuses.length ? SEVERITY[Math.max(...statuses.map((s) => SEVERITY.indexOf(s.status)))] : null;
          expect({ ...where, commune: worst }).toEqual({ ...where, commune: commune.status });
          if (worst) {
            tally[COUNT_OF[worst]]++;
            tally.total++;
          }
        }
        const counts = await session.server.request<{ province: { statusCounts: typeof tally } }>(
          'query ($c: ID!, $p: ID!, $asOf: LocalDate) { province(id: $p) { statusCounts(campaignId: $c, asOf: $asOf) { green yellow red notDue total } } }',
          { c: campaign.id, p, asOf },
          session.token,
        );
        expect({ ...where, counts: counts.data?.province.statusCounts }).toEqual({ ...where, counts: tally });
      }
    }
  }
  // The demo data reaches every branch of the rule, so a disagreement on any would show.
  expect([...seen].sort()).toEqual([Status.GREEN, Status.NOT_DUE, Status.RED, Status.YELLOW]);
});
