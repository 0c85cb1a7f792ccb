import type { Browser, Page } from 'playwright-core';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, signIn, startBrowserSession } from './browser';
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

it("shows the rejection on the officer's bell; marking it read clears the count", async () => {
  const overseer = await server.login('bacninh.giamsat');
  const campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
  const queue = await server.request(
    `query ($c: ID!, $p: ID) { verificationQueue(campaignId: $c, provinceId: $p, bloc: PARTY, first: 500) {
       nodes { id version unit { name } criterion { code } } } }`,
    { c: campaign, p: await provinceId(server, overseer, 'bac-ninh') },
    overseer,
  );
  const claim = queue.data!.verificationQueue.nodes.find((c: any) => c.unit.name.endsWith('Xã Lâm Thao'));
  const rejected = await server.request(
    `mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { id } } }`,
    {
      i: {
        assessmentId: claim.id,
        decision: 'REJECT',
        reason: 'Minh chứng không khớp.',
        expectedVersion: claim.version,
      },
    },
    overseer,
  );
  expect(rejected.errors).toBeUndefined();

  const page = await signIn(browser, baseUrl, 'lamthao.dang');
  opened.push({ page, refusals: watchGraphql(page) });
  const bell = page.getByRole('button', { name: 'Thông báo: 1 chưa đọc' });
  await bell.waitFor();
  await bell.click();
  const panel = page.getByRole('region', { name: 'Thông báo' });
  await panel.getByText(`Kết quả tự đánh giá tiêu chí ${claim.criterion.code} bị bác bỏ`).waitFor();
  await panel.getByText('Lý do: Minh chứng không khớp.', { exact: false }).waitFor();
  await panel.getByRole('button', { name: 'Đánh dấu đã đọc', exact: true }).click();
  await page.getByRole('button', { name: 'Thông báo: không có thông báo chưa đọc' }).waitFor();
  await panel.getByText(/· Đã đọc$/).waitFor();
  expect(await page.getByTestId('unread-count').count()).toBe(0);
}, 120_000);
