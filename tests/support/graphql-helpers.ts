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
