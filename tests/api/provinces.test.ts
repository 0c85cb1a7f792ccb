import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('lists the 34 provinces to a signed-in user', async () => {
  const token = await server.login('quocgia');
  const result = await server.request('{ provinces { code name } }', {}, token);
  expect(result.errors).toBeUndefined();
  expect(result.data!.provinces).toHaveLength(34);
});
