import { request as httpRequest } from 'node:http';
import { deflateRawSync } from 'node:zlib';
import { query, sql } from '../../server/database/sql';
import { checkConsistency } from '../support/consistency';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { rowsOf, template, upload, workbookOf, type Cell } from '../support/import-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let admin: string;
let national: string;
let bacNinhCampaign: string;

/** Everything an import could write; equal before and after means nothing was written. */
async function writes(): Promise<string> {
  const [row] = await query<{ s: string }>(
    server.orm.em.fork(),
    sql`select concat_ws('|', (select count(*) from app_user), (select count(*) from role_grant), (select count(*) from audit_entry),
       (select coalesce(sum(version), 0) from assessment), (select count(*) from assessment_history), (select count(*) from criterion),
       (select sum(met_count * 7 + answered_count + criteria_count * 3) from unit_progress)) as s`,
  );
  return row.s;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('quantri');
  national = await server.login('quocgia');
  bacNinhCampaign = await campaignId(server, national, CAMPAIGN.bacNinh);
}, 120_000);
afterAll(() => server.close());

async function bacNinhCommunes(count: number): Promise<string[]> {
  const result = await server.request(
    'query ($n: Int) { province(code: "bac-ninh") { communes(first: $n) { nodes { code } } } }',
    { n: count },
    national,
  );
  return result.data!.province.communes.nodes.map((c: { code: string }) => c.code);
}

const ACCOUNT_HEADERS = ['Tên đăng nhập', 'Họ và tên', 'Email', 'Mật khẩu', 'Vai trò', 'Mã tỉnh', 'Mã xã', 'Khối'];

