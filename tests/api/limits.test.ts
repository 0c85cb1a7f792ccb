import { LIMITS } from '../../server/graphql/request-checks';
import { type GraphQLResponse, useSignedInServer } from '../support/test-server';

const session = useSignedInServer('quocgia');

/** A refusal names its limit, carries no stack, and runs nothing. */
function expectRefused(result: GraphQLResponse, limit: string) {
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit });
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
}

/** A valid query exactly `depth` fields deep: province → communes → nodes → province → … */
function nested(depth: number): string {
  const path = ['province(code: "bac-ninh")'];
  const cycle = ['communes(first: 1)', 'nodes', 'province'];
  while (path.length < depth - 1) path.push(cycle[(path.length - 1) % cycle.length]);
  const last = path[path.length - 1];
  const leaf = last.startsWith('communes') ? 'totalCount' : last === 'nodes' ? 'name' : 'code';
  return `{ ${path.reduceRight((inner, field) => `${field} { ${inner} }`, leaf)} }`;
}

it('refuses a query nested deeper than the limit, counting fragments as the levels they add', async () => {
  expectRefused(await session.server.request(nested(LIMITS.depth + 1), {}, session.token), 'depth');
  const viaFragments = await session.server.request(
    `{ province(code: "bac-ninh") { ...P } }
     fragment P on Province { communes(first: 1) { nodes { province { communes(first: 1) { nodes { ...C } } } } } }
     fragment C on Commune { province { communes(first: 1) { nodes { province { communes(first: 1) { nodes { name } } } } } } }`,
    {},
    session.token,
  );
  expectRefused(viaFragments, 'depth');
});

it('refuses more aliases than the limit', async () => {
  const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `p${i}: provinces { code }`).join(' ');
  expectRefused(await session.server.request(`{ ${aliases} }`, {}, session.token), 'aliases');
});

it('refuses more directives than the limit', async () => {
  const fields = Array.from({ length: LIMITS.directives + 1 }, () => 'code @include(if: true)').join(' ');
  expectRefused(await session.server.request(`{ provinces { ${fields} } }`, {}, session.token), 'directives');
});

it('refuses a document of more tokens than the limit before parsing it all', async () => {
  const fields = Array.from({ length: LIMITS.tokens }, () => 'code').join(' ');
  expectRefused(await session.server.request(`{ provinces { ${fields} } }`, {}, session.token), 'tokens');
});

it('refuses a query whose pages multiply beyond the cost limit', async () => {
  const result = await session.server.request(
    '{ communes(first: 500) { nodes { units { assessments(first: 500) { nodes { id met criterion { code text } } } } } } }',
    {},
    session.token,
  );
  expectRefused(result, 'cost');
});

it('hides field suggestions that would reveal the schema', async () => {
  const result = await session.server.request('{ provinces { cod } }', {}, session.token);
  expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(result.errors![0].message).toContain('Cannot query field "cod"');
  expect(result.errors![0].message).not.toMatch(/Did you mean|"code"/);
});

it('refuses a batch of operations in one request', async () => {
  const response = await fetch(session.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { name } }' }]),
  });
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
});

it('still serves ordinary queries within the limits', async () => {
  const deepest = await session.server.request(nested(LIMITS.depth), {}, session.token);
  expect(deepest.errors).toBeUndefined();
  const page = await session.server.request(
    '{ a: communes(first: 500) { totalCount nodes { name province { code } } } b: provinces { code } }',
    {},
    session.token,
  );
  expect(page.errors).toBeUndefined();
  expect(page.data!.a.nodes).toHaveLength(500);
});
