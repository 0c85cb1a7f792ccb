import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { jobsEnabled, replicaUrls, smtpUrl, workerCount } from './config';
import { connectOrm, openDatabase } from './database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { ensureDemoData } from './demo/load-demo';
import { installQueue, startJobRunner } from './notification/queue';
import { notifyRoundsOpened } from './notification/round-opened';
import { openDueRounds } from './report/rounds';
import { EXPLORER_PATH } from './explorer/explorer.routes';
import { createApp } from './graphql/server';
import { logger, logLine as log } from './observability/logger';
import { serveClusterMetrics } from './observability/metrics';
import { drain, trackRequests } from './observability/shutdown';
import { startupFailureLine } from './startup-error';
import { exitWithPrimary, reportListening, startWorkers } from './workers';

const port = Number(process.env.PORT ?? 4000);

/** Serves API and client on the port from this process; resolves once it listens. */
async function serve(orm: MikroORM): Promise<{ stop(): Promise<void> }> {
  const { app, apollo } = await createApp(orm);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, () => resolve(listening));
    listening.once('error', reject);
  });
  const inFlight = trackRequests(server);
  return {
    async stop() {
      await drain(server, inFlight);
      await apollo.stop();
    },
  };
}

/** One clear line on stderr, then exit: what `npm start` shows when it cannot go on. */
function exitWith(line: string, error?: unknown): never {
  if (error) logger.debug({ err: error }, 'start-up failure');
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function printWelcome(processes: number): void {
  // Plain lines, not log records: people (and tests/start) read the address and the accounts; one write keeps them together.
  process.stdout.write(
    [
      '',
      `Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((account) => {
        const scope = [account.provinceCode, account.communeName, account.bloc].filter(Boolean).join(', ');
        return `  ${account.username.padEnd(18)} ${account.role}${scope ? ` (${scope})` : ''}`;
      }),
      `Phủ Xanh đang chạy tại http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql, trình khám phá API: http://localhost:${port}${EXPLORER_PATH})` +
        (processes > 1 ? `, ${processes} tiến trình phục vụ` : ''),
      '',
    ].join('\n'),
  );
}

/** Set by the first SIGINT/SIGTERM: a start-up step failing after it is the stop at work, not a failure to report. */
let stopRequested = false;

function onStopSignal(stop: (signal: string) => Promise<void>): void {
  const once = (signal: string) => {
    if (stopRequested) return;
    stopRequested = true;
    void stop(signal);
  };
  process.on('SIGINT', () => once('SIGINT'));
  process.on('SIGTERM', () => once('SIGTERM'));
}

/** Prepares the database once (embedded server, migrations, demo data), then serves or starts the workers. */
async function runPrimary(): Promise<void> {
  const database = await openDatabase(
    process.env.DATABASE_URL,
    { log, retry: (reason) => logger.debug(reason), giveUp: exitWith },
    replicaUrls(),
  );
  const started: { serving?: { stop(): Promise<void> }; jobs?: { stop(): Promise<void> } } = {};
  // From here on, a stop (even during the demo load) closes the embedded database rather than orphaning it.
  onStopSignal(async (signal) => {
    log(`Nhận tín hiệu ${signal}, đang dừng…`);
    await started.serving?.stop();
    await started.jobs?.stop();
    await database.close();
    process.exit(0);
  });
  if ((await ensureDemoData(database.orm.em.fork(), log)) && database.embedded)
    // The load wrote hundreds of MB of WAL: a checkpoint now keeps the replay after a crash or a forced restart (the watchdog's) to a moment.
    await database.orm.em.getConnection().execute('checkpoint');
  // The rounds whose period has begun are opened once at every start (idempotent), each told of in its opening's transaction.
  await database.orm.em.fork().transactional(async (tx) => notifyRoundsOpened(tx, await openDueRounds(tx)));
  // Requests queue e-mails with graphile_worker.add_job: its schema must exist before any serves.
  if (smtpUrl()) await installQueue(database.url);
  // One job runner per machine, in the primary; runners on several machines share the queue.
  if (jobsEnabled()) started.jobs = await startJobRunner(database.orm, database.url);
  const processes = workerCount();
  if (processes > 1) serveClusterMetrics();
  started.serving =
    processes > 1 ? await startWorkers(processes, { DATABASE_URL: database.url }, log) : await serve(database.orm);
  printWelcome(processes);
}

/** A worker: the database is ready (the primary prepared it); it serves until told to stop. */
async function runWorker(): Promise<void> {
  exitWithPrimary();
  const orm = await connectOrm(process.env.DATABASE_URL!, replicaUrls());
  const serving = await serve(orm);
  reportListening();
  onStopSignal(async () => {
    await serving.stop();
    await orm.close(true);
    process.exit(0);
  });
}

(cluster.isWorker ? runWorker() : runPrimary()).catch((error) => {
  if (!stopRequested) exitWith(startupFailureLine(error, port), error);
});
