import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, screenshot, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
const pages: Page[] = [];
const refusals: GraphqlRefusal[][] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession());
}, 600_000);

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
  expect(refusals.splice(0).flat()).toEqual([]);
});

afterAll(async () => {
  await closeBrowserSession({ server, browser });
});

const TEXT = 'Xã số hóa hồ sơ đảng viên trước ngày 20/01.';

async function open(username: string, width: number): Promise<Page> {
  const page = await signIn(browser, baseUrl, username, width);
  pages.push(page);
  refusals.push(watchGraphql(page));
  return page;
}

it("a province overseer sets a commune's solution from the province page and the commune officer sees it first", async () => {
  const overseer = await open('bacninh.giamsat', 1280);
  const unmet = overseer.locator('li.unmet[data-criterion="XA-DU-05"]');
  await unmet.waitFor();
  await unmet.getByTestId('unmet-solution').waitFor();
  await unmet.getByRole('button', { name: 'Sửa giải pháp' }).click();
  const form = unmet.getByRole('form', { name: 'Giải pháp cho tiêu chí XA-DU-05' });
  await form.getByLabel('Áp dụng cho').selectOption({ label: 'Riêng Xã Lâm Thao' });
  await form.getByLabel('Thẩm quyền').selectOption('LOCAL');
  await form.getByLabel('Nội dung giải pháp').fill(TEXT);
  await form.getByRole('button', { name: 'Lưu giải pháp' }).click();
  await unmet.getByTestId('commune-solution').filter({ hasText: TEXT }).waitFor();
  await screenshot(overseer, 'oversee-province');
  await overseer.setViewportSize({ width: 375, height: 800 });
  await unmet.scrollIntoViewIfNeeded();
  await screenshot(overseer, 'oversee-province-375');

  for (const [width, name] of [
    [1280, 'oversee-officer'],
    [375, 'oversee-officer-375'],
  ] as const) {
    const officer = await open('lamthao.dang', width);
    const solutions = officer.locator('.solutions').filter({ hasText: TEXT });
    await solutions.waitFor();
    expect(await solutions.locator('li').first().textContent()).toContain('Hướng dẫn riêng cho Xã Lâm Thao');
    await screenshot(officer, name);
  }
}, 300_000);
