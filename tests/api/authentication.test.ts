import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const dummy: Record<string, string> = {
  ID: '"1"',
  String: '"x"',
  Int: '1',
  Float: '1',
  Boolean: 'true',
  LocalDate: '"2026-01-10"',
};

/** The smallest valid operation calling a root field: required arguments filled, one field selected. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const argumentValue = (arg: GraphQLArgument): string => {
    const type = getNamedType(arg.type);
    if (isEnumType(type)) return type.getValues()[0].name;
    if (dummy[type.name]) return dummy[type.name];
    const required = Object.values(
      (type as unknown as { getFields(): Record<string, GraphQLArgument> }).getFields(),
    ).filter((f) => String(f.type).endsWith('!'));
    return `{ ${required.map((f) => `${f.name}: ${argumentValue(f)}`).join(', ')} }`;
  };
  const args = field.args.filter((a) => String(a.type).endsWith('!'));
  const call = args.length ? `(${args.map((a) => `${a.name}: ${argumentValue(a)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${call}${selection} }`;
}

describe('authentication', () => {
  it('answers every root field with UNAUTHENTICATED and no data when the token is missing or wrong', async () => {
    const introspection = await server.request(getIntrospectionQuery(), {}, await server.login('quocgia'));
    const schema = buildClientSchema(introspection.data as never);
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => operationFor('query', f)),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => f.name !== 'login')
        .map((f) => operationFor('mutation', f)),
    ];
    expect(operations.length).toBeGreaterThan(15);
    for (const token of [undefined, 'pxs_not-a-real-token', '']) {
      for (const operation of operations) {
        const result = await server.request(operation, {}, token);
        expect({ operation, data: result.data ?? null, code: result.errors?.[0]?.extensions?.code }).toEqual({
          operation,
          data: null,
          code: 'UNAUTHENTICATED',
        });
      }
    }
  });

  it('is not fooled by aliases, fragments or a public field asked alongside', async () => {
    for (const operation of [
      '{ ...F } fragment F on Query { provinces { code } }',
      '{ ... on Query { p: provinces { code } } }',
      'query { __typename provinces { code } }',
      'mutation { login(username: "x", password: "y") { token } logout }',
    ]) {
      const result = await server.request(operation);
      expect({ operation, data: result.data ?? null, code: result.errors?.[0]?.extensions?.code }).toEqual({
        operation,
        data: null,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('signs in with the right password only, and the token then reads data and the account', async () => {
    const wrong = await server.request('mutation { login(username: "quocgia", password: "sai-mat-khau") { token } }');
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const unknown = await server.request(
      'mutation { login(username: "khong-co", password: "PhuXanh@2026") { token } }',
    );
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);

    const token = await server.login('bacninh.dang');
    const me = await server.request(
      '{ me { username fullName grants { role bloc province { code } commune { name } } } }',
      {},
      token,
    );
    expect(me.data!.me).toEqual({
      username: 'bacninh.dang',
      fullName: 'Lê Văn Đảng',
      grants: [{ role: 'PROVINCE_BLOC_OFFICER', bloc: 'PARTY', province: { code: 'bac-ninh' }, commune: null }],
    });
  });

  it('stores only a hash of the token, and a revoked token stops working', async () => {
    const token = await server.login('quocgia');
    const [row] = await server.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from access_token where token_hash = ?', [token]);
    expect(row.n).toBe(0);
    expect((await server.request('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await server.request('{ provinces { code } }', {}, token);
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
