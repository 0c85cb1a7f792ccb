import JSZip from 'jszip';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The daily report (report 003's layout) generated through GraphQL, opened back from the DOCX and
 * compared with the figures the API gives the same caller.
 */
let server: TestServer;
let national: string;
let overseer: string;
const ids = {} as Record<'oneStop' | 'commune' | 'province', string>;
const AS_OF = '2025-09-22';

const REPORT = `query ($input: DailyReportInput!) { dailyReport(input: $input) { fileName mimeType contentBase64 } }`;

async function ok(text: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const result = await server.request(text, variables, token);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

interface Report {
  xml: string;
  paragraphs: string[];
  /** The table under an appendix heading, as rows of cell texts (the header row first). */
  table(appendix: string): string[][];
}

async function report(token: string, input: Record<string, unknown> = {}): Promise<Report> {
  const { dailyReport } = await ok(
    REPORT,
    {
      input: {
        campaignId: ids.oneStop,
        communeCriteriaCampaignId: ids.commune,
        provinceCriteriaCampaignId: ids.province,
        asOf: AS_OF,
        ...input,
      },
    },
    token,
  );
  expect(dailyReport.fileName).toBe(`bao-cao-ngay-${AS_OF}.docx`);
  expect(dailyReport.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(Buffer.from(dailyReport.contentBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  return {
    xml,
    paragraphs,
    table(appendix) {
      const heading = xml.search(new RegExp(`<w:t(?: [^>]*)?>${appendix}</w:t>`));
      expect(heading).toBeGreaterThan(0);
      const start = xml.indexOf('<w:tbl>', heading);
      const tableXml = xml.slice(start, xml.indexOf('</w:tbl>', start));
      return [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
        [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
      );
    },
  };
}

const percentText = (value: number) => `${String(value).replace('.', ',')}%`;

beforeAll(async () => {
  server = await startTestServer();
  national = await server.login('quocgia');
  overseer = await server.login('bacninh.giamsat');
  ids.oneStop = await campaignId(server, national, CAMPAIGN.oneStop);
  ids.commune = await campaignId(server, national, CAMPAIGN.phase2Commune);
  ids.province = await campaignId(server, national, CAMPAIGN.phase2Province);
});
afterAll(() => server.close());

describe('dailyReport', () => {
  let nationalReport: Report;
  beforeAll(async () => {
    nationalReport = await report(national);
  });

  it('lays out Phụ lục 4 with the figures of statusCounts, worst province first, and the overview counts them', async () => {
    const { provinces } = await ok(
      `query ($c: ID!, $d: LocalDate) { provinces { name statusCounts(campaignId: $c, asOf: $d) { green yellow red total reported greenPercent greenPercentChange } } }`,
      { c: ids.oneStop, d: AS_OF },
      national,
    );
    const table = nationalReport.table('Phụ lục 4');
    expect(table[0]).toEqual([
      'STT',
      'Tỉnh/thành phố',
      'Số xã',
      'XANH',
      'VÀNG',
      'ĐỎ',
      'Đã báo cáo',
      'Đã báo cáo (%)',
      'XANH (%)',
      'TĂNG/GIẢM (%)',
    ]);
    expect(table).toHaveLength(35);
    // Report 003's first row, reproduced by the demo data.
    expect(table[1].slice(0, 9)).toEqual(['1', 'Cao Bằng', '56', '6', '32', '18', '56', '100%', '10,71%']);
    for (const row of table.slice(1)) {
      const { statusCounts: c } = provinces.find((p: { name: string }) => p.name === row[1]);
      expect(row.slice(2)).toEqual(
        [c.total, c.green, c.yellow, c.red, c.reported]
          .map(String)
          .concat(
            percentText(Math.round((c.reported / c.total) * 10000) / 100),
            percentText(c.greenPercent),
            percentText(c.greenPercentChange),
          ),
      );
    }
    const percents = table.slice(1).map((r) => Number(r[8].replace(',', '.').replace('%', '')));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const green = provinces.reduce((sum: number, p: any) => sum + p.statusCounts.green, 0);
    const total = provinces.reduce((sum: number, p: any) => sum + p.statusCounts.total, 0);
    const thousands = (n: number) => n.toLocaleString('de-DE');
    expect(nationalReport.paragraphs.find((p) => p.startsWith('- Trên toàn quốc'))).toContain(
      `${thousands(green)}/${thousands(total)} xã, phường`,
    );
    // Report 003, section III.2: 2.821/3.321 communes (84,94 %), 2.815 the day before (84,76 %).
    expect(nationalReport.paragraphs).toContain(
      '- So với ngày 21/9/2025 (2.815 xã, phường, chiếm 84,76%), số xã, phường đạt trạng thái XANH tăng 6.',
    );
    expect(nationalReport.paragraphs).toContain('I. TỔNG QUAN TIẾN ĐỘ');
  });

  it('lays out Phụ lục 9 from criterionTable: provinces under 50 % and the lowest ones with rate and met/total', async () => {
    const { criterionTable } = await ok(
      `query ($c: ID!) { criterionTable(campaignId: $c, bloc: PARTY) { criterion { text isPlaceholder } provincesBelow50 lowest { province { name } met total ratePercent } } }`,
      { c: ids.commune },
      national,
    );
    const named = criterionTable.filter((r: any) => !r.criterion.isPlaceholder);
    const table = nationalReport.table('Phụ lục 9');
    expect(table[0]).toEqual(['STT', 'Tiêu chí', 'Số tỉnh/thành phố < 50%', 'Top 10 tỉnh/thành phố thấp nhất (<50%)']);
    expect(table.slice(1)).toEqual(
      named.map((r: any, i: number) => [
        String(i + 1),
        r.criterion.text,
        String(r.provincesBelow50),
        r.lowest
          .filter((p: any) => p.met * 2 < p.total)
          .map((p: any) => `${p.province.name} (${percentText(p.ratePercent)} (${p.met}/${p.total}))`)
          .join('; '),
      ]),
    );
    // Report 003, Phụ lục 9, row 1.
    expect(table[1][2]).toBe('33');
    expect(table[1][3]).toMatch(/^Lạng Sơn \(3,08% \(2\/65\)\); Hưng Yên \(11,54% \(12\/104\)\)/);
  });

  it('lays out Phụ lục 21 from blocCompletion, Phụ lục 2 from overdueTasksByOwner and Phụ lục 13 from reportRanking', async () => {
    const { provinces, overdueTasksByOwner } = await ok(
      `query ($p: ID!, $d: LocalDate) {
         provinces { name blocCompletion(campaignId: $p, asOf: $d) { bloc ratePercent } reportRanking(kind: OBSTACLE, bloc: PARTY, limit: 3) { label communes total percent } }
         overdueTasksByOwner(asOf: $d) { owner tasks { title } } }`,
      { p: ids.province, d: AS_OF },
      national,
    );
    const completion = nationalReport.table('Phụ lục 21');
    expect(completion[0]).toEqual([
      'STT',
      'Tỉnh, thành phố',
      'Tỉ lệ hoàn thành Đảng ủy',
      'Tỉ lệ hoàn thành Hội đồng Nhân dân',
      'Tỉ lệ hoàn thành Ủy ban Nhân dân',
      'Tỉ lệ hoàn thành Ủy ban Mặt trận Tổ quốc',
    ]);
    expect(completion.slice(1)).toEqual(
      provinces.map((p: any, i: number) => [
        String(i + 1),
        p.name,
        ...p.blocCompletion.map((b: any) => percentText(b.ratePercent)),
      ]),
    );
    // Report 003, Phụ lục 21, An Giang.
    expect(completion.find((r) => r[1] === 'An Giang')!.slice(2)).toEqual(['94,74%', '85,71%', '81,82%', '52,63%']);

    const overdue = nationalReport.table('Phụ lục 2');
    const expected = overdueTasksByOwner.flatMap((o: any) => o.tasks.map((t: any) => `${t.title} | ${o.owner}`)).sort();
    expect(
      overdue
        .filter((r) => r.length === 3 && r[0] !== 'STT')
        .map((r) => `${r[1]} | ${r[2]}`)
        .sort(),
    ).toEqual(expected);
    expect(nationalReport.paragraphs).toContain(
      `- Vẫn còn ${String(expected.length).padStart(2, '0')} nhiệm vụ đã quá hạn chưa hoàn thành (Phụ lục 2).`,
    );

    const obstacles = nationalReport.table('Phụ lục 13');
    const bacNinh = obstacles.findIndex((r) => r[1] === 'Bắc Ninh');
    const ranked = provinces.find((p: any) => p.name === 'Bắc Ninh').reportRanking;
    expect(obstacles.slice(bacNinh, bacNinh + ranked.length).map((r) => r.slice(2))).toEqual(
      ranked.map((r: any) => [r.label, `${r.communes}/${r.total} (${percentText(r.percent)})`]),
    );
    expect(obstacles[bacNinh + 1][0]).toBe('');

    // Phụ lục 6 is the day's obstacles of all blocs: An Giang's first line as report 003 prints it.
    const day = nationalReport.table('Phụ lục 6');
    expect(day[0]).toEqual(['STT', 'Tỉnh/thành phố', 'Vướng mắc chính trong ngày', 'Số xã gặp vướng mắc']);
    expect(day[1]).toEqual(['1', 'An Giang', 'Hệ thống phần mềm hộ tịch chưa cập nhật đầy đủ', '6/102 (5,9%)']);
  });

  it('gives a province overseer a report of their province only', async () => {
    const { provinces } = await ok('{ provinces { name } }', {}, national);
    const others = provinces.map((p: { name: string }) => p.name).filter((name: string) => name !== 'Bắc Ninh');
    const own = await report(overseer);
    const heatMap = own.table('Phụ lục 4');
    expect(heatMap.map((r) => r[1])).toEqual(['Tỉnh/thành phố', 'Bắc Ninh']);
    expect(own.table('Phụ lục 21').map((r) => r[1])).toEqual(['Tỉnh, thành phố', 'Bắc Ninh']);
    for (const appendix of [
      'Phụ lục 4',
      'Phụ lục 6',
      'Phụ lục 9',
      'Phụ lục 10',
      'Phụ lục 11',
      'Phụ lục 12',
      'Phụ lục 13',
      'Phụ lục 20',
      'Phụ lục 21',
    ]) {
      const text = own.table(appendix).flat().join(' | ');
      for (const name of others) expect(text).not.toContain(name);
    }
    expect(own.paragraphs.some((p) => p.startsWith('- Bắc Ninh hiện có'))).toBe(true);
  });

  it('answers NOT_FOUND to a caller who may not read the campaign, BAD_USER_INPUT to a malformed date', async () => {
    const admin = await server.login('quantri');
    const refused = await server.request(REPORT, { input: { campaignId: ids.oneStop } }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badDate = await server.request(REPORT, { input: { campaignId: ids.oneStop, asOf: '2025-13-40' } }, national);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