describe('accounts import', () => {
  it('checks a few hundred accounts with grants without writing, creates them all on apply, and one signs in', async () => {
    const communes = await bacNinhCommunes(75);
    const blocs = ['Đảng ủy', 'HĐND', 'UBND', 'MTTQ'];
    const rows: Cell[][] = communes.flatMap((commune, c) =>
      blocs.map((bloc, b) => [
        `nhap.${commune}.${b}`,
        `Cán bộ ${bloc} ${commune}`,
        '',
        (c * 4 + b) % 3 === 0 ? 'MatKhau@Nhap2026' : '',
        'Cán bộ khối cấp xã',
        '',
        commune,
        bloc,
      ]),
    );
    rows.push(['nhap.giamsat', 'Giám sát nhập', 'gs@example.gov.vn', '', 'Giám sát cấp tỉnh', 'bac-ninh', '', '']);
    const file = await workbookOf([{ name: 'Tài khoản', rows: [ACCOUNT_HEADERS, ...rows] }]);
    const before = await writes();

    const dryRun = await upload(server, 'accounts', 'dryRun', file, admin);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({
      kind: 'accounts',
      mode: 'dryRun',
      rows: 301,
      errors: [],
      applied: false,
      summary: { accounts: 301, grants: 301 },
    });
    expect(dryRun.body.generatedPasswords).toBeUndefined();
    expect(await writes()).toBe(before);

    const applied = await upload(server, 'accounts', 'apply', file, admin);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, errors: [], summary: { accounts: 301, grants: 301 } });
    const generated: { row: number; username: string; password: string }[] = applied.body.generatedPasswords;
    expect(generated).toHaveLength(301 - 100);
    const [counts] = await query<{ users: string; grants: string; audited: string }>(
      server.orm.em.fork(),
      sql`select (select count(*) from app_user where username like 'nhap.%') as users,
              (select count(*) from role_grant g join app_user u on u.id = g.user_id where u.username like 'nhap.%') as grants,
              (select count(*) from audit_entry where username = 'quantri' and action in ('CREATE', 'GRANT')) as audited`,
    );
    expect(counts).toEqual({ users: '301', grants: '301', audited: '602' });

    // A generated password signs in, and the account holds the grant of its row.
    const officer = generated.find((g) => g.username === `nhap.${communes[3]}.2`)!;
    const login = await server.request(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: officer.username, p: officer.password },
    );
    expect(login.errors).toBeUndefined();
    const me = await server.request(
      '{ me { username fullName grants { role bloc commune { code } } } }',
      {},
      login.data!.login.token,
    );
    expect(me.data!.me).toEqual({
      username: officer.username,
      fullName: `Cán bộ UBND ${communes[3]}`,
      grants: [{ role: 'COMMUNE_BLOC_OFFICER', bloc: 'PEOPLES_COMMITTEE', commune: { code: communes[3] } }],
    });
    // A given password signs in as well.
    const given = await server.request(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: `nhap.${communes[0]}.0`, p: 'MatKhau@Nhap2026' },
    );
    expect(given.errors).toBeUndefined();

    // Importing the same sheet again: every username is taken now; nothing is written.
    const again = await writes();
    const repeated = await upload(server, 'accounts', 'apply', file, admin);
    expect(repeated.status).toBe(422);
    expect(repeated.body.errors[0].extensions.code).toBe('IMPORT_ROWS_INVALID');
    expect(repeated.body.errors[0].extensions.report.errors).toHaveLength(301);
    expect(repeated.body.errors[0].extensions.report.errors[0]).toMatchObject({
      sheet: 'Tài khoản',
      row: 2,
      column: 'Tên đăng nhập',
      code: 'DUPLICATE',
    });
    expect(await writes()).toBe(again);
  }, 300_000);

  it('reports every bad row with its column and reason, duplicates included', async () => {
    const file = await workbookOf([
      {
        name: 'Tài khoản',
        rows: [
          ACCOUNT_HEADERS,
          ['trung.ten', 'Người một', '', '', 'Lãnh đạo cấp xã', '', 'bac-ninh-001', ''],
          ['trung.ten', 'Người hai', '', '', '', '', '', ''],
          ['Sai Ten!', 'Người ba', '', '', '', '', '', ''],
          ['ngan.matkhau', 'Người bốn', '', 'ngan', '', '', '', ''],
          ['vai.tro', 'Người năm', '', '', 'Thủ tướng', '', '', ''],
          ['thieu.xa', 'Người sáu', '', '', 'Cán bộ khối cấp xã', '', '', 'UBND'],
          ['khong.co.xa', 'Người bảy', '', '', 'Lãnh đạo cấp xã', '', 'khong-co-xa', ''],
          ['', 'Người tám', '', '', '', '', '', ''],
          ['cong.thuc', { formula: 'A2&"x"' }, '', '', '', '', '', ''],
        ],
      },
    ]);
    const before = await writes();
    const dryRun = await upload(server, 'accounts', 'dryRun', file, admin);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
      [3, 'Tên đăng nhập', 'DUPLICATE'],
      [4, 'Tên đăng nhập', 'BAD_USER_INPUT'],
      [5, 'Mật khẩu', 'BAD_USER_INPUT'],
      [6, 'Vai trò', 'BAD_USER_INPUT'],
      [7, 'Mã xã', 'BAD_USER_INPUT'],
      [8, 'Mã xã', 'NOT_FOUND'],
      [9, 'Tên đăng nhập', 'REQUIRED'],
      [10, 'Họ và tên', 'FORMULA_CELL'],
    ]);
    expect(dryRun.body.errors[0].message).toContain('trùng với dòng 2');
    for (const error of dryRun.body.errors) expect(error.sheet).toBe('Tài khoản');
    expect(await writes()).toBe(before);
  });
});

