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
  const pages = opened.splice(0);
  await Promise.all(pages.map(({ page }) => page.context().close()));
  expect(pages.flatMap(({ refusals }) => refusals)).toEqual([]);
  await closeBrowserSession({ server, browser });
});

const waiting = async (page: Page): Promise<number> =>
  Number(
    (await page.getByTestId('queue-count').locator('strong').textContent())!.replace(/\./g, '').replace(/\s/g, ''),
  );

it.each([
  ['desktop', 1280],
  ['375', 375],
])(
  'an overseer filters the queue, confirms several claims at once and the count drops (%s)',
  async (name, width) => {
    const page = await signIn(browser, baseUrl, 'bacninh.giamsat', width);
    opened.push({ page, refusals: watchGraphql(page) });
    const queue = page.getByTestId('verification-queue');
    await queue.getByTestId('queue-count').waitFor();
    await queue.getByLabel('Xã, phường').selectOption({ label: 'Xã Lâm Thao' });
    await queue.getByLabel('Khối').selectOption('PARTY');
    await queue.locator('[data-claim]').first().waitFor();
    const before = await waiting(page);
    expect(before).toBeGreaterThan(3);

    // Keyboard: the checkboxes are reached with Tab and ticked with Space.
    const boxes = queue.locator('[data-claim] input[type="checkbox"]');
    for (let i = 0; i < 3; i++) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
    }
    await queue.getByTestId('queue-selected').filter({ hasText: '3' }).waitFor();
    await screenshot(page, `verification-queue-selected-${name}`);
    await queue.getByRole('button', { name: 'Xác nhận đã chọn' }).click();
    await page.getByTestId('queue-announcement').filter({ hasText: 'Đã xác nhận 3 kết quả.' }).waitFor();
    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="queue-count"] strong')?.textContent?.replace(/\D/g, '') === expected,
      String(before - 3),
    );
    expect(await waiting(page)).toBe(before - 3);
    await screenshot(page, `verification-queue-confirmed-${name}`);
  },
  180_000,
);
