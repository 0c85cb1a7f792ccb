import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { replicaUrls, workerCount } from './config';
import { connectOrm, openDatabase } from './database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { ensureDemoData } from './demo/load-demo';
import { openDueRounds } from './report/rounds';
import { EXPLORER_PATH } from './explorer/explorer.routes';
import { createApp } from './graphql/server';
import { exitWithPrimary, reportListening, startWorkers } from './workers';

const log = (line: string) => console.log(line);
const port = Number(process.env.PORT ?? 4000);

/** Serves API and client on the port from this process; resolves once it listens. */
async function serve(orm: MikroORM): Promise<{ stop(): Promise<void> }> {
  const { app, apollo } = await createApp(orm);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, () => resolve(listening));
    listening.once('error', reject);
  });
  return {
    async stop() {
      server.close();
      // Idle keep-alive connections would otherwise hold the server open until they time out.
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

function printWelcome(processes: number): void {
  // One write, so whoever watches the output sees the address and the accounts together.
  log(
    [
      '',
      `Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((account) => {
        const scope = [account.provinceCode, account.communeName, account.bloc].filter(Boolean).join(', ');
        return `  ${account.username.padEnd(18)} ${account.role}${scope ? ` (${scope})` : ''}`;
      }),
      `Phủ Xanh đang chạy tại http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql, trình khám phá API: http://localhost:${port}${EXPLORER_PATH})` +
        (processes > 1 ? `, ${processes} tiến trình phục vụ` : ''),
    ].join('\n'),
  );
}

function onStopSignal(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const once = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGINT', () => once('SIGINT'));
  process.on('SIGTERM', () => once('SIGTERM'));
}

/** Prepares the database once (embedded server, migrations, demo data), then serves or starts the workers. */
async function runPrimary(): Promise<void> {
  const database = await openDatabase(process.env.DATABASE_URL, log, replicaUrls());
  await ensureDemoData(database.orm.em.fork(), log);
  // No job queue yet: the rounds whose period has begun are opened once at every start (idempotent).
  await openDueRounds(database.orm.em.fork());
  const processes = workerCount();
  const serving =
    processes > 1 ? await startWorkers(processes, { DATABASE_URL: database.url }, log) : await serve(database.orm);
  printWelcome(processes);
  onStopSignal(async (signal) => {
    log(`Nhận tín hiệu ${signal}, đang dừng…`);
    await serving.stop();
    await database.close();
    process.exit(0);
  });
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
  console.error('Không khởi động được Phủ Xanh:', error);
  process.exit(1);
});
