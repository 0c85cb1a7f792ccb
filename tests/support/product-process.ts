import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../server/config';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Product {
  child: ChildProcess;
  port: number;
  output(): string;
  /** Resolves when the output contains `text`. */
  waitFor(text: string | RegExp): Promise<void>;
  /** GET of a path of the server (/healthz, /readyz, /metrics). */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; type: string; body: string }>;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; data?: any; errors?: any[] }>;
  login(username: string): Promise<string>;
  /** The exit code, once the process has exited by itself or been stopped. */
  exited: Promise<number | null>;
  /** SIGKILL, as a crash or an out-of-memory kill would stop it. */
  kill(): Promise<void>;
  stop(): Promise<number | null>;
}

/**
 * Starts `server/main.ts` as `npm start` runs it (NODE_ENV=production), with the given
 * environment, from this checkout or from another copy of the project (`cwd`).
 */
export async function startProduct(env: NodeJS.ProcessEnv, cwd = projectRoot): Promise<Product> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'server/main.ts'], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      TS_NODE_SWC: 'true',
      TS_NODE_TRANSPILE_ONLY: 'true',
      ...env,
    },
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitFor = (text: string | RegExp) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      const check = () => {
        if (!seen()) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      void exited.then((code) =>
        reject(new Error(`The product exited with ${code} before printing ${text}:\n${output}`)),
      );
      check();
    });

  const graphql: Product['graphql'] = async (query, variables = {}, token) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  };

  return {
    child,
    port,
    output: () => output,
    waitFor,
    exited,
    async get(path, headers = {}) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
    },
    graphql,
    async login(username) {
      const result = await graphql(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      );
      if (!result.data) throw new Error(`Login of ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
