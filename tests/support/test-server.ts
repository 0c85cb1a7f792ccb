import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { createApp } from '../../server/graphql/server';
import { TEMPLATE_DATABASE } from './test-globals';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  /** Sends a GraphQL request over HTTP, as any client would. */
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in a demo account and returns its token. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

/** A server on a private copy of the demo database, so tests may write without affecting each other. */
export async function startTestServer(): Promise<TestServer> {
  const serverUrl = process.env.PHUXANH_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('The test PostgreSQL is not running (global setup missing).');
  const databaseUrl = await ensureDatabase(serverUrl, `test_${randomBytes(6).toString('hex')}`, TEMPLATE_DATABASE);
  return serveOrm(await openOrm(databaseUrl));
}

/** A test server started with some environment variables set, restored afterwards. */
export async function serverWith(env: Record<string, string>): Promise<TestServer> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await startTestServer();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The product's server on an open ORM, on a free port; closing it closes the ORM. */
export async function serveOrm(orm: MikroORM): Promise<TestServer> {
  const { app, apollo } = await createApp(orm);
  const http = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

  const request: TestServer['request'] = async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  };

  return {
    url,
    orm,
    request,
    async login(username) {
      const result = await request<{ login: { token: string } }>(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      );
      if (!result.data) throw new Error(`Login of ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await new Promise((resolve) => http.close(resolve));
      await apollo.stop();
      await orm.close();
    },
  };
}

/**
 * A test file's server, signed in as one account, started before its tests and closed after
 * them; read `server` and `token` inside the tests.
 */
export function useSignedInServer(username: string): { readonly server: TestServer; readonly token: string } {
  const session = {} as { server: TestServer; token: string };
  beforeAll(async () => {
    session.server = await startTestServer();
    session.token = await session.server.login(username);
  });
  afterAll(() => session.server.close());
  return session;
}
