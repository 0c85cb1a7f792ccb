import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

/**
 * A periodic report in the browser: Lâm Thao's Party committee officer writes and submits the
 * supervision report, the province inspection committee returns it with a comment, the officer
 * fixes and resubmits it, the committee accepts it, and the round dashboard follows each step.
 */
let server: TestServer;
let browser: Browser;
let baseUrl: string;
const pages: Page[] = [];
const refusals: GraphqlRefusal[][] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession());
}, 600_000);

afterAll(async () => {
  await Promise.all(pages.map((page) => page.context().close()));
  await closeBrowserSession({ server, browser });
});

async function open(username: string): Promise<Page> {
  const page = await signIn(browser, baseUrl, username);
  // Signed in once the shell shows; only then may the test navigate by address.
  await page.getByRole('link', { name: 'Báo cáo định kỳ' }).first().waitFor();
  pages.push(page);
  refusals.push(watchGraphql(page));
  return page;
}

/** The round's figures as the API computes them for the reviewer. */
async function consolidation(roundId: string) {
  const token = await server.login('bacninh.ubkt');
  const result = await server.request(
    'query ($r: ID!) { reportingRound(id: $r) { consolidation { submitted onTime total onTimePercent } } }',
    { r: roundId },
    token,
  );
  return result.data!.reportingRound.consolidation as {
    submitted: number;
    onTime: number;
    total: number;
    onTimePercent: number;
  };
}

const vietnamese = (value: number) => `${new Intl.NumberFormat('vi-VN').format(value)} %`;

it('writes, submits, returns, fixes, resubmits and accepts a report; the dashboard follows', async () => {
  const officerToken = await server.login('lamthao.dang');
  const drafts = await server.request(
    '{ reportSubmissions(first: 10, filter: { status: DRAFT }) { nodes { id round { id period label dueOn } } } }',
    {},
    officerToken,
  );
  const draft = [...drafts.data!.reportSubmissions.nodes].sort((a, b) =>
    b.round.period.localeCompare(a.round.period),
  )[0];
  const before = await consolidation(draft.round.id);
  const reviewer = await open('bacninh.ubkt');
  const dashboard = async (figures: { onTimePercent: number; submitted: number }) => {
    await reviewer.goto(`${baseUrl}/bao-cao`);
    await reviewer.getByLabel('Chọn kỳ báo cáo').selectOption(draft.round.id);
    await reviewer
      .getByTestId('on-time-rate')
      .filter({ hasText: vietnamese(figures.onTimePercent) })
      .waitFor();
    await reviewer
      .getByTestId('submitted-count')
      .filter({ hasText: String(figures.submitted) })
      .waitFor();
  };
  await dashboard(before);

  const officer = await open('lamthao.dang');
  await officer.getByRole('link', { name: 'Báo cáo định kỳ' }).first().click();
  await officer
    .getByTestId('to-write')
    .getByRole('link', { name: new RegExp(draft.round.label) })
    .first()
    .click();
  await officer.getByRole('heading', { level: 1, name: 'Đảng ủy Xã Lâm Thao' }).waitFor();
  await officer
    .getByLabel('Tình hình, kết quả thực hiện')
    .first()
    .fill('Đảng ủy xã đã quán triệt Nghị quyết 57-NQ/TW.');
  await officer.getByTestId('report-status').filter({ hasText: 'Đã lưu bản nháp' }).waitFor();
  // Nothing is lost on a reload: the saved draft comes back.
  await officer.reload();
  expect(await officer.getByLabel('Tình hình, kết quả thực hiện').first().inputValue()).toBe(
    'Đảng ủy xã đã quán triệt Nghị quyết 57-NQ/TW.',
  );
  await officer.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await officer.getByTestId('report-status').filter({ hasText: 'Đã nộp lúc' }).waitFor();
  const submitted = await consolidation(draft.round.id);
  expect(submitted.submitted).toBe(before.submitted + 1);

  await reviewer.reload();
  await reviewer
    .getByTestId('review-queue')
    .getByRole('link', { name: /Đảng ủy Xã Lâm Thao/ })
    .first()
    .waitFor();
  await reviewer.goto(`${baseUrl}/bao-cao/${draft.id}`);
  await reviewer.getByTestId('review-panel').waitFor();
  await reviewer.getByLabel('Ý kiến của nơi nhận').fill('Đề nghị bổ sung kết luận về hạ tầng phần cứng.');
  await reviewer.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  await reviewer.getByTestId('report-status').filter({ hasText: 'Bị trả lại' }).waitFor();

  await officer.reload();
  await officer
    .getByTestId('return-comment')
    .filter({ hasText: 'Đề nghị bổ sung kết luận về hạ tầng phần cứng.' })
    .waitFor();
  await officer.getByLabel('Khối Đảng — Hạ tầng phần cứng').selectOption('PARTLY_ASSURED');
  await officer.getByTestId('report-status').filter({ hasText: 'Đã lưu bản nháp' }).waitFor();
  await officer.getByRole('button', { name: 'Nộp lại báo cáo' }).click();
  await officer.getByTestId('report-status').filter({ hasText: 'Đã nộp, chờ xem xét' }).waitFor();

  await reviewer.reload();
  await reviewer.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
  await reviewer.getByTestId('report-status').filter({ hasText: 'Đã tiếp nhận' }).waitFor();

  const after = await consolidation(draft.round.id);
  expect(after.submitted).toBe(before.submitted + 1);
  // Submitted by the due date, it counts as on time; after it, the rate stays.
  const onTime = new Date().toISOString().slice(0, 10) <= draft.round.dueOn;
  expect(after.onTime).toBe(before.onTime + (onTime ? 1 : 0));
  await dashboard(after);
  expect(refusals.flat()).toEqual([]);
}, 240_000);
