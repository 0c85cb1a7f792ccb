import cluster, { type Worker } from 'node:cluster';

/**
 * V8 flags for a serving process. A larger young generation: a national table allocates about
 * 10 MB per answer, and the default semi-space made each such request pay one or two
 * collections (about 15 ms of CPU); at 64 MB most of it dies young, for little memory.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/** What a worker sends its primary once it accepts requests. */
export const LISTENING = 'phuxanh:listening';

export interface Workers {
  all(): Worker[];
  /** Stops every worker (SIGTERM: each finishes its requests and closes its connections) and waits for them. */
  stop(): Promise<void>;
}

/** Tells the primary that this worker accepts requests. */
export function reportListening(): void {
  process.send?.({ type: LISTENING });
}

/**
 * Runs the current script again as `count` worker processes sharing one port (node:cluster):
 * one Node process uses one core, and the server keeps nothing between requests that another
 * process would need. Resolves once every worker listens; a worker that dies later is replaced.
 */
export async function startWorkers(
  count: number,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Workers> {
  let stopping = false;
  cluster.setupPrimary({
    execArgv: [...process.execArgv, ...SERVER_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag))],
  });
  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork(env);
      const onMessage = (message: { type?: string }) => {
        if (message?.type !== LISTENING) return;
        worker.off('exit', onEarlyExit);
        worker.once('exit', (code, signal) => {
          if (stopping) return;
          log(
            `Tiến trình phục vụ ${worker.process.pid} dừng bất thường (${signal ?? `mã ${code}`}); đang khởi động lại.`,
          );
          void fork().catch((error) => log(`Không khởi động lại được tiến trình phục vụ: ${error.message}`));
        });
        resolve(worker);
      };
      const onEarlyExit = (code: number | null) =>
        reject(new Error(`Tiến trình phục vụ dừng trước khi sẵn sàng (mã ${code}).`));
      worker.on('message', onMessage);
      worker.once('exit', onEarlyExit);
    });
  const started = await Promise.allSettled(Array.from({ length: count }, fork));
  const workers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const stop = async () => {
    stopping = true;
    await Promise.all(
      workers().map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { all: workers, stop };
}

/** In a worker: exits when the primary is gone (killed), so no orphan keeps serving or holding connections. */
export function exitWithPrimary(): void {
  process.once('disconnect', () => process.exit(1));
}
