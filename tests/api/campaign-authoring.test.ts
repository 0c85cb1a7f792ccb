import { query, sql } from '../../server/database/sql';
import { previousDay, todayInVietnam } from '../../server/domain/dates';
import { provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * A campaign made from nothing through the API by a province overseer: drafted, given criteria,
 * published, answered by a commune officer, then changed after publishing — and the statuses
 * of the days before and after the change are judged by the version in force on each.
 */

let server: TestServer;
let overseer: string;
let officer: string;
let national: string;
let bacNinh: string;
let lamThaoParty: string;

const dayOffset = (days: number) => {
  const date = new Date(`${todayInVietnam()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('bacninh.giamsat');
  officer = await server.login('lamthao.dang');
  national = await server.login('quocgia');
  bacNinh = await provinceId(server, national, 'bac-ninh');
  const units = await server.request(
    '{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc } } } }',
    {},
    officer,
  );
  lamThaoParty = units.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY').id;
});
afterAll(() => server.close());

const CREATE = `mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id code name state level blocs deadline redBelowPercent province { code } } }`;
const ADD = `mutation ($c: ID!, $i: CriterionInput!) { addCriterion(campaignId: $c, input: $i) { id code position answerType target comparator measureUnit } }`;
const UPDATE = `mutation ($id: ID!, $i: CriterionInput!, $from: LocalDate) {
  updateCriterion(id: $id, input: $i, effectiveFrom: $from) { id currentVersion target versions { number effectiveFrom target } } }`;
const PENDING = `query ($u: ID!, $c: ID!, $d: LocalDate) { unit(id: $u) {
  pendingWork(campaignId: $c, asOf: $d) { status { status met due answered total } items { criterion { code } } } } }`;
const ANSWER = `mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { met criterionVersion } unitStatus { status met due } } }`;

async function ok<T = any>(text: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await server.request<T>(text, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

describe('who may create a campaign', () => {
  const draft = { name: 'Đợt thử quyền', level: 'COMMUNE', deadline: dayOffset(30) };
  it('lets the national overseer create national ones and a province overseer only its own province', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['national overseer, national', national, draft, 'OK'],
      ['national overseer, Bắc Ninh', national, { ...draft, provinceId: bacNinh }, 'OK'],
      ['province overseer, Bắc Ninh', overseer, { ...draft, provinceId: bacNinh }, 'OK'],
      ['province overseer, national', overseer, draft, 'FORBIDDEN'],
      [
        'province overseer, Hà Nội',
        overseer,
        { ...draft, provinceId: await provinceId(server, national, 'ha-noi') },
        'NOT_FOUND',
      ],
      ['commune officer, Bắc Ninh', officer, { ...draft, provinceId: bacNinh }, 'FORBIDDEN'],
    ];
    for (const [label, token, input, expected] of cases) {
      const result = await server.request(CREATE, { i: input }, token);
      expect({ label, outcome: result.errors?.[0].extensions?.code ?? 'OK' }).toEqual({ label, outcome: expected });
    }
  });

  it('refuses bad campaign input with a Vietnamese message and a stable code', async () => {
    const result = await server.request(
      CREATE,
      { i: { name: '  ', level: 'COMMUNE', deadline: '2026-02-30', provinceId: bacNinh } },
      overseer,
    );
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const threshold = await server.request(
      CREATE,
      { i: { name: 'Đợt', level: 'COMMUNE', deadline: dayOffset(5), provinceId: bacNinh, redBelowPercent: 140 } },
      overseer,
    );
    expect(threshold.errors![0]).toMatchObject({
      message: 'Ngưỡng đỏ phải là số nguyên từ 0 đến 100 (%).',
      extensions: { code: 'BAD_USER_INPUT', field: 'redBelowPercent' },
    });
  });
});

describe('a campaign from nothing: draft, publish, answer, change after publishing', () => {
  let campaign: string;
  let percentCriterion: string;
  let booleanCriterion: string;

  it('drafts a campaign and its criteria, which units do not see', async () => {
    const created = await ok(
      CREATE,
      {
        i: {
          name: 'Phủ xanh tháng 5/2026 — thử nghiệm',
          provinceId: bacNinh,
          level: 'COMMUNE',
          blocs: ['PARTY'],
          deadline: dayOffset(-10),
          redBelowPercent: 50,
        },
      },
      overseer,
    );
    expect(created.createCampaign).toMatchObject({
      state: 'DRAFT',
      blocs: ['PARTY'],
      province: { code: 'bac-ninh' },
      code: 'phu-xanh-thang-5-2026-thu-nghiem',
    });
    campaign = created.createCampaign.id;

    const bad = await server.request(
      ADD,
      {
        c: campaign,
        i: { bloc: 'PEOPLES_COUNCIL', text: '', answerType: 'PERCENT', target: 120, comparator: 'BETWEEN' },
      },
      overseer,
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions!.fieldErrors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'bloc',
      'target',
      'targetMax',
      'text',
    ]);

    const percent = await ok(
      ADD,
      {
        c: campaign,
        i: { code: 'CT-01', bloc: 'PARTY', text: 'Tỷ lệ văn bản ký số', answerType: 'PERCENT', target: 80 },
      },
      overseer,
    );
    expect(percent.addCriterion).toMatchObject({ code: 'CT-01', position: 1, comparator: 'GTE', measureUnit: '%' });
    percentCriterion = percent.addCriterion.id;
    const removable = await ok(
      ADD,
      { c: campaign, i: { bloc: 'PARTY', text: 'Tiêu chí sẽ xóa', answerType: 'BOOLEAN' } },
      overseer,
    );
    const yesNo = await ok(
      ADD,
      { c: campaign, i: { bloc: 'PARTY', text: 'Ban hành quy chế', answerType: 'BOOLEAN' } },
      overseer,
    );
    booleanCriterion = yesNo.addCriterion.id;
    const duplicate = await server.request(
      ADD,
      { c: campaign, i: { code: 'CT-01', bloc: 'PARTY', text: 'Trùng mã', answerType: 'BOOLEAN' } },
      overseer,
    );
    expect(duplicate.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'code' } });

    await ok('mutation ($id: ID!) { removeCriterion(id: $id) { id } }', { id: removable.addCriterion.id }, overseer);
    const reordered = await ok(
      'mutation ($c: ID!, $ids: [ID!]!) { reorderCriteria(campaignId: $c, bloc: PARTY, criterionIds: $ids) { id position } }',
      { c: campaign, ids: [booleanCriterion, percentCriterion] },
      overseer,
    );
    expect(reordered.reorderCriteria).toEqual([
      { id: booleanCriterion, position: 1 },
      { id: percentCriterion, position: 2 },
    ]);
    const edited = await ok(
      UPDATE,
      { id: booleanCriterion, i: { bloc: 'PARTY', text: 'Ban hành quy chế làm việc', answerType: 'BOOLEAN' } },
      overseer,
    );
    expect(edited.updateCriterion).toMatchObject({ currentVersion: 1, versions: [] });

    const officerCampaigns = await ok('{ campaigns { id } }', {}, officer);
    expect(officerCampaigns.campaigns.map((c: { id: string }) => c.id)).not.toContain(campaign);
    const hidden = await server.request(PENDING, { u: lamThaoParty, c: campaign }, officer);
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    const refused = await server.request(
      ANSWER,
      { i: { unitId: lamThaoParty, criterionId: booleanCriterion, boolean: true } },
      officer,
    );
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    const editable = (await ok('{ editableCampaigns { id state province { code } } }', {}, overseer)).editableCampaigns;
    expect(editable).toContainEqual({ id: campaign, state: 'DRAFT', province: { code: 'bac-ninh' } });
    expect(editable.every((c: any) => c.province?.code === 'bac-ninh')).toBe(true);
    const states = editable.map((c: any) => c.state);
    expect(states).toEqual([...states].sort());
  });

  it('publishes it: the officer sees its criteria to do and answers them', async () => {
    const published = await ok(
      'mutation ($id: ID!) { publishCampaign(id: $id) { state publishedAt criteria { code currentVersion versions { number effectiveFrom } } } }',
      { id: campaign },
      overseer,
    );
    expect(published.publishCampaign.state).toBe('PUBLISHED');
    expect(published.publishCampaign.criteria).toEqual([
      { code: 'TC-03', currentVersion: 1, versions: [{ number: 1, effectiveFrom: todayInVietnam() }] },
      { code: 'CT-01', currentVersion: 1, versions: [{ number: 1, effectiveFrom: todayInVietnam() }] },
    ]);
    const again = await server.request(
      ADD,
      { c: campaign, i: { bloc: 'PARTY', text: 'Thêm sau khi ban hành', answerType: 'BOOLEAN' } },
      overseer,
    );
    expect(again.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const todo = await ok(PENDING, { u: lamThaoParty, c: campaign }, officer);
    expect(todo.unit.pendingWork.items.map((i: any) => i.criterion.code)).toEqual(['TC-03', 'CT-01']);
    expect(todo.unit.pendingWork.status).toEqual({ status: 'RED', met: 0, due: 2, answered: 0, total: 2 });

    await ok(ANSWER, { i: { unitId: lamThaoParty, criterionId: booleanCriterion, boolean: true } }, officer);
    const answered = await ok(
      ANSWER,
      { i: { unitId: lamThaoParty, criterionId: percentCriterion, number: 85 } },
      officer,
    );
    expect(answered.answerCriterion).toEqual({
      assessment: { met: true, criterionVersion: 1 },
      unitStatus: { status: 'GREEN', met: 2, due: 2 },
    });
  });

  it('changes a criterion after publishing as a new version, and judges each day by the version in force', async () => {
    // The round began five days ago: the campaign was published and answered then.
    const em = server.orm.em.fork();
    const shift = Number(campaign);
    await query(
      em,
      sql`update assessment_history set changed_at = changed_at - interval '5 days'
       where assessment_id in (select a.id from assessment a join criterion c on c.id = a.criterion_id where c.campaign_id = ${shift})`,
    );
    await query(
      em,
      sql`update assessment set answered_at = answered_at - interval '5 days'
       where criterion_id in (select id from criterion where campaign_id = ${shift})`,
    );
    await query(
      em,
      sql`update criterion_version set effective_from = effective_from - 5
       where criterion_id in (select id from criterion where campaign_id = ${shift})`,
    );

    const changeDay = dayOffset(-2);
    const refusedFuture = await server.request(
      UPDATE,
      {
        id: percentCriterion,
        i: { bloc: 'PARTY', text: 'Tỷ lệ văn bản ký số', answerType: 'PERCENT', target: 90 },
        from: dayOffset(1),
      },
      overseer,
    );
    expect(refusedFuture.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });
    const refusedOfficer = await server.request(
      UPDATE,
      { id: percentCriterion, i: { bloc: 'PARTY', text: 'x', answerType: 'PERCENT', target: 1 }, from: changeDay },
      officer,
    );
    expect(refusedOfficer.errors![0].extensions!.code).toBe('FORBIDDEN');

    const revised = await ok(
      UPDATE,
      {
        id: percentCriterion,
        i: { code: 'CT-01', bloc: 'PARTY', text: 'Tỷ lệ văn bản ký số', answerType: 'PERCENT', target: 90 },
        from: changeDay,
      },
      overseer,
    );
    expect(revised.updateCriterion).toEqual({
      id: percentCriterion,
      currentVersion: 2,
      target: 90,
      versions: [
        { number: 1, effectiveFrom: dayOffset(-5), target: 80 },
        { number: 2, effectiveFrom: changeDay, target: 90 },
      ],
    });

    const statusOn = async (day?: string) =>
      (await ok(PENDING, { u: lamThaoParty, c: campaign, d: day }, officer)).unit.pendingWork;
    const before = await statusOn(previousDay(changeDay));
    expect(before.status).toEqual({ status: 'GREEN', met: 2, due: 2, answered: 2, total: 2 });
    expect(before.items).toEqual([]);
    const onTheDay = await statusOn(changeDay);
    expect(onTheDay.status).toEqual({ status: 'YELLOW', met: 1, due: 2, answered: 2, total: 2 });
    expect(onTheDay.items.map((i: any) => i.criterion.code)).toEqual(['CT-01']);
    const today = await statusOn();
    expect(today.status).toEqual({ status: 'YELLOW', met: 1, due: 2, answered: 2, total: 2 });

    // The province's counts of the same days follow the same versions.
    const counts = async (day: string) =>
      (
        await ok(
          'query ($c: ID!, $d: LocalDate) { province(code: "bac-ninh") { statusCounts(campaignId: $c, asOf: $d) { green } } }',
          { c: campaign, d: day },
          overseer,
        )
      ).province.statusCounts.green;
    expect(await counts(previousDay(changeDay))).toBe(1);
    expect(await counts(changeDay)).toBe(0);

    const history = await ok(
      `query ($c: ID!) { unit(id: "${lamThaoParty}") { assessments(first: 5, filter: { campaignId: $c }) { nodes {
         criterion { code } met criterionVersion history(first: 10) { nodes { kind met criterionVersion } } } } } }`,
      { c: campaign },
      overseer,
    );
    const percentAnswer = history.unit.assessments.nodes.find((a: any) => a.criterion.code === 'CT-01');
    expect(percentAnswer).toMatchObject({ met: false, criterionVersion: 1 });
    expect(percentAnswer.history.nodes).toEqual([
      { kind: 'ANSWER', met: true, criterionVersion: 1 },
      { kind: 'RULE_CHANGE', met: false, criterionVersion: 2 },
    ]);

    // A new answer is given against the version in force.
    const reanswered = await ok(
      ANSWER,
      { i: { unitId: lamThaoParty, criterionId: percentCriterion, number: 95 } },
      officer,
    );
    expect(reanswered.answerCriterion).toEqual({
      assessment: { met: true, criterionVersion: 2 },
      unitStatus: { status: 'GREEN', met: 2, due: 2 },
    });
  });

  it("copies the published campaign into next month's draft with its criteria", async () => {
    const copied = await ok(
      `mutation ($id: ID!) { copyCampaign(id: $id, input: { name: "Phủ xanh tháng 6/2026", deadline: "${dayOffset(20)}" }) {
         id state deadline copiedFrom { id } province { code } criteria { code text target answerType } } }`,
      { id: campaign },
      overseer,
    );
    expect(copied.copyCampaign).toMatchObject({
      state: 'DRAFT',
      deadline: dayOffset(20),
      copiedFrom: { id: campaign },
      province: { code: 'bac-ninh' },
      criteria: [
        { code: 'TC-03', answerType: 'BOOLEAN' },
        { code: 'CT-01', target: 90, answerType: 'PERCENT' },
      ],
    });
    const refused = await server.request(
      `mutation ($id: ID!) { copyCampaign(id: $id, input: { name: "Bản sao", deadline: "${dayOffset(20)}" }) { id } }`,
      { id: campaign },
      officer,
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
