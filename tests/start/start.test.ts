import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../server/config';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';

/**
 * Starts the product the way `npm start` does when no DATABASE_URL is set — embedded
 * PostgreSQL in a data folder, migrations, demo data on first run — and restarts it.
 */
jest.setTimeout(240_000);

let dataDir: string;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startProduct(): Promise<{ child: ChildProcess; output: () => string }> {
  // NODE_ENV as npm start has it (Jest sets "test", which changes Apollo's behaviour).
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port), PHUXANH_DATA_DIR: dataDir, TS_NODE_SWC: 'true', TS_NODE_TRANSPILE_ONLY: 'true' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'server/main.ts'], { cwd: projectRoot, env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Phủ Xanh đang chạy tại')) resolve({ child, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The product exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function login(username: string): Promise<string> {
  const result = await graphql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: DEMO_PASSWORD,
  });
  return result.data.login.token;
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'phuxanh-start-'));
  chmodSync(folder, 0o755);
  dataDir = folder;
  port = await freePort();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('starts with an embedded database, loads the demo data once, and keeps answers across a restart', async () => {
  const first = await startProduct();
  expect(first.output()).toContain('nạp bộ dữ liệu mẫu');
  expect(first.output()).toMatch(/quocgia\s+NATIONAL_OVERSEER/);
  const token = await login('lamthao.dang');
  const unit = await graphql(
    `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc assessments(first: 1, filter: { met: false }) { nodes { criterion { id } } } } } } }`,
    {},
    token,
  );
  const party = unit.data.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  const criterionId = party.assessments.nodes[0].criterion.id;
  const answer = await graphql(
    'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { id met } } }',
    { u: party.id, c: criterionId },
    token,
  );
  expect(answer.data.answerCriterion.assessment.met).toBe(true);
  expect(await stop(first.child)).toBe(0);

  const second = await startProduct();
  try {
    expect(second.output()).not.toContain('nạp bộ dữ liệu mẫu');
    const again = await graphql(
      'query ($id: ID!) { assessment(id: $id) { met version } }',
      { id: answer.data.answerCriterion.assessment.id },
      await login('lamthao.dang'),
    );
    expect(again.data.assessment).toEqual({ met: true, version: 2 });
  } finally {
    await stop(second.child);
  }
});
