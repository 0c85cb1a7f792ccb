import type { TestServer } from './test-server';

/** Reads every page of a connection through the API, following cursors. */
export async function readAllPages<T>(
  server: TestServer,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  connectionOf: (data: any) => { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await server.request(query, { ...variables, after }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const connection = connectionOf(result.data);
    all.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return all;
    after = connection.pageInfo.endCursor;
  }
}

export async function campaignId(server: TestServer, token: string, code: string): Promise<string> {
  const result = await server.request('query ($code: String) { campaign(code: $code) { id } }', { code }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.campaign.id;
}

export async function provinceId(server: TestServer, token: string, code: string): Promise<string> {
  const result = await server.request('query ($code: String) { province(code: $code) { id } }', { code }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.province.id;
}

/** A read-only API token of a province, created by the province's overseer as docs/api.md shows. */
export async function provinceApiToken(server: TestServer, provinceCode: string, overseer: string): Promise<string> {
  const token = await server.login(overseer);
  const result = await server.request(
    'mutation ($p: ID!) { createApiToken(input: { name: "Công cụ thử", provinceId: $p }) { token } }',
    { p: await provinceId(server, token, provinceCode) },
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createApiToken.token;
}

/** A fresh account with one role, created through the administrator's API, signed in. */
export async function accountWith(
  server: TestServer,
  grant: { role: string; provinceCode?: string; communeName?: string; bloc?: string },
): Promise<{ token: string; fullName: string }> {
  const admin = await server.login('quantri');
  const username = `kiemthu.${Math.random().toString(36).slice(2, 10)}`;
  const fullName = `Cán bộ kiểm thử ${username.slice(-4)}`;
  const created = await server.request(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, fullName, password: 'MatKhau@2026' } },
    admin,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const communeId = grant.communeName
    ? (
        await server.request(
          'query ($s: String) { communes(first: 5, filter: { search: $s }) { nodes { id name } } }',
          { s: grant.communeName },
          admin,
        )
      ).data!.communes.nodes.find((c: { name: string }) => c.name === grant.communeName).id
    : undefined;
  const province = grant.provinceCode ? await provinceId(server, admin, grant.provinceCode) : undefined;
  const granted = await server.request(
    'mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    {
      input: {
        userId: created.data.createUser.id,
        role: grant.role,
        provinceId: province,
        communeId,
        bloc: grant.bloc,
      },
    },
    admin,
  );
  if (!granted.data) throw new Error(JSON.stringify(granted.errors));
  const login = await server.request(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: 'MatKhau@2026' },
  );
  return { token: login.data!.login.token, fullName };
}
