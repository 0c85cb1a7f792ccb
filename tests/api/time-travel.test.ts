import { previousDay, todayInVietnam } from '../../server/domain/dates';
import { percent } from '../../server/domain/percent';
import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let national: string;
let oneStop: string;
let bacNinhCampaign: string;
beforeAll(async () => {
  server = await startTestServer();
  national = await server.login('quocgia');
  oneStop = await campaignId(server, national, CAMPAIGN.oneStop);
  bacNinhCampaign = await campaignId(server, national, CAMPAIGN.bacNinh);
});
afterAll(() => server.close());

const REPORT_DAY = facts.provinces.asOf;
const COUNTS = `query ($c: ID!, $d: LocalDate) { provinces { code statusCounts(campaignId: $c, asOf: $d) { green yellow red total greenPercent greenPercentChange } } }`;

async function countsByProvince(campaign: string, asOf?: string, token = national) {
  const result = await server.request(COUNTS, { c: campaign, d: asOf }, token);
  expect(result.errors).toBeUndefined();
  return new Map<
    string,
    { green: number; yellow: number; red: number; total: number; greenPercent: number; greenPercentChange: number }
  >(result.data!.provinces.map((p: any) => [p.code, p.statusCounts]));
}

describe('figures as of a date, from the history (Phụ lục 4)', () => {
  it('reproduces the change since the previous day for all 34 provinces', async () => {
    const counts = await countsByProvince(oneStop, REPORT_DAY);
    expect(counts.size).toBe(34);
    for (const p of facts.provinces.provinces) {
      expect({ code: p.code, ...counts.get(p.code) }).toMatchObject({
        code: p.code,
        green: p.green,
        yellow: p.yellow,
        red: p.red,
        greenPercentChange: p.greenChangePercent,
      });
    }
  });

  it('computes the day before from the answers as they stood then, and the change between any two dates', async () => {
    const before = await countsByProvince(oneStop, previousDay(REPORT_DAY));
    expect(before.get('ha-tinh')).toMatchObject({ green: 55, total: 69, greenPercent: 79.71 });
    expect(before.get('thai-nguyen')).toMatchObject({ green: 67, total: 92 });
    expect(before.get('an-giang')).toMatchObject({ green: 97, total: 102 });

    // Before anyone answered, every commune is RED: nothing reported.
    const empty = await countsByProvince(oneStop, '2025-09-01');
    expect([...empty.values()].every((c) => c.red === c.total && c.green === 0)).toBe(true);

    const change = await server.request(
      `query ($c: ID!) { province(code: "ha-tinh") { statusChange(campaignId: $c, from: "2025-09-01", to: "${REPORT_DAY}") {
         from { green red } to { green red } greenChange yellowChange redChange greenPercentChange } } }`,
      { c: oneStop },
      national,
    );
    expect(change.errors).toBeUndefined();
    expect(change.data!.province.statusChange).toEqual({
      from: { green: 0, red: 69 },
      to: { green: 60, red: 0 },
      greenChange: 60,
      yellowChange: 9,
      redChange: -69,
      greenPercentChange: 86.96,
    });
  });

  it("keeps a unit's status and unmet criteria as of a past day", async () => {
    const unitStatus = `query ($c: ID!, $d: LocalDate) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { bloc
      pendingWork(campaignId: $c, asOf: $d) { status { status met due answered total } items { criterion { code } } } } } } }`;
    const asOf = async (day: string) =>
      (await server.request(unitStatus, { c: bacNinhCampaign, d: day }, national)).data!.communes.nodes[0].units[0]
        .pendingWork;
    const onDeadline = await asOf('2026-01-10');
    expect(onDeadline.status).toEqual({ status: 'YELLOW', met: 17, due: 18, answered: 18, total: 18 });
    expect(onDeadline.items).toHaveLength(1);
    const dayBefore = await asOf('2026-01-09');
    expect(dayBefore.status).toMatchObject({ answered: 0 });
    // Nothing was answered yet, so every criterion was still to do: the 9 named ones are listed
    // (placeholders count among the 18 but are never shown).
    expect(dayBefore.items).toHaveLength(9);
  });

  it("gives a past day's national criterion table from the answers as they stood at its end", async () => {
    const day = previousDay(REPORT_DAY);
    const TABLE = `query ($c: ID!, $d: LocalDate) { criterionTable(campaignId: $c, asOf: $d) {
      criterion { id } provincesBelow50 lowest { province { id } met total } } }`;
    const table = async (asOf?: string) => {
      const result = await server.request(TABLE, { c: oneStop, d: asOf }, national);
      expect(result.errors).toBeUndefined();
      return result.data!.criterionTable as {
        criterion: { id: string };
        provincesBelow50: number;
        lowest: { province: { id: string }; met: number; total: number }[];
      }[];
    };
    const past = await table(day);
    expect(await table(day)).toEqual(past);
    expect(await table()).not.toEqual(past);

    // Each unit's last history row before that midnight, Vietnam time, looked up one by one.
    const counted: { criterion_id: number; province_id: number; met: number; total: number }[] = await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.id as criterion_id, u.province_id, count(*)::int as total, count(*) filter (where h.met and h.verification <> 'REJECTED')::int as met
       from criterion c
       join unit u on u.bloc = c.bloc and u.level = c.level
       left join assessment x on x.unit_id = u.id and x.criterion_id = c.id
       left join lateral (
         select met, verification from assessment_history
         where assessment_id = x.id and changed_at < (cast(? as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
         order by changed_at desc, id desc limit 1) h on true
       where c.campaign_id = ? and c.level = 'COMMUNE'
       group by c.id, u.province_id`,
        [day, Number(oneStop)],
      );
    const expected = new Map(
      counted.map((r) => [`${r.criterion_id}/${r.province_id}`, { met: r.met, total: r.total }]),
    );
    expect(past).toHaveLength(new Set(counted.map((r) => r.criterion_id)).size);
    for (const row of past) {
      const ofCriterion = counted.filter((r) => String(r.criterion_id) === row.criterion.id);
      expect(row.provincesBelow50).toBe(ofCriterion.filter((r) => r.met * 2 < r.total).length);
      for (const result of row.lowest)
        expect({ met: result.met, total: result.total }).toEqual(
          expected.get(`${row.criterion.id}/${result.province.id}`),
        );
    }
  });
});

describe("answering, verifying and rejecting move today's figures and the change column", () => {
  const today = todayInVietnam();
  const yesterday = previousDay(today);

  async function bacNinh() {
    return (await countsByProvince(bacNinhCampaign, undefined)).get('bac-ninh')!;
  }

  it('moves today and leaves the past alone', async () => {
    const overseer = await server.login('bacninh.giamsat');
    const start = await bacNinh();
    expect(start).toMatchObject({ green: 61, total: 99, greenPercentChange: 0 });

    // Reject a claim in a GREEN commune: one commune fewer is GREEN today.
    const green = await server.request(
      `query ($c: ID!) { communes(first: 1, filter: { campaignId: $c, status: GREEN, search: "" }) { nodes { id } } }`,
      { c: bacNinhCampaign },
      overseer,
    );
    const claims = await server.request(
      `query ($c: ID!, $m: ID) { assessments(first: 1, filter: { campaignId: $c, communeId: $m }) { nodes { id version criterion { code } } } }`,
      { c: bacNinhCampaign, m: green.data!.communes.nodes[0].id },
      overseer,
    );
    const claim = claims.data!.assessments.nodes[0];
    const verify = (decision: string, version: number, reason?: string) =>
      server.request(
        `mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { communeStatus } }`,
        { i: { assessmentId: claim.id, decision, reason, expectedVersion: version } },
        overseer,
      );
    expect((await verify('REJECT', claim.version, 'Chưa có văn bản.')).data!.verifyAssessment.communeStatus).not.toBe(
      'GREEN',
    );
    expect(await bacNinh()).toMatchObject({
      green: 60,
      greenPercentChange: Math.round((percent(60, 99) - percent(61, 99)) * 100) / 100,
    });
    const past = (await countsByProvince(bacNinhCampaign, yesterday)).get('bac-ninh');
    expect(past).toMatchObject({ green: 61 });

    // The province's lists: the commune fails the rejected criterion today, not yesterday.
    const failing = async (day?: string) => {
      const result = await server.request(
        `query ($c: ID!, $d: LocalDate) { province(code: "bac-ninh") { remediation(campaignId: $c, asOf: $d) {
           blocs { unmetCriteria { criterion { code } communes { id } } } } } }`,
        { c: bacNinhCampaign, d: day },
        overseer,
      );
      const lists = result.data!.province.remediation.blocs.flatMap((b: any) => b.unmetCriteria);
      return (lists.find((u: any) => u.criterion.code === claim.criterion.code)?.communes ?? []).map((c: any) => c.id);
    };
    const communeId = green.data!.communes.nodes[0].id;
    expect(await failing()).toContain(communeId);
    expect(await failing(yesterday)).not.toContain(communeId);

    // The criterion table (met/total per province): one fewer met today, as it was yesterday.
    const metOf = async (day?: string) => {
      const result = await server.request(
        `query ($c: ID!, $d: LocalDate) { criterionTable(campaignId: $c, asOf: $d) { criterion { code } lowest { met total } } }`,
        { c: bacNinhCampaign, d: day },
        overseer,
      );
      return result.data!.criterionTable.find((r: any) => r.criterion.code === claim.criterion.code).lowest[0].met;
    };
    expect(await metOf()).toBe((await metOf(yesterday)) - 1);
    expect(await metOf(yesterday)).toBe(await metOf('2026-01-10'));

    const change = await server.request(
      `query ($c: ID!, $from: LocalDate!) { province(code: "bac-ninh") { statusChange(campaignId: $c, from: $from) { greenChange redChange yellowChange } } }`,
      { c: bacNinhCampaign, from: yesterday },
      overseer,
    );
    expect(change.data!.province.statusChange.greenChange).toBe(-1);

    // Confirming it again puts the commune back.
    expect((await verify('CONFIRM', claim.version + 1)).data!.verifyAssessment.communeStatus).toBe('GREEN');
    expect(await bacNinh()).toMatchObject({ green: 61, greenPercentChange: 0 });

    // An officer answering a missing criterion: the unit's counts move today only.
    const officer = await server.login('lamthao.dang');
    const pending = await server.request(
      `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id pendingWork(campaignId: $c) { items { criterion { id } assessment { version } } } } } } }`,
      { c: bacNinhCampaign },
      officer,
    );
    const unit = pending.data!.communes.nodes[0].units[0];
    const answered = await server.request(
      `mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { unitStatus { status met due } } }`,
      {
        i: {
          unitId: unit.id,
          criterionId: unit.pendingWork.items[0].criterion.id,
          boolean: true,
          expectedVersion: unit.pendingWork.items[0].assessment.version,
        },
      },
      officer,
    );
    expect(answered.data!.answerCriterion.unitStatus).toEqual({ status: 'GREEN', met: 18, due: 18 });
    const lamThaoYesterday = await server.request(
      `query ($c: ID!, $d: LocalDate) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { pendingWork(campaignId: $c, asOf: $d) { status { met } } } } } }`,
      { c: bacNinhCampaign, d: yesterday },
      officer,
    );
    expect(lamThaoYesterday.data!.communes.nodes[0].units[0].pendingWork.status.met).toBe(17);
  });
});
