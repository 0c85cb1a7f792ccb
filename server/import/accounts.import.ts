import { availableParallelism } from 'node:os';
import { randomInt } from 'node:crypto';
import { recordChanges, type WrittenChange } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { Commune } from '../commune/commune.entity';
import { intArray, query, sql, textArray } from '../database/sql';
import { Bloc, Role } from '../domain/enums';
import { BLOC_LABEL } from '../domain/labels';
import { ErrorCode } from '../graphql/errors';
import { Province } from '../province/province.entity';
import { User } from '../user/user.entity';
import { checkGrantShape, checkNewAccount, usernameTaken } from '../user/user.service';
import { ImportErrorCode, type RowError } from './import.types';
import { cellError, chooser, hasRequired, rowError, type Importer, type RowsOutcome } from './run-import';
import { templateWorkbook, textOf, type SheetSpec } from './workbook';

type Column = 'username' | 'fullName' | 'email' | 'password' | 'role' | 'province' | 'commune' | 'bloc';

const ROLE_NAMES: Record<Role, string[]> = {
  COMMUNE_BLOC_OFFICER: ['Cán bộ khối cấp xã', 'Cán bộ khối xã'],
  COMMUNE_LEADER: ['Lãnh đạo cấp xã', 'Lãnh đạo xã'],
  PROVINCE_BLOC_OFFICER: ['Cán bộ khối cấp tỉnh', 'Cán bộ khối tỉnh'],
  PROVINCE_OVERSEER: ['Giám sát cấp tỉnh', 'Giám sát tỉnh'],
  NATIONAL_OVERSEER: ['Giám sát toàn quốc'],
  API_CLIENT: ['Ứng dụng kết nối', 'Ứng dụng kết nối (API)'],
  ADMINISTRATOR: ['Quản trị hệ thống', 'Quản trị'],
  INSPECTION_COMMITTEE: ['Ủy ban Kiểm tra', 'UBKT'],
};
const BLOC_NAMES: Record<Bloc, string[]> = {
  PARTY: [BLOC_LABEL.PARTY, 'Đảng', 'Khối Đảng', 'Tỉnh ủy'],
  PEOPLES_COUNCIL: [BLOC_LABEL.PEOPLES_COUNCIL, 'Khối HĐND', 'Hội đồng nhân dân'],
  PEOPLES_COMMITTEE: [BLOC_LABEL.PEOPLES_COMMITTEE, 'Khối UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân'],
  FATHERLAND_FRONT: [BLOC_LABEL.FATHERLAND_FRONT, 'Khối MTTQ', 'Mặt trận Tổ quốc'],
};
export const roleNamed = chooser(ROLE_NAMES);
export const blocNamed = chooser(BLOC_NAMES);

const spec: SheetSpec<Column> = {
  sheet: 'Tài khoản',
  columns: [
    {
      key: 'username',
      header: 'Tên đăng nhập',
      required: true,
      hint: 'Chữ thường không dấu, số, dấu chấm, gạch ngang; 3–64 ký tự; không trùng.',
    },
    { key: 'fullName', header: 'Họ và tên', required: true, hint: 'Họ và tên đầy đủ.', width: 28 },
    { key: 'email', header: 'Email', hint: 'Không bắt buộc.', width: 28 },
    {
      key: 'password',
      header: 'Mật khẩu',
      hint: 'Ít nhất 10 ký tự. Để trống: hệ thống sinh mật khẩu ban đầu, chỉ hiện một lần sau khi nhập.',
    },
    {
      key: 'role',
      header: 'Vai trò',
      hint: `Để trống nếu chưa cấp quyền. Một trong: ${Object.values(ROLE_NAMES)
        .map((names) => names[0])
        .join('; ')}.`,
      width: 24,
    },
    { key: 'province', header: 'Mã tỉnh', hint: 'Vai trò cấp tỉnh: mã tỉnh, ví dụ "bac-ninh".' },
    { key: 'commune', header: 'Mã xã', hint: 'Vai trò cấp xã: mã xã, ví dụ "bac-ninh-017".' },
    { key: 'bloc', header: 'Khối', hint: 'Vai trò cán bộ khối: Đảng ủy, HĐND, UBND hoặc MTTQ.' },
  ],
};

