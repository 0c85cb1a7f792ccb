import { randomBytes } from 'node:crypto';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { serveOrm, type TestServer } from './serve-orm';
import { TEMPLATE_DATABASE } from './test-globals';

export { serveOrm, type GraphQLResponse, type TestServer } from './serve-orm';

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
