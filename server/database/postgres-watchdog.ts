import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';

/** How often a fresh connection checks that the server still accepts new ones. */
const PROBE_EVERY_MS = 1_000;
/** A restart that has not succeeded by then will not: the product exits instead of answering 503 forever. */
const RESTART_WITHIN_MS = 8_000;
const RETRY_AFTER_MS = 250;
/** Fast shutdown rolls back and disconnects at once; this long without exiting, it is forced (SIGQUIT). */
const FAST_SHUTDOWN_MS = 3_000;

export interface SupervisedPostgres {
  /** The server now running (another object after each restart, on the same port, folder and password). */
  current(): RunningPostgres;
  /** Stops watching, then stops the server. */
  stop(): Promise<void>;
}

export interface WatchdogEvents {
  log(line: string): void;
  /** Why one attempt to restart failed (it is retried). */
  retry?(reason: string): void;
  /** The server could not be brought back: the caller exits, since it can serve nothing. */
  giveUp(line: string): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection refused because the server is stopping: SIGTERM's smart shutdown waits for every session to end. */
function refusedAsShuttingDown(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '57P03' && /shutting down/i.test(message ?? '');
}

/**
 * Starts the embedded PostgreSQL and keeps it serving. It notices the postmaster exiting
 * (SIGKILL, a crash, a shutdown that completed) by its exit event, and a server that stopped
 * accepting connections by a probe connection: a smart shutdown (SIGTERM) otherwise waits
 * forever for the pooled connections of every server process and the session cache's
 * listener. That one is turned into a fast shutdown, which ends those sessions (rolling back
 * what they had not committed, so nothing acknowledged is lost); the pools reconnect on their
 * own once the server is back. Then it restarts the server on the same port and folder,
 * removing a stale postmaster.pid first (startEmbeddedPostgres does), retrying while the old
 * backends let go of their shared memory.
 */
export async function superviseEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
  events: WatchdogEvents,
): Promise<SupervisedPostgres> {
  let running = await startEmbeddedPostgres({ ...options, ownProcessGroup: true });
  const restartOptions = { ...options, ownProcessGroup: true, dataDir: running.dataDir, port: running.port };
  let stopping = false;
  let restarting = false;
  let probing = false;
  let restarted: Promise<void> | undefined;

  const restart = async (gone: RunningPostgres) => {
    restarting = true;
    events.log(`PostgreSQL nhúng đã dừng (pid ${gone.pid}); đang khởi động lại…`);
    const deadline = Date.now() + RESTART_WITHIN_MS;
    let reason = 'hết thời gian chờ';
    while (!stopping && Date.now() < deadline) {
      try {
        const next = await startEmbeddedPostgres(restartOptions);
        if (stopping) return next.stop();
        running = next;
        watch(next);
        restarting = false;
        events.log(`PostgreSQL nhúng đã chạy lại (pid ${next.pid}).`);
        return;
      } catch (error) {
        reason = (error as Error).message;
        events.retry?.(reason);
        await sleep(RETRY_AFTER_MS);
      }
    }
    if (!stopping)
      events.giveUp(
        `PostgreSQL nhúng đã dừng và không khởi động lại được (${reason}); Phủ Xanh dừng. Hãy kiểm tra thư mục dữ liệu ${running.dataDir} rồi chạy lại npm start.`,
      );
  };

  const watch = (server: RunningPostgres) => {
    void server.exited.then(() => {
      if (!stopping && running === server) restarted = restart(server);
    });
  };

  let forced: RunningPostgres | undefined;
  const signal = (server: RunningPostgres, name: NodeJS.Signals) => {
    try {
      process.kill(server.pid, name);
    } catch {
      // Already gone: its exit event restarts it.
    }
  };
  const forceStop = (server: RunningPostgres) => {
    if (forced === server) return;
    forced = server;
    events.log(`PostgreSQL nhúng đang tắt và không nhận kết nối mới (pid ${server.pid}); dừng hẳn để khởi động lại.`);
    signal(server, 'SIGINT');
    setTimeout(() => {
      if (running === server && !restarting) signal(server, 'SIGQUIT');
    }, FAST_SHUTDOWN_MS).unref();
  };

  const probe = async () => {
    if (stopping || restarting || probing) return;
    probing = true;
    const server = running;
    const client = new Client({ connectionString: server.url, connectionTimeoutMillis: 2_000 });
    // An error event after the probe ended (the server going away) must not be left unhandled.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
    } catch (error) {
      if (refusedAsShuttingDown(error) && running === server && !stopping) forceStop(server);
    } finally {
      await client.end().catch(() => undefined);
      probing = false;
    }
  };

  watch(running);
  const timer = setInterval(() => void probe(), PROBE_EVERY_MS);
  timer.unref();

  return {
    current: () => running,
    async stop() {
      stopping = true;
      clearInterval(timer);
      // A restart under way finishes (and stops what it started) before the process may exit.
      await restarted;
      await running.stop();
    },
  };
}
