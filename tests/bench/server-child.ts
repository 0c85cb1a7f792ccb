import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../server/config';
import { SERVER_NODE_FLAGS } from '../../server/workers';
import type { FromServer, ServerReading, ToServer } from './server-messages';

export interface BenchServer {
  /** The GraphQL endpoint on 127.0.0.1. */
  url: string;
  /** Server processes sharing the port, as many as `npm start` would run here. */
  processes: number;
  /** What the server's request meter recorded since the previous call, and its processes' peak memory so far. */
  readMeter(): Promise<ServerReading>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

function nextMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<FromServer, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`The bench server exited (code ${code}).`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Compiles the server and its bench wrapper to JavaScript, since production runs compiled code:
 * under ts-node every promise would pay for the async hooks its REPL support installs.
 */
function compileServer(): string {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(projectRoot, 'tsconfig.bench.json')],
    { stdio: 'inherit' },
  );
  return join(projectRoot, 'dist', 'bench', 'tests', 'bench', 'server-process.js');
}

/**
 * Starts the product's server in a child process, as production runs it (compiled, NODE_ENV=production).
 * With `profileDir`, V8 writes a CPU profile of the server there when it stops.
 */
export async function startBenchServer(databaseUrl: string, profileDir?: string): Promise<BenchServer> {
  const child = fork(compileServer(), [], {
    execArgv: [...SERVER_NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PHUXANH_RATE_LIMIT_PER_MINUTE: '0',
      BENCH_DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
  try {
    const { port, processes } = await nextMessage(child, 'listening');
    return {
      url: `http://127.0.0.1:${port}/graphql`,
      processes,
      async readMeter() {
        const reply = nextMessage(child, 'meter');
        child.send({ type: 'read-meter' } satisfies ToServer);
        return (await reply).reading;
      },
      stop: () => stopChild(child),
    };
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    clearTimeout(timeout);
  }
}

/** Stops a bench child process and waits for it to exit. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
