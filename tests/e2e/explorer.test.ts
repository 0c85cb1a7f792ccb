import type { Browser, BrowserContext, Page } from 'playwright-core';
import { provinceApiToken } from '../support/graphql-helpers';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, screenshot, startBrowserSession } from './browser';

let server: TestServer;
let browser: Browser;
let baseUrl: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // The network is cut: no host name resolves, and whatever is not loopback goes to a closed proxy port.
  ({ server, baseUrl, browser } = await startBrowserSession([
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--proxy-server=http://127.0.0.1:9',
  ]));
}, 600_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await closeBrowserSession({ server, browser });
});

/** The explorer with a token pasted in, and every URL the page asked for (its workers and styles included). */
async function openWithToken(token: string): Promise<{ page: Page; requested: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  contexts.push(context);
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${baseUrl}/explorer`);
  await page.getByLabel('Mã truy cập API').fill(token);
  await page.getByRole('button', { name: 'Dùng mã này' }).click();
  return { page, requested };
}

describe('the API explorer at /explorer, with no internet', () => {
  it('runs a query with a read-only API token, shows its data only, and offers no mutation', async () => {
    const token = await provinceApiToken(server, 'bac-ninh', 'bacninh.giamsat');
    const { page, requested } = await openWithToken(token);
    const readOnly = page
      .getByRole('status')
      .filter({ hasText: 'Mã chỉ đọc: chỉ có truy vấn, không có thao tác ghi.' });
    await readOnly.waitFor();

    // The editors load after the page; a click before the query editor holds the query runs nothing.
    await page.locator('.graphiql-query-editor .CodeMirror').filter({ hasText: 'query Provinces' }).waitFor();
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    const result = page.locator('.result-window');
    await result.filter({ hasText: '"code": "bac-ninh"' }).waitFor();
    const answer = (await result.textContent())!;
    expect(answer).toContain('"username": "bacninh.giamsat"');
    // The token reads one province: the others are not in the answer.
    expect(answer).not.toContain('"code": "ha-noi"');

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    expect(await docs.locator('.graphiql-doc-explorer-root-type').allTextContents()).toEqual(['query']);
    await screenshot(page, 'explorer-api-token');

    // The token lives in the tab (a reload keeps it), never in storage that outlives the tab.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(token);
    await page.reload();
    await readOnly.waitFor();

    const elsewhere = requested.filter((url) => !url.startsWith(`${baseUrl}/`) && !/^(data|blob):/.test(url));
    expect(elsewhere).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([`${baseUrl}/explorer`, `${baseUrl}/explorer/schema`, `${baseUrl}/graphql`]),
    );
  });

  it("offers an overseer's session the mutations of an overseer", async () => {
    const { page } = await openWithToken(await server.login('bacninh.giamsat'));
    const status = page.getByRole('status');
    await status.filter({ hasText: 'createTask' }).waitFor();
    expect(await status.textContent()).not.toContain('answerCriterion');
  });

  it('refuses an unknown token in words', async () => {
    const { page } = await openWithToken('pxa_khong-ton-tai');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Bạn cần đăng nhập (thiếu hoặc sai mã truy cập).');
  });
});
