import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
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
let bacNinhCampaign: string;
const opened: { page: Page; refusals: GraphqlRefusal[] }[] = [];

beforeAll(async () => {
  ({ server, baseUrl, browser } = await startBrowserSession());
  const token = await server.login('quocgia');
  bacNinhId = await provinceId(server, token, 'bac-ninh');
  bacNinhCampaign = await campaignId(server, token, CAMPAIGN.bacNinh);
}, 600_000);

afterEach(async () => {
  const pages = opened.splice(0);
  await Promise.all(pages.map(({ page }) => page.context().close()));
  // Checked after every test: no screen of any role sends what the server refuses.
  expect(pages.flatMap(({ refusals }) => refusals)).toEqual([]);
});

afterAll(async () => {
  await closeBrowserSession({ server, browser });
});

async function open(username: string, width?: number): Promise<Page> {
  const page = await signIn(browser, baseUrl, username, width);
  opened.push({ page, refusals: watchGraphql(page) });
  return page;
}

async function api<T = any>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await server.request(query, variables, await server.login(username));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const fmt = (n: number) => n.toLocaleString('vi-VN');

interface BlocPicture {
  bloc: string;
  communesNotMet: number;
  criteriaTotal: number;
  unmetCriteria: { criterion: { code: string }; communes: { name: string }[] }[];
  communesByUnmetCount: { unmetCount: number; communes: { name: string }[] }[];
}

async function remediation(username: string) {
  const data = await api<{
    province: {
      remediation: { daysLeft: number; communeCounts: { green: number; total: number }; blocs: BlocPicture[] };
    };
  }>(
    username,
    `query ($p: ID!, $c: ID!) { province(id: $p) { remediation(campaignId: $c) {
       daysLeft communeCounts { green total }
       blocs { bloc communesNotMet criteriaTotal
         unmetCriteria { criterion { code } communes { name } }
         communesByUnmetCount { unmetCount communes { name } } } } } }`,
    { p: bacNinhId, c: bacNinhCampaign },
  );
  return data.province.remediation;
}

