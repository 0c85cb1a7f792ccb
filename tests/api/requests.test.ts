import { useSignedInServer } from '../support/test-server';

const session = useSignedInServer('quocgia');

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(session.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}`, ...headers },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('malformed and hostile requests get a GraphQL error with a stable code, never a stack trace', () => {
  it.each([
    ['malformed GraphQL', JSON.stringify({ query: '{ provinces { code ' }), 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', JSON.stringify({ query: '{ provinces { secret } }' }), 'GRAPHQL_VALIDATION_FAILED'],
    ['a body that is not JSON', '{"query": ', 'BAD_REQUEST'],
    ['a body over 1 MB', JSON.stringify({ query: `{ provinces { code } } #${'x'.repeat(1_100_000)}` }), 'BAD_REQUEST'],
  ])('%s', async (_name, body, code) => {
    const response = await post(body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.type).toMatch(/json/);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe(code);
    expect(response.body).not.toMatch(/node_modules|\.ts:\d+|stacktrace/);
  });

  it('refuses a page size over the cap and a forged cursor', async () => {
    const big = await session.server.request('{ communes(first: 100000) { totalCount } }', {}, session.token);
    expect(big.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const forged = await session.server.request(
      '{ communes(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      {},
      session.token,
    );
    expect(forged.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown id as NOT_FOUND', async () => {
    const result = await session.server.request('{ commune(id: "987654") { name } }', {}, session.token);
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('cursor pagination', () => {
  it('walks all communes of a province exactly once, with the total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: any = await session.server.request(
        `query ($after: String) { province(code: "bac-ninh") { communes(first: 40, after: $after) {
           totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
        { after },
        session.token,
      );
      const page = result.data.province.communes;
      expect(page.totalCount).toBe(99);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(99);
  });
});
