import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { createApp } from '../../server/graphql/server';

// No Jest globals here: the bench (compiled without Jest's types) serves the product through this too.

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
