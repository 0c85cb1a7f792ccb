import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../server/config';
import { SERVICE_ROOT } from '../../server/database/embedded-postgres';
import { startProduct } from '../support/product-process';

/**
 * `npm start` from a checkout in a private (0700) folder, such as a clone under /root: under
 * root the embedded PostgreSQL runs as the postgres account, which cannot enter that folder,
 * so its binaries and its data must be placed where it can; as another user it runs from the
 * folder itself. Either way the product starts, is ready and signs in.
 */
jest.setTimeout(420_000);

let folder: string;
let clone: string;
let dataHome: string | undefined;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'phuxanh-private-'));
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  clone = join(folder, 'phu-xanh');
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '--quiet', '--no-checkout', projectRoot, clone]);
  execFileSync('git', ['checkout', '--quiet', head], { cwd: clone });
  // No network install in tests: the packages are this checkout's, linked, except the
  // PostgreSQL binaries, copied so that they sit inside the private folder as npm install puts them.
  mkdirSync(join(clone, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    const source = join(projectRoot, 'node_modules', entry);
    const target = join(clone, 'node_modules', entry);
    if (entry === '@embedded-postgres') cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    else symlinkSync(source, target);
  }
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  if (dataHome?.startsWith(`${SERVICE_ROOT}/`)) rmSync(dataHome, { recursive: true, force: true });
});

it('starts from a clone in a 0700 folder with its default data folder, is ready and signs in', async () => {
  const product = await startProduct(
    { DATABASE_URL: undefined, PHUXANH_DATA_DIR: undefined, PHUXANH_WORKERS: '1', PHUXANH_LOG_FORMAT: 'json' },
    clone,
  );
  try {
    await product.waitFor('Phủ Xanh đang chạy tại');
    const dataDir = /dữ liệu lưu tại (\S+?)"/.exec(product.output())?.[1];
    expect(dataDir).toBeDefined();
    dataHome = dirname(dataDir!);
    if (process.getuid?.() === 0) expect(dataDir!.startsWith(`${SERVICE_ROOT}/phu-xanh-`)).toBe(true);
    else expect(dataDir).toBe(join(clone, '.data', 'postgres'));
    expect(product.output()).not.toMatch(/EACCES|\n\s+at /);

    const ready = await product.get('/readyz');
    expect(ready).toMatchObject({ status: 200, type: expect.stringContaining('application/json') });
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
    expect(await product.login('quocgia')).toMatch(/^pxs_/);
  } finally {
    expect(await product.stop()).toBe(0);
  }
});

it('prints one line saying what to do when it cannot start, never a stack', async () => {
  // A port where nothing listens: the database named by DATABASE_URL cannot be reached.
  const product = await startProduct({ DATABASE_URL: 'postgres://phuxanh:x@127.0.0.1:9/phuxanh' }, clone);
  expect(await product.exited).toBe(1);
  const lines = product.output().trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^Không khởi động được Phủ Xanh: không kết nối được PostgreSQL .*DATABASE_URL/),
  ]);
});
