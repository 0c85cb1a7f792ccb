import 'reflect-metadata';
import type { Server } from 'node:http';
import { replicaUrls } from './config';
import { openDatabase } from './database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { ensureDemoData } from './demo/load-demo';
import { EXPLORER_PATH } from './explorer/explorer.routes';
import { createApp } from './graphql/server';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const database = await openDatabase(process.env.DATABASE_URL, log, replicaUrls());
  await ensureDemoData(database.orm.em.fork(), log);
  const { app, apollo } = await createApp(database.orm);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, () => resolve(listening));
    listening.once('error', reject);
  });

  // One write, so whoever watches the output sees the address and the accounts together.
  log(
    [
      '',
      `Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((account) => {
        const scope = [account.provinceCode, account.communeName, account.bloc].filter(Boolean).join(', ');
        return `  ${account.username.padEnd(18)} ${account.role}${scope ? ` (${scope})` : ''}`;
      }),
      `Phủ Xanh đang chạy tại http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql, trình khám phá API: http://localhost:${port}${EXPLORER_PATH})`,
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`Nhận tín hiệu ${signal}, đang dừng…`);
    server.close();
    // Idle keep-alive connections would otherwise hold the server open until they time out.
    server.closeAllConnections();
    await apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error('Không khởi động được Phủ Xanh:', error);
  process.exit(1);
});
