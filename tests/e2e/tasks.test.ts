import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, screenshot, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

// An English browser: dates are still typed and shown dd/mm/yyyy.
const LOCALE = 'en-US';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
const pages: Page[] = [];
const refusals: GraphqlRefusal[][] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession([`--lang=${LOCALE}`]));
}, 600_000);

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
  expect(refusals.splice(0).flat()).toEqual([]);
});

afterAll(async () => {
  await closeBrowserSession({ server, browser });
});

it("the owner reports a task's progress and completion from the task screen, and sees its history", async () => {
  const page = await signIn(browser, baseUrl, 'phuthinh.ubnd', 1280, LOCALE);
  pages.push(page);
  refusals.push(watchGraphql(page));
  await page.getByRole('link', { name: 'Nhiệm vụ' }).click();
  await page.getByRole('heading', { name: /Nhiệm vụ của đơn vị tôi/ }).waitFor();
  const task = page.locator('li.task').filter({ hasText: 'PHU-THINH-02' });
  await task.getByText('Cập nhật tiến độ, kết quả').click();
  const form = task.getByRole('form', { name: 'Cập nhật nhiệm vụ PHU-THINH-02' });
  await form.getByLabel('Tiến độ (%)').fill('40');
  await form.getByLabel('Kết quả thực hiện').fill('Đã tập huấn 2/5 lớp cho cán bộ.');
  await form.getByLabel(/Minh chứng/).fill('https://phuthinh.gov.vn/tap-huan');
  await form.getByLabel('Ngày bắt đầu').fill('01/02/2026');
  await form.getByRole('button', { name: 'Lưu cập nhật' }).click();
  await task.getByText('Đã lưu cập nhật nhiệm vụ.').waitFor();
  await task.locator('.task__meta').filter({ hasText: '40 %' }).waitFor();

  await form.getByLabel('Ngày hoàn thành').fill('15/04/2026');
  await form.getByRole('button', { name: 'Lưu cập nhật' }).click();
  await task.locator('.task__meta').filter({ hasText: 'Hoàn thành đúng hạn' }).waitFor();
  expect(await task.locator('.task__meta').textContent()).toContain('hoàn thành 15/04/2026');
  await task.getByText('Lịch sử cập nhật (2)').click();
  expect(await task.getByText(/phuthinh\.ubnd/).count()).toBe(2);
  await screenshot(page, 'tasks-owner');

  const stored = await server.request(
    `{ tasks(first: 50, filter: { reportable: true }) { nodes { code progressPercent startedOn completedOn } } }`,
    {},
    await server.login('phuthinh.ubnd'),
  );
  expect(stored.data!.tasks.nodes.find((t: { code: string }) => t.code === 'PHU-THINH-02')).toEqual({
    code: 'PHU-THINH-02',
    progressPercent: 100,
    startedOn: '2026-02-01',
    completedOn: '2026-04-15',
  });
}, 180_000);

it("the commune leader assigns a task of the commune's own to one of its units and finds it among the tasks assigned", async () => {
  const page = await signIn(browser, baseUrl, 'lamthao.lanhdao', 1280, LOCALE);
  pages.push(page);
  refusals.push(watchGraphql(page));
  await page.getByRole('link', { name: 'Nhiệm vụ' }).click();
  const form = page.getByRole('form', { name: 'Giao nhiệm vụ của xã' });
  await form.getByLabel('Tên nhiệm vụ').fill('Số hóa hồ sơ đảng viên của xã');
  await form.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Đảng ủy Xã Lâm Thao' });
  await form.getByLabel('Thời hạn hoàn thành').fill('31/12/2026');
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await form.getByText(/Đã giao nhiệm vụ NV-/).waitFor();
  const assigned = page.locator('section').filter({ has: page.getByRole('heading', { name: /Nhiệm vụ đã giao/ }) });
  const task = assigned.locator('li.task').filter({ hasText: 'Số hóa hồ sơ đảng viên của xã' });
  await task.waitFor();
  expect(await task.locator('.task__meta').textContent()).toContain('Hạn 31/12/2026');
  await screenshot(page, 'tasks-commune-leader');
}, 180_000);
