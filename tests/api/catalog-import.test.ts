import { query, sql } from '../../server/database/sql';
import { upload, workbookOf, type Cell } from '../support/import-helpers';
import {
  indicatorCode,
  NOTHING_AROSE,
  REPORT_001,
  REPORT_001_INDICATORS,
  targetOf,
} from '../support/report-001-indicators';
import { report001Accounts, report001Draft } from '../support/report-001-campaign';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * A campaign's catalog and its answers brought in from Excel sheets, as an official keeps them:
 * report 001's 15 indicators typed with their printed targets ("90", "≥ 98") and results
 * ("72,5", "Không phát sinh…"). The catalog goes through the campaign editor's rules, so it
 * lands only in a draft, and gives the report's met / unmet / không phát sinh once answered.
 */

let server: TestServer;
let author: string;
let officer: string;
let campaign: string;

const CATALOG_HEADERS = [
  'Mã tiêu chí',
  'Khối',
  'Nội dung',
  'Kiểu trả lời',
  'So sánh',
  'Mục tiêu',
  'Đơn vị tính',
  'Cho phép không phát sinh',
];
const catalogRows: Cell[][] = REPORT_001_INDICATORS.map((indicator) => {
  const printed = indicator.target.trim();
  return [
    indicatorCode(indicator),
    'UBND',
    `${indicator.group}: ${indicator.text}`,
    'Tỷ lệ %',
    printed.startsWith('≥') ? '≥' : '>=',
    targetOf(printed).target,
    indicator.unit,
    indicator.item === 9 ? 'Có' : '',
  ];
});
const ANSWER_HEADERS = ['Mã xã', 'Khối', 'Mã tiêu chí', 'Kết quả'];

/** Rows of criteria, assessments and audit entries: equal before and after means nothing was written. */
async function writes(): Promise<string> {
  const [row] = await query<{ s: string }>(
    server.orm.em.fork(),
    sql`select (select count(*) from criterion) || '/' || (select count(*) from assessment) || '/' ||
               (select count(*) from audit_entry) as s`,
  );
  return row.s;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ author, officer } = await report001Accounts(server));
  campaign = await report001Draft(server, author, 'Mục tiêu chuyển đổi số xã — nhập từ Excel');
}, 600_000);
afterAll(() => server.close());

it('reports, cell by cell, what the campaign editor would refuse, and writes nothing', async () => {
  const bad: Cell[][] = [
    ['X-01', 'UBND', 'Tỷ lệ vượt trăm', 'Tỷ lệ %', '≥', 120, '%', ''],
    ['X-02', 'Đảng ủy', 'Khối không tham gia đợt', 'Có/Không', '', '', '', ''],
    ['X-03', 'UBND', 'Khoảng thiếu giá trị trên', 'Số', 'Trong khoảng', 10, 'hồ sơ', ''],
    ['X-03', 'UBND', 'Trùng mã', 'Văn bản', '', '', '', ''],
  ];
  const file = await workbookOf([{ name: 'Tiêu chí', rows: [CATALOG_HEADERS, ...bad] }]);
  const before = await writes();
  const dryRun = await upload(server, 'criteria', 'dryRun', file, author, { campaignId: campaign });
  expect(dryRun.status).toBe(200);
  expect(dryRun.body.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
    [2, 'Mục tiêu', 'BAD_USER_INPUT'],
    [3, 'Khối', 'BAD_USER_INPUT'],
    [4, 'Mục tiêu tối đa', 'BAD_USER_INPUT'],
    [5, 'Mã tiêu chí', 'DUPLICATE'],
  ]);
  expect(dryRun.body.errors[0].message).toBe('Tỷ lệ phần trăm phải từ 0 đến 100.');
  expect(dryRun.body.errors[1].message).toBe('Khối này không tham gia đợt đánh giá.');
  const refused = await upload(server, 'criteria', 'apply', file, author, { campaignId: campaign });
  expect(refused.status).toBe(422);
  expect(await writes()).toBe(before);
}, 120_000);

