import type { Browser, Page } from 'playwright-core';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { workbookOf } from '../support/import-helpers';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
let bacNinhCampaign: string;
let lamThaoCode: string;
const opened: { page: Page; refusals: GraphqlRefusal[] }[] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession());
  const token = await server.login('quocgia');
  bacNinhCampaign = await campaignId(server, token, CAMPAIGN.bacNinh);
  const lamThao = await server.request(
    '{ communes(first: 1, filter: { search: "lam thao" }) { nodes { code } } }',
    {},
    token,
  );
  lamThaoCode = lamThao.data!.communes.nodes[0].code;
}, 600_000);

afterEach(async () => {
  const pages = opened.splice(0);
  await Promise.all(pages.map(({ page }) => page.context().close()));
  expect(pages.flatMap(({ refusals }) => refusals)).toEqual([]);
});

afterAll(async () => {
  await closeBrowserSession({ server, browser });
});

async function open(username: string): Promise<Page> {
  const page = await signIn(browser, baseUrl, username);
  opened.push({ page, refusals: watchGraphql(page) });
  return page;
}

const HEADERS = ['Mã xã', 'Khối', 'Mã tiêu chí', 'Kết quả', 'Số văn bản'];

async function chooseFile(page: Page, rows: (string | number)[][]): Promise<void> {
  const buffer = await workbookOf([{ name: 'Kết quả', rows: [HEADERS, ...rows] }]);
  await page
    .getByLabel(/Chọn tệp đã điền/)
    .setInputFiles({ name: 'ket-qua.xlsx', mimeType: 'application/octet-stream', buffer });
}

describe('Excel import in the browser', () => {
  it("an officer's dry run lists the sheet's bad rows and keeps the import button disabled until they are fixed", async () => {
    const page = await open('lamthao.dang');
    await page.getByRole('link', { name: 'Nhập Excel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập kết quả tự đánh giá' }).waitFor();
    await page.getByLabel('Đợt đánh giá').selectOption(bacNinhCampaign);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toBe('mau-nhap-answers.xlsx');

    await chooseFile(page, [
      [lamThaoCode, 'Đảng ủy', 'XA-DU-01', 'Có', '12/QĐ-ĐU'],
      [lamThaoCode, 'Đảng ủy', 'XA-DU-02', 'Có lẽ', ''],
      [lamThaoCode, 'Đảng ủy', 'XA-KHONG-CO', 'Có', ''],
    ]);
    const apply = page.getByRole('button', { name: 'Nhập', exact: true });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
    const table = page.getByRole('table', { name: 'Các dòng lỗi' });
    await table.waitFor();
    await page.getByRole('heading', { name: '2 dòng lỗi trên 3 dòng' }).waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['Kết quả', '3', 'Kết quả', expect.stringContaining('"Có lẽ"')],
      ['Kết quả', '4', 'Mã tiêu chí', expect.stringContaining('XA-KHONG-CO')],
    ]);
    expect(await apply.isDisabled()).toBe(true);

    await chooseFile(page, [[lamThaoCode, 'Đảng ủy', 'XA-DU-01', 'Có', '12/QĐ-ĐU']]);
    await page.getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
    await page.getByText(/Tệp hợp lệ: 1 dòng/).waitFor();
    expect(await apply.isDisabled()).toBe(false);
    await apply.click();
    await page.getByText(/Đã nhập 1 dòng/).waitFor();
  }, 120_000);

  it('an administrator is offered the accounts import, a province overseer only the criteria import', async () => {
    const admin = await open('quantri');
    await admin.getByRole('link', { name: 'Nhập Excel' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Nhập tài khoản và quyền' }).waitFor();
    const overseer = await open('bacninh.giamsat');
    await overseer.getByRole('link', { name: 'Nhập Excel' }).click();
    await overseer.getByRole('heading', { level: 1, name: 'Nhập danh mục tiêu chí' }).waitFor();
    expect(await overseer.getByRole('link', { name: 'Nhập tài khoản và quyền' }).count()).toBe(0);
  }, 120_000);
});
