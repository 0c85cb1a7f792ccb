import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, screenshot, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
let bacNinhId: string;
const pages: Page[] = [];
const refusals: GraphqlRefusal[][] = [];

beforeAll(async () => {
  // Before the server starts: it serves dist/client only if the build exists when it starts.
  ({ server, baseUrl, browser } = await startBrowserSession());
  bacNinhId = await provinceId(server, await server.login('quocgia'), 'bac-ninh');
}, 600_000);

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
  // No screen sends what the server's limits or permissions refuse.
  expect(refusals.splice(0).flat()).toEqual([]);
});

afterAll(async () => {
  await closeBrowserSession({ server, browser });
});

async function open(username: string, width?: number): Promise<Page> {
  const page = await signIn(browser, baseUrl, username, width);
  pages.push(page);
  refusals.push(watchGraphql(page));
  return page;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const path = (page: Page) => new URL(page.url()).pathname;

async function statusCounts(username: string, campaignCode: string, province: string) {
  const token = await server.login(username);
  const result = await server.request(
    'query ($p: ID!, $c: ID!) { province(id: $p) { statusCounts(campaignId: $c) { green total } } }',
    { p: province, c: await campaignId(server, token, campaignCode) },
    token,
  );
  return result.data!.province.statusCounts as { green: number; total: number };
}

describe('the client in a browser', () => {
  it('refuses a wrong password in words, not a code', async () => {
    const page = await open('quocgia');
    await heading(page, 'Toàn quốc').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').fill('quocgia');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it("national overseer: heat map of the 34 provinces with Bắc Ninh's figures, table, drill-down", async () => {
    const page = await open('quocgia');
    await heading(page, 'Toàn quốc').waitFor();
    expect(path(page)).toBe('/toan-quoc');
    const shapes = page.locator('path[data-province]');
    await shapes.first().waitFor();
    expect(await shapes.count()).toBe(34);

    // The campaign of the report's heat map (Phụ lục 4): every Bắc Ninh commune is green there.
    await page.getByLabel('Đợt đánh giá').selectOption(CAMPAIGN.oneStop);
    const { green, total } = await statusCounts('quocgia', CAMPAIGN.oneStop, bacNinhId);
    await page.locator('path[data-province="bac-ninh"][data-status="GREEN"]').hover();
    const figures = page.getByTestId('map-tooltip');
    await figures.filter({ hasText: `${green}/${total} xã, phường xanh` }).waitFor();
    expect(await figures.textContent()).toContain('100 %');

    // Report 003's headline: 28 and 25 of 34 provinces over 50 % and 70 %, 21 all green, named.
    const headline = page.getByRole('list', { name: 'Số tỉnh, thành phố theo mức phủ xanh' });
    await headline.getByText('28/34', { exact: true }).waitFor();
    const lines = await headline.locator(':scope > li').allTextContents();
    expect(lines[1]).toContain('25/34 tỉnh, thành phố phủ XANH hơn 70 % số xã, phường');
    expect(lines[2]).toContain('21/34 tỉnh, thành phố phủ XANH 100 % số xã, phường');
    expect(lines[2]).toContain('Tuyên Quang');

    // The daily report of the campaign's day, downloaded from the page as a Word file.
    const daily = page.getByRole('region', { name: 'Báo cáo ngày' });
    expect(await daily.getByLabel('Tính đến hết ngày').inputValue()).toBe('22/09/2025');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      daily.getByRole('button', { name: 'Tải báo cáo ngày (Word)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('bao-cao-ngay-2025-09-22.docx');
    expect(
      readFileSync((await report.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await daily.getByText('Đã tải bao-cao-ngay-2025-09-22.docx.').waitFor();

    // Cao Bằng (10,71 % green in Phụ lục 4) is drawn red and opens on a click.
    const caoBang = page.locator('path[data-province="cao-bang"]');
    expect(await caoBang.getAttribute('class')).toContain('province-shape--red');
    await screenshot(page, 'national-map');
    await caoBang.click();
    await heading(page, 'Cao Bằng').waitFor();
    expect(path(page)).toMatch(/^\/tinh\//);
    await page.goBack();
    await page.locator('path[data-province]').first().waitFor();

    await page.getByRole('button', { name: 'Bảng', exact: true }).click();
    expect(await page.locator('table.table--sortable tbody tr').count()).toBe(34);

    await page.getByRole('link', { name: 'Bắc Ninh' }).click();
    await heading(page, 'Bắc Ninh').waitFor();
    expect(path(page)).toBe(`/tinh/${bacNinhId}`);
    expect(await page.getByLabel('Đợt đánh giá').inputValue()).toBe(CAMPAIGN.oneStop);
  });

  it('province overseer: Bắc Ninh with 61/99 communes green in its own campaign, filtered by status', async () => {
    const page = await open('bacninh.giamsat');
    await heading(page, 'Bắc Ninh').waitFor();
    expect(path(page)).toBe(`/tinh/${bacNinhId}`);
    expect(await page.getByLabel('Đợt đánh giá').inputValue()).toBe(CAMPAIGN.bacNinh);
    await page.getByTestId('province-green').filter({ hasText: '61/99' }).waitFor();
    await page.getByRole('navigation', { name: 'Phân trang' }).filter({ hasText: 'trong 99 xã' }).waitFor();

    await page.getByRole('radio', { name: /VÀNG/ }).check();
    await page.getByRole('navigation', { name: 'Phân trang' }).filter({ hasText: 'trong 38 xã' }).waitFor();
    await page.getByRole('radio', { name: /ĐỎ/ }).check();
    await page.getByText('Không có xã, phường nào khớp với điều kiện lọc.').waitFor();
  });

  it('searching "lam thao" without diacritics finds Xã Lâm Thao, and opens its four blocs', async () => {
    const page = await open('bacninh.giamsat');
    await page.getByTestId('province-green').waitFor();
    await page.getByLabel('Tìm xã, phường').fill('lam thao');
    await page.getByRole('navigation', { name: 'Phân trang' }).filter({ hasText: 'trong 1 xã' }).waitFor();
    const rows = page.getByRole('region', { name: 'Xã, phường', exact: true }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Xã Lâm Thao');

    await rows.first().getByRole('link', { name: 'Xã Lâm Thao' }).click();
    await heading(page, 'Xã Lâm Thao').waitFor();
    await page.locator('article.unit-card').nth(3).waitFor();
    expect(await page.locator('article.unit-card').count()).toBe(4);
  });

  it('commune leader: the four blocs of Xã Lâm Thao side by side, no answer form', async () => {
    const page = await open('lamthao.lanhdao');
    await heading(page, 'Xã Lâm Thao').waitFor();
    const cards = page.locator('article.unit-card');
    await cards.nth(3).waitFor();
    expect(await cards.locator('h3').allTextContents()).toEqual([
      'Đảng ủy Xã Lâm Thao',
      'HĐND Xã Lâm Thao',
      'UBND Xã Lâm Thao',
      'MTTQ Xã Lâm Thao',
    ]);
    await screenshot(page, 'home-commune-leader');

    await cards.first().getByRole('link', { name: 'Xem tiêu chí' }).click();
    await heading(page, 'Đảng ủy Xã Lâm Thao').waitFor();
    await page.locator('article.criterion').first().waitFor();
    expect(await page.locator('form.answer-form').count()).toBe(0);
  });

  it('province bloc officer: the province page with a way to the own province unit', async () => {
    const page = await open('bacninh.dang');
    await heading(page, 'Bắc Ninh').waitFor();
    await page.getByTestId('province-green').waitFor();
    await page.getByRole('link', { name: 'Xem việc cần làm' }).waitFor();
    // Its counts cover its own bloc only, and the screen says so.
    await page.getByText('Tính theo Khối Đảng', { exact: false }).waitFor();
    await screenshot(page, 'home-province-bloc-officer');
  });

  it('administrator: the signed-in account, its grants and every account', async () => {
    const page = await open('quantri');
    await heading(page, 'Quản trị hệ thống').waitFor();
    expect(path(page)).toBe('/tai-khoan');
    const grants = page.getByRole('region', { name: 'Quyền được giao' });
    expect(await page.locator('main').textContent()).toContain('quantri');
    expect(await grants.locator('tbody th').allTextContents()).toEqual(['Quản trị hệ thống']);
    const accounts = page.getByRole('region', { name: 'Tài khoản trong hệ thống' });
    await accounts.locator('tbody tr').first().waitFor();
    expect(await accounts.textContent()).toContain('lamthao.dang');
    expect(await accounts.textContent()).toContain('Cán bộ khối cấp xã — Khối Đảng · Xã Lâm Thao, Bắc Ninh');
  });

  it('commune officer: answers XA-DU-05 as met; progress and status turn green without a reload', async () => {
    const page = await open('lamthao.dang');
    await heading(page, 'Đảng ủy Xã Lâm Thao').waitFor();
    expect(path(page)).toMatch(/^\/don-vi\/\d+$/);
    const progress = page.getByTestId('unit-progress');
    const status = page.getByTestId('unit-status');
    await progress.filter({ hasText: '17/18' }).waitFor();
    expect(await status.textContent()).toBe('VÀNG');
    const todo = page.getByTestId('todo');
    expect(await todo.locator('article.criterion').count()).toBe(1);
    const card = todo.locator('article[data-criterion="XA-DU-05"]');
    expect(await card.textContent()).toContain('Thẩm quyền của đơn vị');
    // An officer sees its own unit, not the other blocs of the commune.
    expect(await page.locator('main').textContent()).not.toContain('HĐND Xã Lâm Thao');
    await screenshot(page, 'home-commune-bloc-officer');

    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await card.getByLabel('Có — đơn vị đã thực hiện').check();
    await card.getByLabel('Số văn bản').fill('15-KH/ĐU');
    await card.getByLabel('Ngày văn bản').fill('05/01/2026');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();

    await progress.filter({ hasText: '18/18' }).waitFor();
    await status.filter({ hasText: 'XANH' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã lưu kết quả tiêu chí XA-DU-05: ĐẠT.' }).waitFor();
    await todo.getByText('Không còn tiêu chí nào chưa đạt trong đợt này.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await screenshot(page, 'commune-bloc-officer-after-answer');

    const token = await server.login('lamthao.dang');
    const stored = await server.request(
      `query ($c: ID!) { assessments(filter: { campaignId: $c, met: true, bloc: PARTY }, first: 500) {
         nodes { criterion { code } unit { name } evidence { documentNumber documentDate } } } }`,
      { c: await campaignId(server, token, CAMPAIGN.bacNinh) },
      token,
    );
    expect(stored.data!.assessments.nodes).toContainEqual({
      criterion: { code: 'XA-DU-05' },
      unit: { name: 'Đảng ủy Xã Lâm Thao' },
      evidence: { documentNumber: '15-KH/ĐU', documentDate: '2026-01-05' },
    });
  });

  it("fits a phone: the officer's page at 390 px wide", async () => {
    const page = await open('lamthao.dang', 390);
    await heading(page, 'Đảng ủy Xã Lâm Thao').waitFor();
    await page.getByTestId('unit-progress').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-commune-bloc-officer');
  });
});
