import 'reflect-metadata';
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { workerCount } from '../../server/config';
import { connectOrm } from '../../server/database/database';
import { createApp } from '../../server/graphql/server';
import { RequestMeter } from '../../server/observability/request-meter';
import { exitWithPrimary, reportListening, startWorkers } from '../../server/workers';
import type { FromServer, ServerReading, ToServer } from './server-messages';

/** Longer than the pause between two statements of one request, short enough not to slow the bench. */
const QUIET_MS = 100;

/** A worker's answer to the primary's request for its meter. */
type WorkerMeter = { type: 'worker-meter'; reading: ServerReading };

function benchDatabaseUrl(): string {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('Start this through the bench: it needs BENCH_DATABASE_URL and an IPC channel.');
  return url;
}

/** One server process as `npm start` runs it, with a request meter in front. */
async function runWorker(): Promise<void> {
  exitWithPrimary();
  const orm = await connectOrm(benchDatabaseUrl());
  const meter = new RequestMeter(orm);
  const { app } = await createApp(orm);
  const metered = express();
  metered.disable('x-powered-by');
  metered.use('/graphql', meter.handler());
  metered.use(app);
  const http = metered.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  // Read only once the work of every request has ended (aborted ones included), so none of its statements land in the next window.
  const readWhenIdle = () =>
    meter.quietFor(QUIET_MS)
      ? process.send!({
          type: 'worker-meter',
          // maxRSS is in kilobytes.
          reading: { ...meter.read(), peakRssMb: process.resourceUsage().maxRSS / 1024 },
        } satisfies WorkerMeter)
      : setTimeout(readWhenIdle, 10);
  process.on('message', (message: ToServer) => {
    if (message.type === 'read-meter') readWhenIdle();
  });
  // No apollo.stop(): the process exits right after and Apollo has nothing to flush.
  process.on('SIGTERM', () => void orm.close().then(() => process.exit(0)));
  reportListening();
}

/**
 * The server under test, in processes of their own so that the load generator does not share
 * their event loops: this primary starts as many workers as `npm start` would, reports the
 * shared port to the bench, merges the workers' meters when asked, and stops them when the
 * bench goes away.
 */
async function runPrimary(): Promise<void> {
  benchDatabaseUrl();
  if (!process.send) throw new Error('Start this through the bench: it needs an IPC channel.');
  const send = (message: FromServer) => process.send!(message);
  let port = 0;
  cluster.once('listening', (_worker, address: AddressInfo) => (port = address.port));
  const workers = await startWorkers(workerCount(), {}, (line) => console.error(line));

  const readMeters = () =>
    Promise.all(
      workers.all().map(
        (worker) =>
          new Promise<ServerReading>((resolve) => {
            const onMessage = (message: WorkerMeter) => {
              if (message.type !== 'worker-meter') return;
              worker.off('message', onMessage);
              resolve(message.reading);
            };
            worker.on('message', onMessage);
            worker.send({ type: 'read-meter' } satisfies ToServer);
          }),
      ),
    );
  process.on('message', (message: ToServer) => {
    if (message.type !== 'read-meter') return;
    void readMeters().then((readings) =>
      send({
        type: 'meter',
        reading: {
          samples: readings.flatMap((r) => r.samples),
          statements: readings.reduce((sum, r) => sum + r.statements, 0),
          cpuMs: readings.reduce((sum, r) => sum + r.cpuMs, 0),
          peakRssMb: Math.max(...readings.map((r) => r.peakRssMb)),
        },
      }),
    );
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await workers.stop();
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  send({ type: 'listening', port, processes: workers.all().length });
}

(cluster.isWorker ? runWorker() : runPrimary()).catch((error) => {
  console.error('The bench server failed to start:', error);
  process.exit(1);
});
