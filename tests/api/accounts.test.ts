import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * An administrator runs some 30,000 accounts: finds them by name without diacritics, disables
 * one (it can no longer sign in, its sessions and tokens end at once) and resets a password
 * (the holder must choose a new one before doing anything else).
 */
let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('quantri');
});
afterAll(() => server.close());

const SEARCH = `query ($s: String, $after: String) {
  users(search: $s, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id username fullName } }
}`;
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }';
const UNITS = '{ units(first: 1) { totalCount } }';

type Found = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Account[] };
type Account = { id: string; username: string; fullName: string };

async function search(text: string | null): Promise<Account[]> {
  const found: Account[] = [];
  let after: string | null = null;
  let total: number | undefined;
  do {
    const result: { data?: { users: Found } } = await server.request<{ users: Found }>(
      SEARCH,
      { s: text, after },
      admin,
    );
    const page: Found = result.data!.users;
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    found.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(found).toHaveLength(total!);
  return found;
}

const idOf = async (username: string) => (await search(username)).find((a) => a.username === username)!.id;

const signIn = (username: string, password: string) => server.request(LOGIN, { u: username, p: password });

it('finds accounts by a part of the username or full name, whatever the case, diacritics and spaces', async () => {
  const lamThao = await search('lam thao');
  expect(lamThao.map((a) => a.username).sort()).toEqual(
    expect.arrayContaining(['lamthao.dang', 'lamthao.hdnd', 'lamthao.lanhdao', 'lamthao.mttq', 'lamthao.ubnd']),
  );
  for (const account of lamThao) expect(account.username).toContain('lamthao');
  expect(await search('LÂM THAO')).toEqual(lamThao);
  expect((await search('hoang thi ha')).map((a) => a.username)).toContain('lamthao.dang');
  expect((await search('Đỗ Thị Ủy')).map((a) => a.username)).toContain('lamthao.ubnd');
  expect(await search('%')).toEqual([]);
  expect((await search(null)).length).toBeGreaterThan(lamThao.length);
});

it('a disabled account can no longer sign in, and its session and API token end at once; enabled, it signs in again', async () => {
  const session = await server.login('lamthao.mttq');
  expect((await server.request(UNITS, {}, session)).status).toBe(200);
  const id = await idOf('lamthao.mttq');

  const disabled = await server.request(
    'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { username disabledAt } }',
    { id },
    admin,
  );
  expect(disabled.data!.setAccountDisabled).toMatchObject({ username: 'lamthao.mttq', disabledAt: expect.any(String) });
  const refused = await server.request(UNITS, {}, session);
  expect({ status: refused.status, code: refused.errors?.[0].extensions?.code }).toEqual({
    status: 401,
    code: 'UNAUTHENTICATED',
  });
  const right = await signIn('lamthao.mttq', DEMO_PASSWORD);
  expect({ status: right.status, code: right.errors?.[0].extensions?.code, data: right.data }).toEqual({
    status: 403,
    code: 'ACCOUNT_DISABLED',
    data: null,
  });
  expect(right.errors![0].message).toContain('Tài khoản đã bị khóa');
  // A wrong password learns nothing about the account's standing.
  expect((await signIn('lamthao.mttq', 'sai-mat-khau-roi')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  const enabled = await server.request(
    'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: false) { disabledAt } }',
    { id },
    admin,
  );
  expect(enabled.data!.setAccountDisabled).toEqual({ disabledAt: null });
  expect((await signIn('lamthao.mttq', DEMO_PASSWORD)).data?.login.token).toMatch(/^pxs_/);

  const audit = await server.request<{ auditEntries: { nodes: { action: string }[] } }>(
    'query ($id: ID!) { auditEntries(filter: { objectType: "User", objectId: $id }) { nodes { action } } }',
    { id },
    admin,
  );
  expect(audit.data?.auditEntries.nodes.map((e) => e.action).slice(-2)).toEqual(['DISABLE', 'ENABLE']);
});

it('an API token of a disabled account stops answering', async () => {
  const owner = await server.login('quocgia');
  const created = await server.request<{ createApiToken: { token: string } }>(
    'mutation { createApiToken(input: { name: "Công cụ thử" }) { token } }',
    {},
    owner,
  );
  expect(created.errors).toBeUndefined();
  const apiToken = created.data!.createApiToken.token;
  expect((await server.request(UNITS, {}, apiToken)).status).toBe(200);
  await server.request(
    'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { id } }',
    { id: await idOf('quocgia') },
    admin,
  );
  expect((await server.request(UNITS, {}, apiToken)).status).toBe(401);
});

it('after a password reset the holder signs in with the temporary password and must change it before anything else', async () => {
  const before = await server.login('lamthao.hdnd');
  const id = await idOf('lamthao.hdnd');
  const reset = await server.request(
    'mutation ($id: ID!) { resetPassword(userId: $id, temporaryPassword: "TamThoi@2026") { mustChangePassword } }',
    { id },
    admin,
  );
  expect(reset.data).toEqual({ resetPassword: { mustChangePassword: true } });
  expect((await server.request(UNITS, {}, before)).status).toBe(401);
  expect((await signIn('lamthao.hdnd', DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  const signedIn = await signIn('lamthao.hdnd', 'TamThoi@2026');
  expect(signedIn.data!.login.mustChangePassword).toBe(true);
  const token = signedIn.data!.login.token as string;
  const blocked = await server.request(UNITS, {}, token);
  expect({ status: blocked.status, code: blocked.errors?.[0].extensions?.code, data: blocked.data }).toEqual({
    status: 403,
    code: 'PASSWORD_CHANGE_REQUIRED',
    data: undefined,
  });
  expect(blocked.errors![0].message).toContain('hãy đổi mật khẩu');
  expect((await server.request('{ me { username mustChangePassword } }', {}, token)).data).toEqual({
    me: { username: 'lamthao.hdnd', mustChangePassword: true },
  });

  const change = (current: string, next: string) =>
    server.request(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }',
      { c: current, n: next },
      token,
    );
  expect((await change('sai-mat-khau-roi', 'MatKhauMoi@2026')).errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'currentPassword',
  });
  expect((await change('TamThoi@2026', 'ngan')).errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'newPassword',
  });
  expect((await change('TamThoi@2026', 'MatKhauMoi@2026')).data).toEqual({
    changePassword: { mustChangePassword: false },
  });
  expect((await server.request(UNITS, {}, token)).status).toBe(200);
  expect((await signIn('lamthao.hdnd', 'MatKhauMoi@2026')).data?.login.mustChangePassword).toBe(false);
});

it('an administrator cannot disable their own account; an unknown account is NOT_FOUND; nothing changes', async () => {
  const own = await server.request(
    'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { id } }',
    { id: await idOf('quantri') },
    admin,
  );
  expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const unknown = await server.request(
    'mutation { resetPassword(userId: "999999", temporaryPassword: "TamThoi@2026") { id } }',
    {},
    admin,
  );
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await server.request(UNITS, {}, admin)).status).toBe(200);
});
