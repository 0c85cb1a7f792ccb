import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connectOrm } from '../../server/database/database';
import { answer, lamThaoPartyTargets, type AnswerTargets } from '../support/answer-targets';
import { expectEveryAnswerKept } from '../support/consistency';
import { startProduct, type Product } from '../support/product-process';

/**
 * The embedded PostgreSQL of `npm start` is stopped under the running product — SIGTERM (a
 * smart shutdown, which waits for every pooled connection) and SIGKILL of the postmaster —
 * while answers are being written: the product restarts it and serves again within 10 s,
 * keeping every acknowledged answer with its history and exact counters.
 */
// The product's first start loads the national demo data: minutes on a machine shared with other work.
jest.setTimeout(900_000);

/** The product's promise (README, "Recovery"): a behaviour bound, not a speed measurement. */
const SERVES_AGAIN_WITHIN_MS = 10_000;
const WRITERS = 3;

let folder: string;
let product: Product;
let token: string;
let targets: AnswerTargets;
const acknowledged: { id: string; version: number }[] = [];
let writing = true;
let writers: Promise<void>[] = [];

const dataDir = () => join(folder, 'postgres');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The postmaster's pid and port, from its lock file (absent while no server runs). */
function postmaster(): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(dataDir(), 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}:\n${product.output().slice(-3000)}`);
    await sleep(100);
  }
}

async function write(writer: number): Promise<void> {
  for (let i = writer; writing; i += WRITERS) {
    const result = await answer(product, token, targets, i).catch(() => undefined);
    if (result) acknowledged.push(result);
    // While the database is away every answer is refused at once: no need to spin.
    else await sleep(50);
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'phuxanh-recovery-'));
  // Under root the server runs as the postgres account, which must reach the folder.
  chmodSync(folder, 0o755);
  product = await startProduct({ PHUXANH_DATA_DIR: folder, DATABASE_URL: undefined });
  await product.waitFor('Phủ Xanh đang chạy tại');
  token = await product.login('lamthao.dang');
  targets = await lamThaoPartyTargets(product, token);
  expect(targets.criterionIds.length).toBeGreaterThan(3);
  writers = Array.from({ length: WRITERS }, (_, writer) => write(writer));
});

afterAll(async () => {
  writing = false;
  await Promise.all(writers);
  await product?.stop();
  rmSync(folder, { recursive: true, force: true });
});

it.each(['SIGTERM', 'SIGKILL'] as const)(
  'restarts PostgreSQL after %s of the postmaster during answers and serves again within 10 s',
  async (signal) => {
    const before = acknowledged.length;
    await until(() => acknowledged.length >= before + 10, 'answers are being written');
    const stopped = postmaster()!;
    process.kill(stopped.pid, signal);
    const signalled = Date.now();

    // Served again: a request answered by a new postmaster (a smart shutdown keeps serving old sessions for a while).
    let servedAgainAfterMs: number | undefined;
    while (Date.now() - signalled <= SERVES_AGAIN_WITHIN_MS) {
      const result = await product.graphql('{ me { username } }', {}, token).catch(() => undefined);
      const now = postmaster();
      if (result?.status === 200 && now && now.pid !== stopped.pid) {
        servedAgainAfterMs = Date.now() - signalled;
        break;
      }
      await sleep(100);
    }
    if (servedAgainAfterMs === undefined) {
      const watchdog = product
        .output()
        .split('\n')
        .filter((line) => line.includes('PostgreSQL nhúng'));
      throw new Error(`Not served again within 10 s of ${signal}; the watchdog said:\n${watchdog.join('\n')}`);
    }
    expect(postmaster()!.port).toBe(stopped.port);
    expect(product.child.exitCode).toBeNull();

    // Answers go through again after the restart.
    const afterRestart = acknowledged.length;
    await until(() => acknowledged.length >= afterRestart + 5, 'answers are acknowledged again');
    expect(product.output()).toContain(`PostgreSQL nhúng đã dừng (pid ${stopped.pid}); đang khởi động lại`);
  },
);

it('kept every acknowledged answer with its history row and audit entry, and counters exact', async () => {
  writing = false;
  await Promise.all(writers);
  const { port } = postmaster()!;
  const password = readFileSync(`${dataDir()}.password`, 'utf8').trim();
  let orm: MikroORM | undefined;
  try {
    orm = await connectOrm(`postgres://phuxanh:${encodeURIComponent(password)}@127.0.0.1:${port}/phuxanh`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    await expectEveryAnswerKept(orm.em, acknowledged);
  } finally {
    await orm?.close();
  }
});
