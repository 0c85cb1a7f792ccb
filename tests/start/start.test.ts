import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProduct, type Product } from '../support/product-process';

/**
 * Starts the product the way `npm start` does when no DATABASE_URL is set — embedded
 * PostgreSQL in a data folder, migrations, demo data on first run — and restarts it.
 */
jest.setTimeout(240_000);

let dataDir: string;

async function startEmbedded(): Promise<Product> {
  const product = await startProduct({ PHUXANH_DATA_DIR: dataDir, DATABASE_URL: undefined });
  await product.waitFor('Phủ Xanh đang chạy tại');
  return product;
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'phuxanh-start-'));
  chmodSync(dataDir, 0o755);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('starts with an embedded database, loads the demo data once, and keeps answers across a restart', async () => {
  const first = await startEmbedded();
  expect(first.output()).toContain('nạp bộ dữ liệu mẫu');
  expect(first.output()).toMatch(/quocgia\s+NATIONAL_OVERSEER/);
  const token = await first.login('lamthao.dang');
  const unit = await first.graphql(
    `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc assessments(first: 1, filter: { met: false }) { nodes { criterion { id } } } } } } }`,
    {},
    token,
  );
  const party = unit.data.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  const criterionId = party.assessments.nodes[0].criterion.id;
  const answer = await first.graphql(
    'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { id met } } }',
    { u: party.id, c: criterionId },
    token,
  );
  expect(answer.data.answerCriterion.assessment.met).toBe(true);
  expect(await first.stop()).toBe(0);

  const second = await startEmbedded();
  try {
    expect(second.output()).not.toContain('nạp bộ dữ liệu mẫu');
    const again = await second.graphql(
      'query ($id: ID!) { assessment(id: $id) { met version } }',
      { id: answer.data.answerCriterion.assessment.id },
      await second.login('lamthao.dang'),
    );
    expect(again.data.assessment).toEqual({ met: true, version: 2 });
  } finally {
    await second.stop();
  }
});

/** The product's worker processes: the children of the started process that run the server script. */
function workerPids(product: Product): number[] {
  const listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(product.child.pid)], { encoding: 'utf8' });
  return listing
    .split('\n')
    .filter((line) => line.includes('server/main'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('serves from several processes, replaces one that dies, and leaves none behind when stopped', async () => {
  const product = await startProduct({ PHUXANH_DATA_DIR: dataDir, DATABASE_URL: undefined, PHUXANH_WORKERS: '2' });
  let workers: number[];
  try {
    await product.waitFor('2 tiến trình phục vụ');
    workers = workerPids(product);
    expect(workers).toHaveLength(2);
    process.kill(workers[0], 'SIGKILL');
    await product.waitFor('dừng bất thường');
    for (let i = 0; i < 4; i++) expect(await product.login('lamthao.dang')).toMatch(/^pxs_/);
    workers = [...new Set([...workers, ...workerPids(product)])];
    expect(workers).toHaveLength(3);
  } finally {
    expect(await product.stop()).toBe(0);
  }
  expect(workers.filter(alive)).toEqual([]);
});
