import obstacles from '../../server/demo/sources/obstacles-recommendations.json';
import planTasks from '../../server/demo/sources/plan-tasks.json';
import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let national: string;
beforeAll(async () => {
  server = await startTestServer();
  national = await server.login('quocgia');
});
afterAll(() => server.close());

describe('the official tables, computed from data', () => {
  it('reproduces Phụ lục 9–12: provinces under 50 % and the 10 lowest of every listed criterion', async () => {
    const result = await server.request(
      `query ($c: ID!) { criterionTable(campaignId: $c) { criterion { code } provincesBelow50 lowest { province { code } met total ratePercent } } }`,
      { c: await campaignId(server, national, CAMPAIGN.phase2Commune) },
      national,
    );
    expect(result.errors).toBeUndefined();
    const rows = new Map(
      result.data!.criterionTable.map((r: { criterion: { code: string } }) => [r.criterion.code, r]),
    );
    for (const stat of facts.criteriaStats.criteria) {
      const row: any = rows.get(stat.criterionId);
      expect({ code: stat.criterionId, below50: row.provincesBelow50 }).toEqual({
        code: stat.criterionId,
        below50: stat.allProvincesBelow50 ? 34 : stat.provincesBelow50,
      });
      if (!stat.lowest.length) continue;
      const listed = stat.lowest.map((l) => ({
        province: { code: l.provinceCode },
        met: l.met,
        total: l.total,
        ratePercent: l.ratePercent,
      }));
      expect({ code: stat.criterionId, lowest: row.lowest.slice(0, listed.length) }).toEqual({
        code: stat.criterionId,
        lowest: listed,
      });
    }
  });

  it("reproduces report 001's task figures for Phú Thịnh: 12 assigned, 6 done on time (50 %), 6 in progress, 0 overdue", async () => {
    const result = await server.request(
      `{ communes(first: 5, filter: { search: "phu thinh" }) { nodes { name units { bloc taskStats(asOf: "2026-04-20") {
          assigned doneOnTime doneLate inProgress overdue donePercent } } } } }`,
      {},
      national,
    );
    const commune = result.data!.communes.nodes.find((c: { name: string }) => c.name === 'Xã Phú Thịnh');
    const committee = commune.units.find((u: { bloc: string }) => u.bloc === 'PEOPLES_COMMITTEE');
    const stated = planTasks.communeExample.statedFigures;
    expect(committee.taskStats).toEqual({
      assigned: stated.assigned,
      doneOnTime: stated.doneOnTime,
      doneLate: stated.doneLate,
      inProgress: stated.inProgressOnTime,
      overdue: stated.overdueNotDone,
      donePercent: stated.donePercent,
    });
  });

  it('lists the 7 national tasks overdue on 22/9/2025 by owner (Phụ lục 2): 6 past their deadline and 1 by the rule "recurring task not under way"', async () => {
    const result = await server.request(
      `{ overdueTasksByOwner(asOf: "2025-09-22") { owner tasks { code deadline recurrence startedOn } }
         tasks(first: 100, filter: { assignedBy: CENTRAL }) { nodes { code status(asOf: "2025-09-22") } } }`,
      {},
      national,
    );
    const overdue = result.data!.overdueTasksByOwner.flatMap(
      (o: {
        tasks: { code: string; deadline: string | null; recurrence: string | null; startedOn: string | null }[];
      }) => o.tasks,
    );
    const flagged = planTasks.national.tasks
      .filter((t: any) => t.overdueNotDoneAsOf20250922)
      .map((t: any) => t.id)
      .sort();
    expect(flagged).toHaveLength(7);
    expect(overdue.map((t: { code: string }) => t.code).sort()).toEqual(flagged);
    // The rule that makes the 7th: a recurring task without a deadline is overdue until its owner reports it started.
    expect(overdue.filter((t: { deadline: string | null }) => !t.deadline)).toEqual([
      { code: 'T11', deadline: null, recurrence: 'Thường xuyên', startedOn: null },
    ]);
    expect(overdue.filter((t: { deadline: string | null }) => t.deadline)).toHaveLength(6);
    const cao = result.data!.overdueTasksByOwner.find((o: { owner: string }) => o.owner === 'Cao Bằng');
    expect(cao.tasks.map((t: { code: string }) => t.code)).toEqual(['T11']);
    const statuses = result.data!.tasks.nodes.filter((t: { status: string }) => t.status === 'OVERDUE');
    expect(statuses).toHaveLength(7);
  });

  it('ranks a province\'s obstacles per bloc as "N/total communes (%)" (Phụ lục 13), within what the caller reads', async () => {
    const appendix = obstacles.appendices.find((a) => a.appendix === 13)!;
    const reported = appendix.provinces.find((p) => p.provinceCode === 'bac-ninh')!.items;
    const query = `query ($bloc: Bloc!) { province(code: "bac-ninh") { reportRanking(kind: OBSTACLE, bloc: $bloc, limit: 3) { label communes total percent } } }`;
    const party = await server.request(query, { bloc: 'PARTY' }, await server.login('bacninh.dang'));
    expect(party.data!.province.reportRanking).toEqual(
      reported.map((i) => ({ label: i.text, communes: i.communes, total: i.total, percent: i.percent })),
    );
    const otherBloc = await server.request(query, { bloc: 'PEOPLES_COUNCIL' }, await server.login('bacninh.dang'));
    expect(otherBloc.data!.province.reportRanking).toEqual([]);
  });

  it('gives every province the counts and percentages of Phụ lục 13–20, one decimal ties to even (30/96 → 31,2)', async () => {
    const national = await server.login('quocgia');
    const query = `query ($kind: ReportKind!, $bloc: Bloc!, $limit: Int!) {
      provinces { code reportRanking(kind: $kind, bloc: $bloc, limit: $limit) { label communes total percent } } }`;
    let compared = 0;
    let halves = 0;
    let listed = 0;
    for (const appendix of obstacles.appendices.filter((a) => a.appendix >= 13)) {
      const limit = Math.max(...appendix.provinces.map((p) => p.items.length));
      const result = await server.request(query, { kind: appendix.kind, bloc: appendix.bloc, limit }, national);
      const byCode = new Map<string, { label: string }[]>(
        result.data!.provinces.map((p: any) => [p.code, p.reportRanking]),
      );
      // The report counts Sơn La's People's Council out of 74 communes where the province has 75 (the data's note).
      const asCounted = appendix.provinces.filter(
        (p) => !(p.provinceCode === 'son-la' && appendix.bloc === 'PEOPLES_COUNCIL'),
      );
      for (const province of asCounted) {
        listed += province.items.length;
        for (const row of byCode.get(province.provinceCode)!) {
          const item = province.items.find((i) => i.text === row.label);
          if (!item) continue;
          const label = `Phụ lục ${appendix.appendix} ${province.provinceCode} ${item.text}`;
          expect({ label, row }).toEqual({
            label,
            row: { label: item.text, communes: item.communes, total: item.total, percent: item.percent },
          });
          compared++;
          if (((item.communes * 1000) / item.total) % 1 === 0.5) halves++;
        }
      }
    }
    expect(compared).toBeGreaterThan(listed * 0.9);
    // The rule matters only at exact halves; the reports have some, 30/96 among them.
    expect(halves).toBeGreaterThan(0);
  });
  it("reproduces Phụ lục 6: the day's main obstacles, all blocs together, for every province it lists", async () => {
    const appendix = obstacles.appendices.find((a) => a.appendix === 6)!;
    const result = await server.request(
      `query ($day: LocalDate!) { provinces { code reportRanking(kind: OBSTACLE, reportedOn: $day, limit: 3) { label communes total percent } } }`,
      { day: obstacles.asOf },
      national,
    );
    expect(result.errors).toBeUndefined();
    const byCode = new Map<string, unknown[]>(result.data!.provinces.map((p: any) => [p.code, p.reportRanking]));
    // "Không có vướng mắc" and "Không có phản hồi" are no obstacle, so they are not ranked.
    const nothing = /^Không có (vướng mắc|phản hồi)$/;
    let compared = 0;
    for (const province of appendix.provinces) {
      const listed = province.items
        .filter((i) => !nothing.test(i.text))
        .map((i) => ({ label: i.text, communes: i.communes, total: i.total, percent: i.percent }));
      const byCount = (a: { communes: number; label: string }, b: typeof a) =>
        b.communes - a.communes || a.label.localeCompare(b.label);
      expect({
        province: province.provinceCode,
        rows: [...(byCode.get(province.provinceCode) as any[])].sort(byCount),
      }).toEqual({
        province: province.provinceCode,
        rows: [...listed].sort(byCount),
      });
      compared += listed.length;
    }
    expect(compared).toBeGreaterThan(90);
    // Over the whole campaign the per-bloc appendices' texts outrank the day's: the day matters.
    const campaign = await server.request(
      `{ province(code: "bac-ninh") { reportRanking(kind: OBSTACLE, limit: 1) { label communes } } }`,
      {},
      national,
    );
    expect(campaign.data!.province.reportRanking[0].communes).toBeGreaterThan(10);
  });

  it("states report 003's headline: provinces over 50 %, over 70 % and at 100 % green, with their names", async () => {
    const result = await server.request(
      `query ($c: ID!) { coverageHeadline(campaignId: $c) { provinces overHalf { code } overSeventyPercent { code } allGreen { name } } }`,
      { c: await campaignId(server, national, CAMPAIGN.oneStop) },
      national,
    );
    expect(result.errors).toBeUndefined();
    const headline = result.data!.coverageHeadline;
    // "có 28 tỉnh thành phố phủ XANH hơn 50% số xã, phường; có 25 … hơn 70%. Đặc biệt 21 tỉnh, thành phố: … 100%".
    expect([headline.provinces, headline.overHalf.length, headline.overSeventyPercent.length]).toEqual([34, 28, 25]);
    const named = facts.provinces.provinces.filter((p) => p.green === p.communeCount).map((p) => p.name);
    expect(named).toHaveLength(21);
    expect(headline.allGreen.map((p: { name: string }) => p.name).sort()).toEqual([...named].sort());
  });
});