/** The import's fields named by the service's errors (`extensions.field`), as columns. */
const COLUMN_OF_FIELD: Partial<Record<string, Column>> = {
  username: 'username',
  fullName: 'fullName',
  email: 'email',
  password: 'password',
  provinceId: 'province',
  communeId: 'commune',
  bloc: 'bloc',
};

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function generatedPassword(): string {
  return Array.from({ length: 14 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

interface Account {
  row: number;
  username: string;
  fullName: string;
  email?: string;
  password: string;
  generated: boolean;
  grant?: { role: Role; province?: Province; commune?: Commune; bloc?: Bloc };
}

/**
 * Hashes every password with Argon2 (the same parameters as a single account), as many at a
 * time as there are cores: the hashes run on libuv's threads, so the server keeps serving.
 */
async function hashAll(accounts: Account[], onHashed: (done: number) => void): Promise<string[]> {
  const hashes = new Array<string>(accounts.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < accounts.length) {
      const index = next++;
      hashes[index] = await hashPassword(accounts[index].password);
      if (++done % 250 === 0 || done === accounts.length) onHashed(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return hashes;
}

/**
 * Accounts and role grants in bulk (administrators): every row is checked with the rules of
 * createUser and grantRole, then all accounts, grants and their audit entries are written as
 * multi-row inserts — 13,000 accounts one flush at a time would take minutes of round trips.
 */
export const accountsImporter: Importer<Column> = {
  kind: 'accounts',
  spec,
  authorize(access) {
    access.assert('manage', 'User');
    access.assert('manage', 'RoleGrant');
  },
  template: () =>
    templateWorkbook(
      spec,
      [
        {
          username: 'lamthao.ubnd2',
          fullName: 'Nguyễn Văn An',
          email: 'an.nv@example.gov.vn',
          role: 'Cán bộ khối cấp xã',
          commune: 'bac-ninh-017',
          bloc: 'UBND',
        },
      ],
      [
        'Mỗi dòng là một tài khoản, kèm tối đa một vai trò. Cấp thêm vai trò sau trong trang Tài khoản.',
        'Bấm "Kiểm tra" trước: hệ thống báo mọi dòng lỗi mà không ghi gì. Chỉ khi hết lỗi mới "Nhập" được; khi nhập, tất cả các dòng được ghi cùng lúc hoặc không dòng nào.',
        'Mật khẩu sinh tự động chỉ hiện một lần sau khi nhập: hãy tải danh sách và trao cho từng người.',
      ],
    ),
  async run({ em, access, rows, mode, progress }): Promise<RowsOutcome> {
    const errors: RowError[] = [];
    const fail = (row: number, error: unknown, fallback?: Column) =>
      errors.push(rowError(spec, row, error, COLUMN_OF_FIELD, fallback));
    const provinces = new Map((await em.find(Province, {})).map((p) => [p.code, p]));
    const communeCodes = rows.map((r) => textOf(r.values.commune)).filter((c): c is string => !!c);
    const communes = new Map(
      (await em.find(Commune, { code: { $in: [...new Set(communeCodes)] } })).map((c) => [c.code, c]),
    );
    const usernames = rows.map((r) => textOf(r.values.username)?.toLowerCase()).filter((u): u is string => !!u);
    const taken = new Set(
      (await em.find(User, { username: { $in: [...new Set(usernames)] } }, { fields: ['username'] })).map(
        (u) => u.username,
      ),
    );
    const firstRowOf = new Map<string, number>();
    const accounts: Account[] = [];
    for (const [index, row] of rows.entries()) {
      if (index % 1000 === 0) progress({ phase: 'checking', done: index, total: rows.length });
      if (!hasRequired(spec, row, errors)) continue;
      const value = (key: Column) => textOf(row.values[key]);
      const given = value('password');
      const password = given ?? generatedPassword();
      let account: ReturnType<typeof checkNewAccount>;
      try {
        account = checkNewAccount({
          username: value('username')!,
          fullName: value('fullName')!,
          email: value('email'),
          password,
        });
      } catch (error) {
        fail(row.row, error);
        continue;
      }
      const earlier = firstRowOf.get(account.username);
      if (earlier !== undefined || taken.has(account.username)) {
        errors.push(
          cellError(
            spec,
            row.row,
            'username',
            ImportErrorCode.DUPLICATE,
            earlier !== undefined
              ? `Tên đăng nhập "${account.username}" trùng với dòng ${earlier}.`
              : usernameTaken(account.username).message,
          ),
        );
        continue;
      }
      firstRowOf.set(account.username, row.row);
      const grant = checkGrant(row.row, value, provinces, communes, errors, fail);
      if (grant === null) continue;
      accounts.push({
        row: row.row,
        ...account,
        password,
        generated: !given,
        grant,
      });
    }
    const summary = { accounts: accounts.length, grants: accounts.filter((a) => a.grant).length };
    if (mode === 'dryRun' || errors.length) return { errors, summary };

    progress({ phase: 'hashing', done: 0, total: accounts.length });
    const hashes = await hashAll(accounts, (done) => progress({ phase: 'hashing', done, total: accounts.length }));
    progress({ phase: 'writing' });
    const users = await query<{ id: number; username: string }>(
      em,
      sql`insert into app_user (username, full_name, email, password_hash, created_at)
       select a.*, now() from unnest(${textArray(accounts.map((a) => a.username))}, ${textArray(accounts.map((a) => a.fullName))},
                                     ${textArray(accounts.map((a) => a.email))}, ${textArray(hashes)}) as a
       returning id, username`,
    );
    const userIds = new Map(users.map((u) => [u.username, u.id]));
    const granted = accounts.filter((a) => a.grant);
    const grants = await query<{ id: number; user_id: number }>(
      em,
      sql`insert into role_grant (user_id, role, province_id, commune_id, bloc)
       select * from unnest(${intArray(granted.map((a) => userIds.get(a.username)))},
                            ${textArray(granted.map((a) => a.grant!.role))},
                            ${intArray(granted.map((a) => a.grant!.province?.id))},
                            ${intArray(granted.map((a) => a.grant!.commune?.id))},
                            ${textArray(granted.map((a) => a.grant!.bloc))})
       returning id, user_id`,
    );
    const grantIds = new Map(grants.map((g) => [g.user_id, g.id]));
    const audit: WrittenChange[] = accounts.flatMap((account) => {
      const userId = userIds.get(account.username)!;
      const { grant } = account;
      const created: WrittenChange = {
        action: 'CREATE',
        objectType: 'User',
        objectId: userId,
        changes: { username: account.username, fullName: account.fullName, email: account.email },
      };
      if (!grant) return [created];
      return [
        created,
        {
          action: 'GRANT',
          objectType: 'RoleGrant',
          objectId: grantIds.get(userId)!,
          province: grant.province,
          changes: {
            userId,
            role: grant.role,
            provinceId: grant.province?.id,
            communeId: grant.commune?.id,
            bloc: grant.bloc,
          },
        },
      ];
    });
    await recordChanges(em, access.viewer!, audit);
    return {
      errors,
      summary,
      generatedPasswords: accounts
        .filter((a) => a.generated)
        .map((a) => ({ row: a.row, username: a.username, password: a.password })),
    };
  },
};

/** The row's grant, undefined when it asks for none, null when it is wrong (its errors are reported). */
function checkGrant(
  row: number,
  value: (key: Column) => string | undefined,
  provinces: Map<string, Province>,
  communes: Map<string, Commune>,
  errors: RowError[],
  fail: (row: number, error: unknown, fallback?: Column) => void,
): Account['grant'] | null {
  const [roleText, provinceCode, communeCode, blocText] = [
    value('role'),
    value('province'),
    value('commune'),
    value('bloc'),
  ];
  if (!roleText) {
    if (!provinceCode && !communeCode && !blocText) return undefined;
    errors.push(
      cellError(spec, row, 'role', ImportErrorCode.REQUIRED, 'Có tỉnh, xã hoặc khối nhưng chưa ghi vai trò.'),
    );
    return null;
  }
  const role = roleNamed(roleText);
  if (!role) {
    errors.push(
      cellError(spec, row, 'role', ErrorCode.BAD_USER_INPUT, `Vai trò "${roleText}" không có; xem trang "Hướng dẫn".`),
    );
    return null;
  }
  const bloc = blocText ? blocNamed(blocText) : undefined;
  if (blocText && !bloc) {
    errors.push(
      cellError(
        spec,
        row,
        'bloc',
        ErrorCode.BAD_USER_INPUT,
        `Khối "${blocText}" không có; dùng Đảng ủy, HĐND, UBND hoặc MTTQ.`,
      ),
    );
    return null;
  }
  try {
    checkGrantShape(role, { province: !!provinceCode, commune: !!communeCode, bloc: !!bloc });
  } catch (error) {
    fail(row, error, 'role');
    return null;
  }
  const commune = communeCode ? communes.get(communeCode) : undefined;
  if (communeCode && !commune) {
    errors.push(cellError(spec, row, 'commune', ErrorCode.NOT_FOUND, `Không có xã/phường mã "${communeCode}".`));
    return null;
  }
  const province = commune ? commune.province : provinceCode ? provinces.get(provinceCode) : undefined;
  if (provinceCode && !province) {
    errors.push(cellError(spec, row, 'province', ErrorCode.NOT_FOUND, `Không có tỉnh/thành phố mã "${provinceCode}".`));
    return null;
  }
  return { role, province, commune, bloc };
}
