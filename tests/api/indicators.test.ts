import {
  indicatorCode,
  NOTHING_AROSE,
  REPORT_001,
  REPORT_001_INDICATORS,
  targetOf,
  vietnameseNumber,
} from '../support/report-001-indicators';
import { report001Accounts, report001Draft } from '../support/report-001-campaign';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Report 001's 15 target indicators entered through the API as a campaign of PERCENT criteria
 * (unit, target, comparator), answered with the report's results by the commune's officer:
 * each comes out met, unmet or "không phát sinh" exactly as the report's figures say.
 */

let server: TestServer;
let author: string;
let officer: string;
let unitId: string;
let campaign: string;
const criterionOf = new Map<number, string>();

beforeAll(async () => {
  server = await startTestServer();
  ({ author, officer } = await report001Accounts(server));
  const units = await server.request(
    '{ communes(first: 5, filter: { search: "phu thinh" }) { nodes { name units { id bloc } } } }',
    {},
    officer,
  );
  unitId = units
    .data!.communes.nodes.find((c: { name: string }) => c.name === REPORT_001.commune)
    .units.find((u: { bloc: string }) => u.bloc === 'PEOPLES_COMMITTEE').id;
});
afterAll(() => server.close());

it('enters the 15 indicators as a campaign of PERCENT criteria with unit, target and comparator', async () => {
  campaign = await report001Draft(server, author, 'Mục tiêu chuyển đổi số xã — tháng 4/2026');
  for (const indicator of REPORT_001_INDICATORS) {
    const added = await server.request(
      `mutation ($c: ID!, $i: CriterionInput!) { addCriterion(campaignId: $c, input: $i) {
         id code answerType measureUnit comparator target allowsNotApplicable } }`,
      {
        c: campaign,
        i: {
          code: indicatorCode(indicator),
          bloc: 'PEOPLES_COMMITTEE',
          text: `${indicator.group}: ${indicator.text}`,
          answerType: 'PERCENT',
          measureUnit: indicator.unit,
          ...targetOf(indicator.target),
          // "Phi tiếp xúc" transactions may not arise in a period: the author allows "không phát sinh" there.
          allowsNotApplicable: indicator.item === 9,
        },
      },
      author,
    );
    expect(added.errors).toBeUndefined();
    criterionOf.set(indicator.item, added.data!.addCriterion.id);
  }
  const published = await server.request(
    'mutation ($id: ID!) { publishCampaign(id: $id) { criteria { code comparator target measureUnit } } }',
    { id: campaign },
    author,
  );
  expect(published.errors).toBeUndefined();
  const criteria = published.data!.publishCampaign.criteria;
  expect(criteria).toHaveLength(15);
  expect(criteria[0]).toEqual({ code: 'CT-01', comparator: 'GTE', target: 90, measureUnit: '%' });
  expect(criteria[13]).toEqual({ code: 'CT-14', comparator: 'GTE', target: 98, measureUnit: '%' });
});

it("answered with the report's results, gives exactly the report's met / unmet / không phát sinh", async () => {
  for (const indicator of REPORT_001_INDICATORS) {
    const result = await server.request(
      'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { met answer { number notApplicable } } } }',
      {
        i: {
          unitId,
          criterionId: criterionOf.get(indicator.item),
          ...(NOTHING_AROSE.test(indicator.result)
            ? { notApplicable: true }
            : { number: vietnameseNumber(indicator.result) }),
          evidence: { note: `Kết quả tính đến hết ngày 20/4/2026: ${indicator.result}` },
        },
      },
      officer,
    );
    expect(result.errors).toBeUndefined();
  }
  const answers = await server.request(
    `query ($c: ID!) { unit(id: "${unitId}") { assessments(first: 50, filter: { campaignId: $c }) { nodes {
       criterion { code } met answer { number notApplicable } } } } }`,
    { c: campaign },
    author,
  );
  const verdicts = Object.fromEntries(
    answers.data!.unit.assessments.nodes.map((a: any) => [
      a.criterion.code,
      a.answer.notApplicable ? 'NOT_APPLICABLE' : a.met ? 'MET' : 'UNMET',
    ]),
  );
  expect(verdicts).toEqual(Object.fromEntries(REPORT_001_INDICATORS.map((i) => [indicatorCode(i), i.verdict])));
  expect(verdicts).toMatchObject({ 'CT-01': 'UNMET', 'CT-14': 'MET', 'CT-09': 'NOT_APPLICABLE' });
  const number = answers.data!.unit.assessments.nodes.find((a: any) => a.criterion.code === 'CT-01').answer.number;
  expect(number).toBe(72.5);
});

it('counts "không phát sinh" neither met nor unmet: out of the due criteria and the to-do list', async () => {
  const result = await server.request(
    `query ($c: ID!) { unit(id: "${unitId}") { pendingWork(campaignId: $c) {
       status { status met due answered total } items { criterion { code } } } } }`,
    { c: campaign },
    officer,
  );
  expect(result.errors).toBeUndefined();
  const met = REPORT_001_INDICATORS.filter((i) => i.verdict === 'MET').length;
  const counted = REPORT_001_INDICATORS.filter((i) => i.verdict !== 'NOT_APPLICABLE').length;
  expect(result.data!.unit.pendingWork).toEqual({
    status: { status: 'YELLOW', met, due: counted, answered: 15, total: counted },
    items: [{ criterion: { code: 'CT-01' } }, { criterion: { code: 'CT-10' } }],
  });
  expect({ met, counted }).toEqual({ met: 12, counted: 14 });
});

it('turns GREEN once every due criterion is met or "không phát sinh"', async () => {
  for (const item of [1, 10]) {
    const answered = await server.request(
      'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { unitStatus { status met due } } }',
      { i: { unitId, criterionId: criterionOf.get(item), number: item === 1 ? 90 : 100 } },
      officer,
    );
    expect(answered.errors).toBeUndefined();
  }
  const status = await server.request(
    `query ($c: ID!) { unit(id: "${unitId}") { status(campaignId: $c) { status met due } } }`,
    { c: campaign },
    officer,
  );
  expect(status.data!.unit.status).toEqual({ status: 'GREEN', met: 14, due: 14 });
});

it('refuses "không phát sinh" where the criterion does not allow it, and a percentage over 100', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [
      { criterionId: criterionOf.get(1), notApplicable: true },
      'Tiêu chí CT-01 không cho phép trả lời "không phát sinh".',
    ],
    [
      { criterionId: criterionOf.get(2), number: 120 },
      'Giá trị 120 nằm ngoài khoảng cho phép (0 – 100) của tiêu chí CT-02.',
    ],
    [
      { criterionId: criterionOf.get(9), number: 50, notApplicable: true },
      'Tiêu chí CT-09 cần câu trả lời dạng số (number), và chỉ dạng đó.',
    ],
  ];
  for (const [input, message] of cases) {
    const result = await server.request(
      'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { id } } }',
      { i: { unitId, ...input } },
      officer,
    );
    expect(result.errors![0]).toMatchObject({ message, extensions: { code: 'INVALID_ANSWER' } });
  }
});
