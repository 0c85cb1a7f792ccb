import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let campaign: string;
beforeAll(async () => {
  server = await startTestServer();
  campaign = await campaignId(server, await server.login('quocgia'), CAMPAIGN.bacNinh);
});
afterAll(() => server.close());

const REMEDIATION = `query ($c: ID!) { province(code: "bac-ninh") { remediation(campaignId: $c, asOf: "2026-01-10") {
  daysLeft communeCounts { green total }
  blocs { bloc criteriaTotal communesNotMet
    unmetCriteria { criterion { code } communes { name } }
    communesByUnmetCount { unmetCount communes { name } } } } } }`;

type Blocs = {
  bloc: string;
  criteriaTotal: number;
  communesNotMet: number;
  unmetCriteria: { criterion: { code: string }; communes: { name: string }[] }[];
  communesByUnmetCount: { unmetCount: number; communes: { name: string }[] }[];
}[];

const reportBlocs = facts.bacNinh.blocs as Record<
  string,
  { items: { criterionId: string; communes: string[] }[]; computedUnmetByCommune: Record<string, number> }
>;

describe("the province view of Bắc Ninh, computed (report 000's slides)", () => {
  it('lists, per bloc, each unmet criterion with exactly the communes the report lists, and groups communes by count', async () => {
    const result = await server.request(REMEDIATION, { c: campaign }, await server.login('bacninh.giamsat'));
    expect(result.errors).toBeUndefined();
    const remediation = result.data!.province.remediation;
    expect(remediation).toMatchObject({ daysLeft: 0, communeCounts: { green: 61, total: 99 } });
    const blocs = remediation.blocs as Blocs;
    expect(blocs.map((b) => [b.bloc, b.criteriaTotal])).toEqual([
      ['PARTY', 18],
      ['PEOPLES_COUNCIL', 17],
      ['PEOPLES_COMMITTEE', 34],
      ['FATHERLAND_FRONT', 23],
    ]);
    for (const bloc of blocs) {
      const listed = reportBlocs[bloc.bloc].items.filter((i) => i.communes.length);
      const computed = Object.fromEntries(
        bloc.unmetCriteria.map((u) => [u.criterion.code, u.communes.map((c) => c.name).sort()]),
      );
      expect({ bloc: bloc.bloc, lists: computed }).toEqual({
        bloc: bloc.bloc,
        lists: Object.fromEntries(listed.map((i) => [i.criterionId, [...i.communes].sort()])),
      });
      const counts = reportBlocs[bloc.bloc].computedUnmetByCommune;
      expect(bloc.communesNotMet).toBe(Object.keys(counts).length);
      const grouped = Object.fromEntries(
        bloc.communesByUnmetCount.flatMap((g) => g.communes.map((c) => [c.name, g.unmetCount])),
      );
      expect(grouped).toEqual(counts);
      expect(bloc.communesByUnmetCount.map((g) => g.unmetCount)).toEqual(
        [...bloc.communesByUnmetCount.map((g) => g.unmetCount)].sort((a, b) => b - a),
      );
    }
  });

  it('shows a province bloc officer only that bloc, with the same lists', async () => {
    const result = await server.request(REMEDIATION, { c: campaign }, await server.login('bacninh.dang'));
    const blocs = result.data!.province.remediation.blocs as Blocs;
    expect(blocs.map((b) => b.bloc)).toEqual(['PARTY']);
    expect(blocs[0].communesNotMet).toBe(Object.keys(reportBlocs.PARTY.computedUnmetByCommune).length);
  });
});

describe("an officer's pending work", () => {
  it("lists the unit's unmet criteria with the province's solution, its authority, due date and days left", async () => {
    const officer = await server.login('lamthao.dang');
    const result = await server.request(
      `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { bloc
         pendingWork(campaignId: $c, asOf: "2026-01-10") { status { status met due }
           items { criterion { code } dueDate daysLeft authority solution { text province { code } } assessment { met } } } } } } }`,
      { c: campaign },
      officer,
    );
    expect(result.errors).toBeUndefined();
    const [unit] = result.data!.communes.nodes[0].units;
    expect(unit.bloc).toBe('PARTY');
    expect(unit.pendingWork.status).toEqual({ status: 'YELLOW', met: 17, due: 18 });
    expect(unit.pendingWork.items).toEqual([
      {
        criterion: { code: 'XA-DU-05' },
        dueDate: '2026-01-10',
        daysLeft: 0,
        authority: 'LOCAL',
        solution: { text: expect.stringContaining('chuyển đổi số'), province: { code: 'bac-ninh' } },
        assessment: { met: false },
      },
    ]);
  });
});