it("imports report 001's 15 indicators into the draft, in sheet order, with units, targets and không phát sinh", async () => {
  const file = await workbookOf([{ name: 'Tiêu chí', rows: [CATALOG_HEADERS, ...catalogRows] }]);
  const applied = await upload(server, 'criteria', 'apply', file, author, { campaignId: campaign });
  expect(applied.status).toBe(200);
  expect(applied.body).toMatchObject({ applied: true, summary: { created: 15 } });
  const published = await server.request(
    `mutation ($id: ID!) { publishCampaign(id: $id) { state criteria {
       code position answerType comparator target measureUnit allowsNotApplicable } } }`,
    { id: campaign },
    author,
  );
  expect(published.errors).toBeUndefined();
  const criteria = published.data!.publishCampaign.criteria;
  expect(criteria.map((c: { code: string }) => c.code)).toEqual(REPORT_001_INDICATORS.map(indicatorCode));
  expect(criteria[0]).toEqual({
    code: 'CT-01',
    position: 1,
    answerType: 'PERCENT',
    comparator: 'GTE',
    target: 90,
    measureUnit: '%',
    allowsNotApplicable: false,
  });
  expect(criteria[8]).toMatchObject({ code: 'CT-09', allowsNotApplicable: true });
  expect(criteria[13]).toMatchObject({ code: 'CT-14', comparator: 'GTE', target: 98 });
}, 120_000);

it('refuses a catalog for a published campaign: criteria change there only by new versions', async () => {
  const before = await writes();
  const file = await workbookOf([
    { name: 'Tiêu chí', rows: [CATALOG_HEADERS, ['CT-99', 'UBND', 'Thêm sau', 'Có/Không']] },
  ]);
  const refused = await upload(server, 'criteria', 'apply', file, author, { campaignId: campaign });
  expect(refused.status).toBe(400);
  expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(refused.body.errors[0].message).toContain('đã ban hành');
  expect(await writes()).toBe(before);
}, 120_000);

it("answered from a sheet with the report's printed results, gives exactly its met / unmet / không phát sinh", async () => {
  const [commune] = await query<{ code: string }>(
    server.orm.em.fork(),
    sql`select c.code from commune c join province p on p.id = c.province_id
        where c.name = ${REPORT_001.commune} and p.code = ${REPORT_001.provinceCode}`,
  );
  const rows: Cell[][] = REPORT_001_INDICATORS.map((indicator) => [
    commune.code,
    'UBND',
    indicatorCode(indicator),
    NOTHING_AROSE.test(indicator.result) ? 'Không phát sinh' : indicator.result,
  ]);
  const applied = await upload(
    server,
    'answers',
    'apply',
    await workbookOf([{ name: 'Kết quả', rows: [ANSWER_HEADERS, ...rows] }]),
    officer,
    { campaignId: campaign },
  );
  expect(applied.status).toBe(200);
  const answers = await server.request(
    `query ($c: ID!, $s: String) { communes(first: 10, filter: { search: $s }) { nodes { name units {
       bloc assessments(first: 50, filter: { campaignId: $c }) { nodes { criterion { code } met answer { number notApplicable } } } } } } }`,
    { c: campaign, s: 'phu thinh' },
    author,
  );
  const unit = answers
    .data!.communes.nodes.find((c: { name: string }) => c.name === REPORT_001.commune)
    .units.find((u: { bloc: string }) => u.bloc === 'PEOPLES_COMMITTEE');
  const verdicts = Object.fromEntries(
    unit.assessments.nodes.map((a: any) => [
      a.criterion.code,
      a.answer.notApplicable ? 'NOT_APPLICABLE' : a.met ? 'MET' : 'UNMET',
    ]),
  );
  expect(verdicts).toEqual(Object.fromEntries(REPORT_001_INDICATORS.map((i) => [indicatorCode(i), i.verdict])));
  expect(unit.assessments.nodes.find((a: any) => a.criterion.code === 'CT-01').answer.number).toBe(72.5);
}, 120_000);
