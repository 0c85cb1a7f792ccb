import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { openOrm } from '../../server/database/database';
import { createApp } from '../../server/graphql/server';
import { RequestMeter } from '../../server/observability/request-meter';
import type { FromServer, ToServer } from './server-messages';

/** Longer than the pause between two statements of one request, short enough not to slow the bench. */
const QUIET_MS = 100;

/**
 * The server under test, in its own process so that the load generator does not share its
 * event loop. Started by the bench with an IPC channel: it reports its port, hands over what
 * its request meter recorded when asked, and exits when the bench goes away.
 */
async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url || !process.send) throw new Error('Start this through the bench: it needs BENCH_DATABASE_URL and an IPC channel.');
  const send = (message: FromServer) => process.send!(message);
  const orm = await openOrm(url);
  const meter = new RequestMeter(orm);
  const { app } = await createApp(orm);
  const metered = express();
  metered.disable('x-powered-by');
  metered.use('/graphql', meter.handler());
  metered.use(app);
  const http = metered.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));

  // No apollo.stop(): the process exits right after and Apollo has nothing to flush, and in
  // @apollo/server 5.5.1 a stop() racing Apollo's own signal handler (on unless the server sets
  // stopOnTerminationSignals: false) waits forever, which once left a bench hanging at its end.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    http.close();
    await orm.close();
    process.exit(0);
  };
  // Read only once the work of every request has ended (aborted ones included), so none of its statements land in the next window.
  const readWhenIdle = () => (meter.quietFor(QUIET_MS) ? send({ type: 'meter', reading: meter.read() }) : setTimeout(readWhenIdle, 10));
  process.on('message', (message: ToServer) => {
    if (message.type === 'read-meter') readWhenIdle();
  });
  process.on('disconnect', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  send({ type: 'listening', port: (http.address() as AddressInfo).port });
}

main().catch((error) => {
  console.error('The bench server failed to start:', error);
  process.exit(1);
});