describe('answers import', () => {
  it('lists exactly the 3 bad rows of a 1,000-row sheet, refuses the apply until they are fixed, then writes all 1,000', async () => {
    // An officer who answers all four blocs of sixteen Bắc Ninh communes.
    const communes = await bacNinhCommunes(17);
    const [officerCommunes, otherCommune] = [communes.slice(0, 16), communes[16]];
    const created = await upload(
      server,
      'accounts',
      'apply',
      await workbookOf([
        {
          name: 'Tài khoản',
          rows: [ACCOUNT_HEADERS, ['nhap.ketqua', 'Cán bộ nhập kết quả', '', 'MatKhau@Nhap2026', '', '', '', '']],
        },
      ]),
      admin,
    );
    expect(created.status).toBe(200);
    const user = await server.request('{ users(first: 500) { nodes { id username } } }', {}, admin);
    const userId = user.data!.users.nodes.find((u: { username: string }) => u.username === 'nhap.ketqua').id;
    const idOf = new Map<string, string>(
      (
        await server.request(
          'query { province(code: "bac-ninh") { communes(first: 16) { nodes { id code } } } }',
          {},
          national,
        )
      ).data!.province.communes.nodes.map((c: { id: string; code: string }) => [c.code, c.id]),
    );
    for (const code of officerCommunes) {
      for (const bloc of ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT']) {
        const granted = await server.request(
          'mutation ($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
          { i: { userId, role: 'COMMUNE_BLOC_OFFICER', communeId: idOf.get(code), bloc } },
          admin,
        );
        expect(granted.errors).toBeUndefined();
      }
    }
    const login = await server.request(
      'mutation { login(username: "nhap.ketqua", password: "MatKhau@Nhap2026") { token } }',
    );
    const officer = login.data!.login.token as string;

    // The template lists every criterion of every unit the officer answers.
    const downloaded = await template(server, 'answers', officer, { campaignId: bacNinhCampaign });
    expect(downloaded.status).toBe(200);
    const [header, ...templateRows] = rowsOf(downloaded.workbook!.getWorksheet('Kết quả')!);
    expect(header).toEqual([
      'Mã tỉnh',
      'Mã xã',
      'Tên đơn vị',
      'Khối',
      'Mã tiêu chí',
      'Kết quả',
      'Số văn bản',
      'Ngày văn bản',
      'Đường dẫn minh chứng',
      'Ghi chú',
    ]);
    const catalog = await server.request(
      'query ($c: ID!) { criteria(campaignId: $c) { code isPlaceholder answerType options { key } target } }',
      { c: bacNinhCampaign },
      national,
    );
    const shown = catalog.data!.criteria.filter((c: { isPlaceholder: boolean }) => !c.isPlaceholder).length;
    expect(templateRows).toHaveLength(16 * shown);
    expect(templateRows.length).toBeGreaterThan(1000);
    const answerColumn = header.indexOf('Kết quả');
    const byCode = new Map<string, { answerType: string; options: { key: string }[]; target: number | null }>(
      catalog.data!.criteria.map((c: { code: string }) => [c.code, c]),
    );
    // Each answer typed as an official would: Có / Không, an option key, the keys ticked, a number with a decimal comma.
    const typed = (code: string, i: number): Cell => {
      const criterion = byCode.get(code)!;
      if (criterion.answerType === 'BOOLEAN') return i % 2 ? 'Có' : 'Không';
      if (criterion.answerType === 'SINGLE_CHOICE') return criterion.options[i % criterion.options.length].key;
      if (criterion.answerType === 'MULTI_CHOICE') return criterion.options.map((o) => o.key).join(', ');
      return String(criterion.target ?? 1).replace('.', ',');
    };
    const filled = templateRows.slice(0, 1000).map((row, i) => {
      const copy = [...row];
      copy.length = header.length;
      copy[answerColumn] = typed(String(row[4]), i);
      copy[6] = `${i + 1}/QĐ-UBND`;
      copy[7] = '15/01/2026';
      return copy;
    });
    const bad = filled.map((row) => [...row]);
    const booleanRow = filled.findIndex((row, i) => i > 90 && byCode.get(String(row[4]))!.answerType === 'BOOLEAN');
    bad[booleanRow][answerColumn] = 'Có lẽ';
    bad[499][4] = 'XA-KHONG-CO';
    bad[899][1] = otherCommune;
    const badFile = await workbookOf([{ name: 'Kết quả', rows: [header, ...bad] }]);
    const before = await writes();

    const dryRun = await upload(server, 'answers', 'dryRun', badFile, officer, { campaignId: bacNinhCampaign });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.rows).toBe(1000);
    expect(dryRun.body.applied).toBe(false);
    expect(dryRun.body.errors.map((e: any) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Kết quả', booleanRow + 2, 'Kết quả', 'INVALID_ANSWER'],
      ['Kết quả', 501, 'Mã tiêu chí', 'NOT_FOUND'],
      // A commune the officer has no grant in is not even readable: NOT_FOUND, as answerCriterion answers.
      ['Kết quả', 901, 'Mã xã', 'NOT_FOUND'],
    ]);
    expect(dryRun.body.errors[0].message).toContain('"Có lẽ"');
    expect(dryRun.body.errors[1].message).toContain('XA-KHONG-CO');
    expect(dryRun.body.summary.answered).toBe(997);
    expect(dryRun.progress[0]).toEqual({ phase: 'reading' });
    expect(dryRun.progress).toContainEqual({ phase: 'checking', done: 500, total: 1000 });
    expect(await writes()).toBe(before);

    const refused = await upload(server, 'answers', 'apply', badFile, officer, { campaignId: bacNinhCampaign });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].extensions.code).toBe('IMPORT_ROWS_INVALID');
    expect(refused.body.errors[0].message).toContain('3 dòng lỗi');
    expect(refused.body.errors[0].extensions.report.errors).toEqual(dryRun.body.errors);
    expect(await writes()).toBe(before);

    const fixed = await workbookOf([{ name: 'Kết quả', rows: [header, ...filled] }]);
    const applied = await upload(server, 'answers', 'apply', fixed, officer, { campaignId: bacNinhCampaign });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, errors: [], rows: 1000 });
    expect(applied.body.summary.answered).toBe(1000);

    const [written] = await query<{ history: string; audited: string; evidence: string }>(
      server.orm.em.fork(),
      sql`select (select count(*) from assessment_history h join app_user u on u.id = h.changed_by_id where u.username = 'nhap.ketqua') as history,
              (select count(*) from audit_entry where username = 'nhap.ketqua' and action = 'ANSWER') as audited,
              (select count(*) from assessment a join app_user u on u.id = a.answered_by_id
                where u.username = 'nhap.ketqua' and a.evidence_document_date = '2026-01-15') as evidence`,
    );
    expect(written).toEqual({ history: '1000', audited: '1000', evidence: '1000' });
    expect(await checkConsistency(server.orm.em)).toMatchObject({
      versionMismatches: 0,
      unitProgressDiffs: 0,
      criterionProgressDiffs: 0,
    });
    // Three passes over 1,000 rows, each row a full answer: minutes on a loaded two-core machine.
  }, 1_800_000);

  it('refuses an account that answers for no unit before reading the file', async () => {
    const overseer = await server.login('bacninh.giamsat');
    const result = await upload(server, 'answers', 'dryRun', 'không đọc', overseer, { campaignId: bacNinhCampaign });
    expect(result.status).toBe(403);
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

/** A real zip bomb: one entry of 210 MB of zeros, deflated to a few hundred KB. */
function zipBomb(): Buffer {
  const content = Buffer.alloc(210 * 1024 * 1024);
  const packed = deflateRawSync(content, { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

/** Built once, before any request: deflating 210 MB blocks the process long enough to outlive an idle keep-alive connection. */
const ZIP_BOMB = zipBomb();

describe('bad input: a clear error with a stable code, nothing written', () => {
  let officer: string;
  beforeAll(async () => {
    officer = await server.login('lamthao.dang');
  });

  const answerHeaders = ['Mã xã', 'Khối', 'Mã tiêu chí', 'Kết quả'];

  it.each([
    [
      'random bytes',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      415,
      'IMPORT_NOT_A_WORKBOOK',
    ],
    [
      'a CSV',
      () => Buffer.from('Mã xã,Khối,Mã tiêu chí,Kết quả\nbac-ninh-001,Đảng ủy,XA-DU-01,Có\n'),
      415,
      'IMPORT_NOT_A_WORKBOOK',
    ],
    ['an empty body', () => Buffer.alloc(0), 415, 'IMPORT_NOT_A_WORKBOOK'],
    ['a zip bomb', () => ZIP_BOMB, 413, 'IMPORT_FILE_TOO_LARGE'],
    [
      'a workbook without the sheet',
      () => workbookOf([{ name: 'Sheet1', rows: [answerHeaders] }]),
      422,
      'IMPORT_WRONG_SHEET',
    ],
    [
      'a sheet missing a column',
      () => workbookOf([{ name: 'Kết quả', rows: [['Mã xã', 'Khối', 'Mã tiêu chí']] }]),
      422,
      'IMPORT_WRONG_COLUMNS',
    ],
    [
      'a sheet with an unknown column',
      () => workbookOf([{ name: 'Kết quả', rows: [[...answerHeaders, 'Điểm thưởng']] }]),
      422,
      'IMPORT_WRONG_COLUMNS',
    ],
  ])(
    '%s',
    async (_label, make, status, code) => {
      const before = await writes();
      for (const mode of ['dryRun', 'apply'] as const) {
        const result = await upload(server, 'answers', mode, await make(), officer, { campaignId: bacNinhCampaign });
        expect({ mode, status: result.status, code: result.body.errors?.[0]?.extensions?.code }).toEqual({
          mode,
          status,
          code,
        });
        expect(result.body.errors[0].message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      }
      expect(await writes()).toBe(before);
    },
    60_000,
  );

  it('a sheet with more than 50,000 rows', async () => {
    const rows = Array.from({ length: 50_001 }, () => ['bac-ninh-001', 'Đảng ủy', 'XA-DU-01', 'Có']);
    const result = await upload(
      server,
      'answers',
      'dryRun',
      await workbookOf([{ name: 'Kết quả', rows: [answerHeaders, ...rows] }]),
      officer,
      { campaignId: bacNinhCampaign },
    );
    expect(result.status).toBe(422);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', limit: 50000 });
  }, 120_000);

  it('a formula cell is a row error; the apply is refused', async () => {
    const file = await workbookOf([
      {
        name: 'Kết quả',
        rows: [answerHeaders, ['bac-ninh-017', 'Đảng ủy', 'XA-DU-01', { formula: '1=1', result: true }]],
      },
    ]);
    const before = await writes();
    const dryRun = await upload(server, 'answers', 'dryRun', file, officer, { campaignId: bacNinhCampaign });
    expect(dryRun.body.errors).toEqual([
      {
        sheet: 'Kết quả',
        row: 2,
        column: 'Kết quả',
        code: 'FORMULA_CELL',
        message: expect.stringContaining('công thức'),
      },
    ]);
    const apply = await upload(server, 'answers', 'apply', file, officer, { campaignId: bacNinhCampaign });
    expect(apply.status).toBe(422);
    expect(apply.body.errors[0].extensions.code).toBe('IMPORT_ROWS_INVALID');
    expect(await writes()).toBe(before);
  });

  it('a 100 MB upload is refused from its Content-Length, before the body is sent', async () => {
    const url = new URL(server.url.replace(/\/graphql$/, '/import/answers?mode=dryRun'));
    const response = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${officer}`, 'content-length': String(100 * 1024 * 1024) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      // Only the first megabyte is ever sent: a server that waited for the rest would never answer.
      req.write(Buffer.alloc(1024 * 1024));
    });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('an unknown import kind, a bad mode and no token', async () => {
    const file = await workbookOf([{ name: 'Kết quả', rows: [answerHeaders] }]);
    expect((await upload(server, 'tasks', 'dryRun', file, officer)).body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await upload(server, 'answers', 'preview' as 'dryRun', file, officer)).body.errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    const anonymous = await upload(server, 'answers', 'dryRun', file, '');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('criteria catalog import', () => {
  const headers = [
    'Mã tiêu chí',
    'Khối',
    'Cấp',
    'Nội dung',
    'Thứ tự',
    'Kiểu trả lời',
    'Các lựa chọn',
    'Lựa chọn đạt',
    'So sánh',
    'Mục tiêu',
  ];

  it('reports unknown answer types and duplicate codes, then adds the criteria to the draft', async () => {
    const overseer = await server.login('bacninh.giamsat');
    const draft = await server.request(
      'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      {
        i: {
          name: 'Bắc Ninh — tiêu chí nhập từ Excel',
          provinceId: await provinceId(server, overseer, 'bac-ninh'),
          level: 'COMMUNE',
          deadline: '2026-12-31',
        },
      },
      overseer,
    );
    expect(draft.errors).toBeUndefined();
    const draftCampaign = draft.data!.createCampaign.id;
    const rows: Cell[][] = [
      ['BN-MOI-01', 'UBND', 'Xã', 'Tỷ lệ hồ sơ trực tuyến', 1, 'Số', '', '', '≥', 90],
      ['BN-MOI-02', 'UBND', 'Xã', 'Mức độ triển khai', 2, 'Một lựa chọn', 'A: Đã triển khai; B: Chưa', 'A', '', ''],
      ['BN-MOI-02', 'UBND', 'Xã', 'Trùng mã', 3, 'Có/Không', '', '', '', ''],
      ['BN-MOI-03', 'UBND', 'Xã', 'Ngày ban hành', 4, 'Ngày tháng', '', '', '', ''],
    ];
    const file = await workbookOf([{ name: 'Tiêu chí', rows: [headers, ...rows] }]);
    const before = await writes();
    const dryRun = await upload(server, 'criteria', 'dryRun', file, overseer, { campaignId: draftCampaign });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
      [4, 'Mã tiêu chí', 'DUPLICATE'],
      [5, 'Kiểu trả lời', 'UNKNOWN_ANSWER_TYPE'],
    ]);
    expect(await writes()).toBe(before);
    const refused = await upload(server, 'criteria', 'apply', file, overseer, { campaignId: draftCampaign });
    expect(refused.status).toBe(422);
    expect(await writes()).toBe(before);

    // A commune officer manages no criteria.
    const officer = await upload(
      server,
      'criteria',
      'apply',
      await workbookOf([{ name: 'Tiêu chí', rows: [headers, rows[0]] }]),
      await server.login('lamthao.dang'),
      { campaignId: draftCampaign },
    );
    expect(officer.status).toBe(403);

    const good = await workbookOf([{ name: 'Tiêu chí', rows: [headers, rows[0], rows[1]] }]);
    const applied = await upload(server, 'criteria', 'apply', good, overseer, { campaignId: draftCampaign });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, summary: { created: 2 } });
    const criteria = await server.request(
      'query ($c: ID!) { criteria(campaignId: $c) { code answerType comparator target passingOptionKeys } }',
      { c: draftCampaign },
      overseer,
    );
    expect(criteria.data!.criteria.filter((c: { code: string }) => c.code.startsWith('BN-MOI'))).toEqual([
      { code: 'BN-MOI-01', answerType: 'NUMBER', comparator: 'GTE', target: 90, passingOptionKeys: [] },
      { code: 'BN-MOI-02', answerType: 'SINGLE_CHOICE', comparator: null, target: null, passingOptionKeys: ['A'] },
    ]);
    const again = await upload(server, 'criteria', 'dryRun', good, overseer, { campaignId: draftCampaign });
    expect(again.body.errors.map((e: any) => [e.row, e.code])).toEqual([
      [2, 'DUPLICATE'],
      [3, 'DUPLICATE'],
    ]);
  }, 120_000);
});
