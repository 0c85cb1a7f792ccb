import ExcelJS from 'exceljs';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const EXPORT = `query ($t: ExportTable!, $f: ExportFormat, $c: ID!, $p: ID, $d: LocalDate) {
  exportTable(table: $t, format: $f, campaignId: $c, provinceId: $p, asOf: $d) { fileName mimeType contentBase64 } }`;

async function exportRows(token: string, variables: Record<string, unknown>): Promise<unknown[][]> {
  const result = await server.request(EXPORT, variables, token);
  expect(result.errors).toBeUndefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.data!.exportTable.contentBase64, 'base64') as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exports', () => {
  it('the Phụ lục 4 workbook, opened back, holds the same numbers as the GraphQL query', async () => {
    const token = await server.login('quocgia');
    const c = await campaignId(server, token, CAMPAIGN.oneStop);
    const rows = await exportRows(token, { t: 'PROVINCE_STATUS', f: 'XLSX', c });
    expect(rows[0]).toEqual([
      'STT',
      'Tỉnh, thành phố',
      'Tổng số xã',
      'Xanh',
      'Vàng',
      'Đỏ',
      'Chưa đến hạn',
      'Tỷ lệ xanh (%)',
    ]);
    const api = await server.request(
      'query ($c: ID!) { provinces { name statusCounts(campaignId: $c) { total green yellow red notDue greenPercent } } }',
      { c },
      token,
    );
    expect(rows.slice(1)).toEqual(
      api.data!.provinces.map((p: any, i: number) => [
        i + 1,
        p.name,
        p.statusCounts.total,
        p.statusCounts.green,
        p.statusCounts.yellow,
        p.statusCounts.red,
        p.statusCounts.notDue,
        p.statusCounts.greenPercent,
      ]),
    );
  });

  it("a bloc officer's export of unmet criteria holds only that bloc; the overseer's holds all four", async () => {
    const overseer = await server.login('bacninh.giamsat');
    const vars = {
      t: 'UNMET_CRITERIA',
      f: 'XLSX',
      c: await campaignId(server, overseer, CAMPAIGN.bacNinh),
      p: await provinceId(server, overseer, 'bac-ninh'),
      d: '2026-01-10',
    };
    const all = await exportRows(overseer, vars);
    const party = await exportRows(await server.login('bacninh.dang'), vars);
    expect(new Set(all.slice(1).map((r) => r[0]))).toEqual(new Set(['Đảng ủy', 'HĐND', 'UBND', 'MTTQ']));
    expect(party.slice(1)).toEqual(all.slice(1).filter((r) => r[0] === 'Đảng ủy'));
    const remediation = await server.request(
      `query ($c: ID!) { province(code: "bac-ninh") { remediation(campaignId: $c) { blocs { unmetCriteria { criterion { code } communes { name } } } } } }`,
      { c: vars.c },
      overseer,
    );
    const fromApi = remediation.data!.province.remediation.blocs.flatMap((b: any) =>
      b.unmetCriteria.map((u: any) => [u.criterion.code, u.communes.length]),
    );
    expect(all.slice(1).map((r) => [r[1], r[3]])).toEqual(fromApi);
  });

  it('a CSV keeps Vietnamese text readable by Excel, and a commune officer cannot export another province', async () => {
    const token = await server.login('quocgia');
    const result = await server.request(
      EXPORT,
      { t: 'PROVINCE_STATUS', f: 'CSV', c: await campaignId(server, token, CAMPAIGN.oneStop) },
      token,
    );
    const text = Buffer.from(result.data!.exportTable.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"STT","Tỉnh, thành phố"')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(35);
    const officer = await server.login('lamthao.dang');
    const other = await server.request(
      EXPORT,
      {
        t: 'UNMET_CRITERIA',
        c: await campaignId(server, officer, CAMPAIGN.bacNinh),
        p: await provinceId(server, token, 'ha-noi'),
      },
      officer,
    );
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