/** Parses a downloaded workbook's first sheet into rows of cell values. */
async function workbookRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('each role in the browser', () => {
  it('province overseer: X/Y green, days left, per bloc the unmet criteria with failing communes, communes ranked', async () => {
    const expected = await remediation('bacninh.giamsat');
    const page = await open('bacninh.giamsat');
    await heading(page, 'Bắc Ninh').waitFor();
    const { green, total } = expected.communeCounts;
    await page
      .getByTestId('province-green')
      .filter({ hasText: `${green}/${total}` })
      .waitFor();
    expect(await page.getByTestId('days-left').textContent()).toContain(`${Math.abs(expected.daysLeft)} ngày`);
    expect(await page.getByTestId('green-change').textContent()).toMatch(
      /So với hôm qua: (không đổi|[+−][\d,]+ điểm %)/,
    );

    // Party first: "N communes not met, K/T criteria unmet", and each criterion's failing communes.
    const party = expected.blocs.find((bloc) => bloc.bloc === 'PARTY')!;
    const summary = page.getByTestId('bloc-summary');
    expect(await summary.textContent()).toBe(
      `${party.communesNotMet} xã, phường chưa đạt · ${party.unmetCriteria.length}/${party.criteriaTotal} tiêu chí chưa đạt`,
    );
    const first = party.unmetCriteria[0];
    const item = page.locator(`li.unmet[data-criterion="${first.criterion.code}"]`);
    expect(await item.getByTestId('unmet-count').textContent()).toBe(`${first.communes.length} xã, phường chưa đạt`);
    expect(await item.locator('.chip').first().textContent()).toBe(first.communes[0].name);
    await screenshot(page, 'home-province-overseer');

    // Another bloc's picture on request.
    const front = expected.blocs.find((bloc) => bloc.bloc === 'FATHERLAND_FRONT')!;
    await page.getByRole('group', { name: 'Chọn khối' }).getByRole('button', { name: /MTTQ/ }).click();
    await page.locator('.bloc-detail[data-bloc="FATHERLAND_FRONT"]').waitFor();
    expect(await summary.textContent()).toContain(
      `${front.unmetCriteria.length}/${front.criteriaTotal} tiêu chí chưa đạt`,
    );

    // The ranking adds each commune's unmet criteria over the four blocs.
    const totals = new Map<string, number>();
    for (const bloc of expected.blocs) {
      for (const group of bloc.communesByUnmetCount) {
        for (const commune of group.communes)
          totals.set(commune.name, (totals.get(commune.name) ?? 0) + group.unmetCount);
      }
    }
    const most = Math.max(...totals.values());
    const topRow = page.getByTestId('commune-ranking').locator('tbody tr').first();
    const topName = (await topRow.locator('th').textContent())!;
    expect(totals.get(topName)).toBe(most);
    expect(await topRow.locator('td').last().textContent()).toBe(String(most));

    // Drill-down to a commune failing one of the front's criteria: its four blocs.
    const failing = front.unmetCriteria[0];
    await page.locator(`li.unmet[data-criterion="${failing.criterion.code}"] .chip a`).first().click();
    await heading(page, failing.communes[0].name).waitFor();
    await page.locator('article.unit-card').nth(3).waitFor();
  });

  it("province overseer exports the unmet criteria to Excel: the workbook holds the page's figures", async () => {
    const page = await open('bacninh.giamsat');
    const item = page.locator('li.unmet').first();
    await item.waitFor();
    const code = await item.getAttribute('data-criterion');
    const shown = Number((await item.getByTestId('unmet-count').textContent())!.split(' ')[0]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel: tiêu chí chưa đạt của tỉnh' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^unmet_criteria-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await workbookRows((await download.path())!);
    expect(rows[0]).toEqual(['Khối', 'Mã tiêu chí', 'Tiêu chí', 'Số xã chưa đạt', 'Các xã chưa đạt']);
    const row = rows.find((cells) => cells[1] === code)!;
    expect(row[0]).toBe('Đảng ủy');
    expect(row[3]).toBe(shown);
    // Every bloc with unmet criteria is in the overseer's workbook.
    expect(new Set(rows.slice(1).map((cells) => cells[0]))).toEqual(new Set(['Đảng ủy', 'HĐND', 'UBND', 'MTTQ']));
  });

  it('province bloc officer: only its bloc in the lists, the ranking and the export', async () => {
    const page = await open('bacninh.dang');
    await page.locator('.bloc-detail[data-bloc="PARTY"]').waitFor();
    expect(await page.locator('.bloc-detail').count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Chọn khối' }).count()).toBe(0);
    expect(await page.getByTestId('commune-ranking').locator('thead th').allTextContents()).toEqual([
      'Hạng',
      'Xã, phường',
      'Đảng',
      'Tổng số tiêu chí chưa đạt',
    ]);
    // Verifying claims is an overseer's work.
    expect(await page.getByTestId('verification-queue').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel: tiêu chí chưa đạt của tỉnh' }).click(),
    ]);
    const rows = await workbookRows((await download.path())!);
    expect(new Set(rows.slice(1).map((cells) => cells[0]))).toEqual(new Set(['Đảng ủy']));
  });

  it('province overseer confirms one claim and rejects another with a reason; the figures move without a reload', async () => {
    const page = await open('bacninh.giamsat');
    const queue = page.getByTestId('verification-queue');
    const count = queue.getByTestId('queue-count');
    await count.waitFor();
    const before = Number((await count.textContent())!.split(' ')[0].replace(/\./g, ''));

    const card = queue.locator('article.queue-item').first();
    const rejectedId = (await card.getAttribute('data-claim'))!;
    const unitName = (await card.locator('.criterion__meta a').textContent())!;
    const [, unitPrefix, communeName] = /^(Đảng ủy|HĐND|UBND|MTTQ) (.+)$/.exec(unitName)!;
    const bloc = unitPrefix === 'Đảng ủy' ? 'Đảng' : unitPrefix;
    const unitStatus = async () =>
      (
        await api(
          'bacninh.giamsat',
          'query ($id: ID!, $c: ID!) { assessment(id: $id) { unit { status(campaignId: $c) { met due } } } }',
          { id: rejectedId, c: bacNinhCampaign },
        )
      ).assessment.unit.status as { met: number; due: number };
    const { met, due } = await unitStatus();
    // The commune table on the same page says how many of the bloc's criteria are still unmet.
    await page.getByLabel('Tìm xã, phường').fill(communeName);
    const communeRow = page
      .getByRole('region', { name: 'Xã, phường', exact: true })
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: communeName, exact: true }) });
    await communeRow.getByText(`${bloc}: ${due - met} chưa đạt`).waitFor();

    await card.getByRole('button', { name: 'Bác bỏ…' }).click();
    await card.getByLabel('Lý do bác bỏ').fill('Văn bản minh chứng không đúng số hiệu');
    await card.getByLabel('Lý do bác bỏ').press('Enter');
    await count.filter({ hasText: `${fmt(before - 1)} chờ xác minh` }).waitFor();
    await communeRow.getByText(`${bloc}: ${due - met + 1} chưa đạt`).waitFor();
    expect(await unitStatus()).toEqual({ met: met - 1, due });

    const next = queue.locator('article.queue-item').first();
    const confirmedId = (await next.getAttribute('data-claim'))!;
    expect(confirmedId).not.toBe(rejectedId);
    await next.getByRole('button', { name: 'Xác nhận đạt' }).click();
    await count.filter({ hasText: `${fmt(before - 2)} chờ xác minh` }).waitFor();

    const decided = await api(
      'bacninh.giamsat',
      'query ($a: ID!, $b: ID!) { a: assessment(id: $a) { verification verificationReason } b: assessment(id: $b) { verification } }',
      { a: rejectedId, b: confirmedId },
    );
    expect(decided).toEqual({
      a: { verification: 'REJECTED', verificationReason: 'Văn bản minh chứng không đúng số hiệu' },
      b: { verification: 'CONFIRMED' },
    });

    // The unit's officer sees the rejection and its reason, and the criterion back in the work to do.
    // The searched row stays as it is: clearing the search would re-render the list under the click.
    await communeRow.getByRole('link', { name: communeName, exact: true }).click();
    await heading(page, communeName).waitFor();
    await page
      .locator('article.unit-card')
      .filter({ hasText: unitName })
      .getByRole('link', { name: 'Xem tiêu chí' })
      .click();
    await heading(page, unitName).waitFor();
    const rejected = page.getByTestId('todo').locator('article.criterion').filter({ hasText: 'BỊ BÁC BỎ' });
    await rejected.waitFor();
    expect(await rejected.getByTestId('verification').textContent()).toContain(
      'Lý do: Văn bản minh chứng không đúng số hiệu',
    );
  });

  it('national overseer: opens on the reported campaign; change column, criterion table, Phụ lục 21, overdue tasks', async () => {
    const page = await open('quocgia');
    await heading(page, 'Toàn quốc').waitFor();
    expect(await page.getByLabel('Đợt đánh giá').inputValue()).toBe(CAMPAIGN.oneStop);
    await page.locator('path[data-province="bac-ninh"][data-status="GREEN"]').waitFor();

    await page.getByRole('button', { name: 'Bảng', exact: true }).click();
    expect(await page.locator('table.table--sortable thead th').last().textContent()).toContain(
      'Thay đổi so với hôm qua',
    );

    const phase2 = await campaignId(server, await server.login('quocgia'), CAMPAIGN.phase2Commune);
    const table = await api(
      'quocgia',
      'query ($c: ID!) { criterionTable(campaignId: $c, bloc: PARTY) { criterion { code } provincesBelow50 lowest { province { name } met total } } }',
      {
        c: phase2,
      },
    );
    const row = table.criterionTable[0];
    const shown = page.getByTestId('criterion-table').locator(`tr[data-criterion="${row.criterion.code}"]`);
    await shown.waitFor();
    expect(await shown.locator('td').first().textContent()).toBe(`${row.provincesBelow50}/34`);
    expect(await shown.locator('td').last().textContent()).toContain(`${row.lowest[0].province.name} `);
    expect(await shown.locator('td').last().textContent()).toContain(`(${row.lowest[0].met}/${row.lowest[0].total})`);

    await page.getByTestId('bloc-completion').locator('tbody tr').nth(33).waitFor();
    const overdue = await api('quocgia', '{ overdueTasksByOwner { owner tasks { id } } }');
    const owners = page.getByRole('list', { name: 'Số nhiệm vụ quá hạn theo cơ quan, đơn vị' }).locator('li');
    expect(await owners.count()).toBe(overdue.overdueTasksByOwner.length);
    await screenshot(page, 'home-national-overseer');
  });

  it('administrator: creates an account, grants it a province, the new account lands on that province; creates and revokes a token', async () => {
    const page = await open('quantri');
    await heading(page, 'Quản trị hệ thống').waitFor();
    const create = page.getByRole('region', { name: 'Tạo tài khoản' });
    await create.getByLabel('Tên đăng nhập').fill('thu.nghiem');
    await create.getByLabel('Họ và tên').fill('Ngô Thử Nghiệm');
    await create.getByLabel('Mật khẩu ban đầu').fill('PhuXanh@2026');
    await create.getByLabel('Mật khẩu ban đầu').press('Enter');
    await create.getByRole('status').filter({ hasText: 'Đã tạo tài khoản thu.nghiem' }).waitFor();

    const row = page.locator('tr[data-username="thu.nghiem"]');
    await row.getByText('Chưa được giao quyền').waitFor();
    await row.getByRole('button', { name: 'Giao quyền cho thu.nghiem' }).click();
    await row.getByLabel('Vai trò').selectOption('PROVINCE_OVERSEER');
    await row.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Bắc Ninh' });
    await row.getByRole('button', { name: 'Giao quyền', exact: true }).click();
    await row.getByText('Giám sát cấp tỉnh — Bắc Ninh').waitFor();
    await screenshot(page, 'home-administrator');

    const newcomer = await open('thu.nghiem');
    await heading(newcomer, 'Bắc Ninh').waitFor();

    const tokens = page.getByRole('region', { name: 'Mã truy cập API' });
    await tokens.getByLabel('Tên công cụ').fill('Bảng điều khiển thử');
    await tokens.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    const secret = (await tokens.getByTestId('new-token').locator('code').textContent())!;
    const me = await server.request('{ me { username } }', {}, secret);
    expect(me.data).toEqual({ me: { username: 'quantri' } });

    const listed = tokens.getByTestId('api-tokens').locator('tbody tr').filter({ hasText: 'Bảng điều khiển thử' });
    page.once('dialog', (dialog) => void dialog.accept());
    await listed.getByRole('button', { name: 'Thu hồi mã Bảng điều khiển thử' }).click();
    await listed.getByText('Đã thu hồi').waitFor();
    const refused = await server.request('{ me { username } }', {}, secret);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('administrator: finds the "lam thao" accounts, disables one, which can then no longer sign in; resets a password the holder must change', async () => {
    const page = await open('quantri');
    const directory = page.getByRole('region', { name: 'Tài khoản trong hệ thống' });
    await directory.getByLabel('Tìm tài khoản').fill('lam thao');
    const rows = directory.locator('tbody tr');
    // Until the search has answered, the unsearched first page is on screen.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('section[aria-labelledby="accounts-heading"] tbody tr')];
      return rows.length >= 5 && rows.every((tr) => tr.getAttribute('data-username')?.includes('lamthao'));
    });
    const found = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-username')));
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const username of found) expect(username).toContain('lamthao');
    await screenshot(page, 'administrator-account-search');

    const mttq = directory.locator('tr[data-username="lamthao.mttq"]');
    page.once('dialog', (dialog) => void dialog.accept());
    await mttq.getByRole('button', { name: 'Khóa tài khoản lamthao.mttq' }).click();
    await mttq.getByText(/Đã khóa từ/).waitFor();
    const locked = await signIn(browser, baseUrl, 'lamthao.mttq');
    await locked.getByRole('alert').filter({ hasText: 'Tài khoản đã bị khóa' }).waitFor();
    await locked.context().close();

    const hdnd = directory.locator('tr[data-username="lamthao.hdnd"]');
    await hdnd.getByRole('button', { name: 'Đặt lại mật khẩu của lamthao.hdnd' }).click();
    const temporary = await hdnd.getByLabel('Mật khẩu tạm cho lamthao.hdnd').inputValue();
    expect(temporary).toHaveLength(12);
    await hdnd.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    await hdnd.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu tạm' }).waitFor();

    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const holder = await context.newPage();
    opened.push({ page: holder, refusals: watchGraphql(holder) });
    await holder.goto(`${baseUrl}/`);
    await holder.getByLabel('Tên đăng nhập').fill('lamthao.hdnd');
    await holder.getByLabel('Mật khẩu').fill(temporary);
    await holder.getByRole('button', { name: 'Đăng nhập' }).click();
    await holder.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await holder.getByLabel('Mật khẩu hiện tại').fill(temporary);
    await holder.getByLabel('Mật khẩu mới', { exact: true }).fill('MatKhauRieng@2026');
    await holder.getByLabel('Nhập lại mật khẩu mới').fill('MatKhauKhac@2026');
    await holder.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await holder.getByRole('alert').filter({ hasText: 'Hai lần nhập mật khẩu mới không giống nhau' }).waitFor();
    await holder.getByLabel('Nhập lại mật khẩu mới').fill('MatKhauRieng@2026');
    await holder.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await holder.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await holder.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor({ state: 'detached' });
    const signedIn = await server.request(
      'mutation { login(username: "lamthao.hdnd", password: "MatKhauRieng@2026") { mustChangePassword } }',
    );
    expect(signedIn.data).toEqual({ login: { mustChangePassword: false } });
  });

  it("fits a phone: the province and national overseers' pages at 375 px wide", async () => {
    const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const province = await open('bacninh.giamsat', 375);
    await province.getByTestId('commune-ranking').waitFor();
    await province.getByTestId('queue-count').waitFor();
    expect(await overflow(province)).toBeLessThanOrEqual(0);
    await screenshot(province, 'phone-province-overseer');

    const nation = await open('quocgia', 375);
    await nation.getByTestId('criterion-table').waitFor();
    await nation.getByTestId('bloc-completion').waitFor();
    await nation.locator('path[data-province="cao-bang"].province-shape--red').waitFor();
    expect(await overflow(nation)).toBeLessThanOrEqual(0);
    await screenshot(nation, 'phone-national-overseer');
  });
});
