import type { Browser, Page } from 'playwright-core';
import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId, provinceId } from '../support/graphql-helpers';
import type { TestServer } from '../support/test-server';
import { closeBrowserSession, openLoginPage, screenshot, signIn, startBrowserSession } from './browser';
import { watchGraphql, type GraphqlRefusal } from './graphql-watch';

// The browser speaks English: every message and date on the forms must still be Vietnamese.
const LOCALE = 'en-US';
const OTHER_NOTE = 'Ghi chú của cán bộ trước: chờ văn bản ký.';

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

function watched(page: Page): Page {
  pages.push(page);
  refusals.push(watchGraphql(page));
  return page;
}

const officer = async (width?: number) => watched(await signIn(browser, baseUrl, 'lamthao.dang', width, LOCALE));

/** The officer's one unmet criterion of the Bắc Ninh campaign, with its answer form open. */
async function answerCard(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Đảng ủy Xã Lâm Thao' }).waitFor();
  const card = page.getByTestId('todo').locator('article[data-criterion="XA-DU-05"]');
  await card.locator('form.answer-form').waitFor();
  return card;
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('forms under an English browser', () => {
  it('names an empty required field in Vietnamese, never the browser\'s "Please fill out this field."', async () => {
    for (const [width, name] of [
      [1280, 'forms-required-desktop'],
      [375, 'forms-required-375'],
    ] as const) {
      const page = watched(await openLoginPage(browser, baseUrl, width, LOCALE));
      expect(await page.evaluate(() => navigator.language)).toBe(LOCALE);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('Tên đăng nhập: Hãy nhập thông tin này.');
      // The field at fault is focused and marked for assistive technology.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      await page.getByLabel('Tên đăng nhập').fill('lamthao.dang');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await alert.filter({ hasText: 'Mật khẩu: Hãy nhập thông tin này.' }).waitFor();
      expect(await noOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
  });

  it("an officer's answer form does not start from another person's note", async () => {
    // A second officer of the same unit answers first, with a note.
    const overseer = await server.login('bacninh.giamsat');
    const campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
    const communes = await server.request(
      `query ($p: ID!, $c: ID!) { communes(first: 5, filter: { provinceId: $p, search: "Lâm Thao" }) { nodes { name units {
         id bloc assessments(first: 100, filter: { campaignId: $c, met: false }) { nodes { version criterion { id code } } }
       } } } }`,
      { p: await provinceId(server, overseer, 'bac-ninh'), c: campaign },
      overseer,
    );
    const commune = communes.data!.communes.nodes.find((c: { name: string }) => c.name === 'Xã Lâm Thao');
    const unit = commune.units.find((u: { bloc: string }) => u.bloc === 'PARTY');
    const unmet = unit.assessments.nodes.find((a: { criterion: { code: string } }) => a.criterion.code === 'XA-DU-05');
    const colleague = await accountWith(server, {
      role: 'COMMUNE_BLOC_OFFICER',
      communeName: 'Xã Lâm Thao',
      bloc: 'PARTY',
    });
    const answered = await server.request(
      `mutation ($input: AnswerCriterionInput!) { answerCriterion(input: $input) { assessment { version } } }`,
      {
        input: {
          unitId: unit.id,
          criterionId: unmet.criterion.id,
          expectedVersion: unmet.version,
          boolean: false,
          evidence: { note: OTHER_NOTE },
        },
      },
      colleague.token,
    );
    expect(answered.errors).toBeUndefined();

    const page = await officer();
    const card = await answerCard(page);
    // The note is shown with the current answer, signed by whoever wrote it…
    expect(await card.locator('.answer-summary').textContent()).toContain(OTHER_NOTE);
    expect(await card.locator('.answer-summary').textContent()).toContain(colleague.fullName);
    // …but the officer's form starts it empty.
    expect(await card.getByLabel('Ghi chú').inputValue()).toBe('');
    expect(await card.locator('form.answer-form').textContent()).not.toContain(OTHER_NOTE);
  });

  it('keeps what was typed in the answer form across a reload, until it is discarded or saved', async () => {
    const page = await officer();
    let card = await answerCard(page);
    await card.getByLabel('Số văn bản').fill('15-KH/ĐU');
    await card.getByLabel('Ghi chú').fill('Đã trình ký, chờ số hiệu.');
    await page.reload();
    card = await answerCard(page);
    await card.getByTestId('draft-notice').filter({ hasText: 'Bản nháp đã được khôi phục' }).waitFor();
    expect(await card.getByLabel('Số văn bản').inputValue()).toBe('15-KH/ĐU');
    expect(await card.getByLabel('Ghi chú').inputValue()).toBe('Đã trình ký, chờ số hiệu.');
    await screenshot(page, 'forms-draft-restored-desktop');

    await card.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    expect(await card.getByLabel('Số văn bản').inputValue()).toBe('');
    expect(await card.getByTestId('draft-notice').count()).toBe(0);
    await page.reload();
    card = await answerCard(page);
    expect(await card.getByLabel('Số văn bản').inputValue()).toBe('');
    expect(await card.getByTestId('draft-notice').count()).toBe(0);
  });

  it('at 375 px the restored draft and its notice fit the phone', async () => {
    const page = await officer(375);
    let card = await answerCard(page);
    await card.getByLabel('Ghi chú').fill('Gõ trên điện thoại.');
    await page.reload();
    card = await answerCard(page);
    await card.getByTestId('draft-notice').waitFor();
    expect(await card.getByLabel('Ghi chú').inputValue()).toBe('Gõ trên điện thoại.');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'forms-draft-restored-375');
    await card.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  });

  it('takes and shows dates as dd/mm/yyyy, says what is wrong in Vietnamese, and forgets the draft once saved', async () => {
    const page = await officer();
    const card = await answerCard(page);
    // No native date input: it would show mm/dd/yyyy in this browser.
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const date = card.getByLabel('Ngày văn bản');
    expect(await date.getAttribute('placeholder')).toBe('dd/mm/yyyy');

    await card.getByLabel('Có — đơn vị đã thực hiện').check();
    await date.fill('31/02/2026');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: 'Ngày văn bản: Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2026.' })
      .waitFor();

    await date.fill('5/1/2026');
    await card.getByLabel('Đường dẫn tài liệu').fill('tai-lieu-noi-bo');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: 'Đường dẫn tài liệu: Hãy nhập đường dẫn đầy đủ, bắt đầu bằng http:// hoặc https://.' })
      .waitFor();
    // Leaving the field writes the date back the official way.
    expect(await date.inputValue()).toBe('05/01/2026');
    await screenshot(page, 'forms-date-and-url-desktop');

    await card.getByLabel('Đường dẫn tài liệu').fill('https://bacninh.gov.vn/van-ban/15');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu kết quả tiêu chí XA-DU-05: ĐẠT.' }).waitFor();
    // Met now, so folded among the met criteria.
    const done = page.getByTestId('done');
    await done.locator('summary').click();
    const saved = done.locator('article[data-criterion="XA-DU-05"]');
    await saved.locator('.answer-summary').filter({ hasText: 'ngày 05/01/2026' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Please');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đảng ủy Xã Lâm Thao' }).waitFor();
    await done.locator('summary').click();
    await saved.locator('.answer-summary').waitFor();
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    // The officer's own answer: the reopened form starts from the officer's date.
    await saved.getByRole('button', { name: 'Cập nhật kết quả' }).click();
    expect(await saved.getByLabel('Ngày văn bản').inputValue()).toBe('05/01/2026');
  });

  it('takes a report figure with a decimal comma, which an English number input would refuse', async () => {
    // Phú Thịnh's People's Committee writes the monthly progress report, which has figures.
    const page = watched(await signIn(browser, baseUrl, 'phuthinh.ubnd', undefined, LOCALE));
    await page.getByRole('link', { name: 'Báo cáo định kỳ' }).first().click();
    await page
      .getByTestId('to-write')
      .getByRole('link', { name: /tiến độ/i })
      .first()
      .click();
    const figure = page.locator('form input[inputmode="decimal"]').first();
    await figure.waitFor();
    expect(await page.locator('input[type="number"]').count()).toBe(0);
    await figure.fill('12,5');
    await page.getByTestId('report-status').filter({ hasText: 'Đã lưu bản nháp' }).waitFor();
    await page.reload();
    await figure.waitFor();
    expect(await figure.inputValue()).toBe('12,5');
    // A figure that is not a number is said under the field once it is left.
    await figure.fill('12,');
    await figure.press('Tab');
    await page.getByText('Hãy nhập một số, phần thập phân viết sau dấu phẩy (ví dụ 72,5).').waitFor();
    expect(await figure.getAttribute('aria-invalid')).toBe('true');
  });
});
