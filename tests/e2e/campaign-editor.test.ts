import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, screenshot, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
const opened: { page: Page; refusals: GraphqlRefusal[] }[] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession());
}, 600_000);

afterAll(async () => {
  await Promise.all(opened.map(({ page }) => page.context().close()));
  await closeBrowserSession({ server, browser });
});

async function open(username: string): Promise<{ page: Page; refusals: GraphqlRefusal[] }> {
  const page = await signIn(browser, baseUrl, username);
  const watched = { page, refusals: watchGraphql(page) };
  opened.push(watched);
  return watched;
}

const CRITERION_TEXT = 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử';

it('an overseer drafts a campaign, gives it an indicator, publishes it; the officer finds it in "Việc cần làm"', async () => {
  const { page, refusals } = await open('bacninh.giamsat');
  await page.getByRole('link', { name: 'Soạn đợt đánh giá' }).click();
  await page.getByRole('heading', { level: 1, name: 'Soạn đợt đánh giá' }).waitFor();

  const create = page.locator('form').filter({ hasText: 'Tạo bản nháp' });
  await create.getByLabel('Tên đợt', { exact: true }).fill('Phủ xanh tháng 12/2026 — Bắc Ninh');
  // What the author typed survives a reload.
  await page.reload();
  await page.getByLabel('Tên đợt', { exact: true }).waitFor();
  expect(await page.getByLabel('Tên đợt', { exact: true }).inputValue()).toBe('Phủ xanh tháng 12/2026 — Bắc Ninh');
  await page.getByLabel('Hạn hoàn thành (ngày/tháng/năm)').fill('31/12/2026');
  for (const bloc of ['Khối HĐND', 'Khối UBND', 'Khối MTTQ']) await page.getByLabel(bloc, { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();

  await page.getByRole('heading', { level: 1, name: 'Phủ xanh tháng 12/2026 — Bắc Ninh' }).waitFor();
  expect(await page.getByTestId('campaign-state').textContent()).toBe('Bản nháp');
  await page.getByText('Khối này chưa có tiêu chí').waitFor();

  const add = page.locator('form[aria-label="Thêm tiêu chí"]');
  await add.getByLabel('Mã tiêu chí', { exact: true }).fill('CT-01');
  await add.getByLabel('Nội dung tiêu chí', { exact: true }).fill(CRITERION_TEXT);
  await add.getByLabel('Dạng trả lời', { exact: true }).selectOption('PERCENT');
  await add.getByLabel('Mục tiêu', { exact: true }).fill('120');
  await add.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await add.getByRole('alert').filter({ hasText: 'Tỷ lệ phần trăm phải từ 0 đến 100.' }).waitFor();
  await add.getByLabel('Mục tiêu', { exact: true }).fill('92,5');
  await add.getByLabel('Cho phép trả lời «không phát sinh»').check();
  await add.getByRole('button', { name: 'Thêm tiêu chí' }).click();

  const row = page.getByTestId('edited-criterion').filter({ hasText: CRITERION_TEXT });
  await row.waitFor();
  expect(await row.textContent()).toContain('mục tiêu ≥ 92,5 %');
  expect(await row.textContent()).toContain('hạn 31/12/2026');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Ban hành đợt' }).click();
  await page.getByTestId('campaign-state').filter({ hasText: 'Đã ban hành' }).waitFor();
  await page.reload();
  await row.getByText('Phiên bản 1 · 1 phiên bản').waitFor();
  await screenshot(page, 'campaign-editor-published');
  // The only refusal of the session is the out-of-range target the author then corrected.
  expect(refusals.map((r) => r.operation)).toEqual(['AddCriterion']);

  const campaignId = /\/dot-danh-gia\/(\d+)$/.exec(new URL(page.url()).pathname)![1];
  const overseer = await server.login('bacninh.giamsat');
  const { data } = await server.request(`{ campaign(id: "${campaignId}") { code } }`, {}, overseer);

  const officer = await open('lamthao.dang');
  await officer.page.getByRole('heading', { level: 1, name: 'Đảng ủy Xã Lâm Thao' }).waitFor();
  await officer.page.goto(`${officer.page.url().split('?')[0]}?dot=${data!.campaign.code}`);
  const todo = officer.page.getByTestId('todo');
  const card = todo.locator('article[data-criterion="CT-01"]');
  await card.waitFor();
  expect(await card.textContent()).toContain(CRITERION_TEXT);
  expect(await officer.page.locator('header.page-header').textContent()).toContain('Việc cần làm');
  await card.getByLabel('Kết quả đạt được (%)').fill('95,5');
  await card.getByRole('button', { name: 'Lưu kết quả' }).click();
  await officer.page.getByRole('status').filter({ hasText: 'Đã lưu kết quả tiêu chí CT-01: ĐẠT.' }).waitFor();
  await screenshot(officer.page, 'campaign-editor-officer-todo');
  expect(officer.refusals).toEqual([]);
}, 300_000);
