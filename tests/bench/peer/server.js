'use strict';
/**
 * The bench's peer: PostGraphile 4 as a library (its `postgraphile()` middleware on a plain node
 * http server) over the bench database. Plain JavaScript with its own node_modules, since
 * PostGraphile 4 needs graphql 15 and the product graphql 16 (see package.json).
 *
 * As many processes as the product runs share one port (node:cluster), so the two are compared
 * with the same cores. Started by ../peer.ts with BENCH_DATABASE_URL (the superuser's),
 * BENCH_PEER_SCHEMAS and BENCH_PEER_PROCESSES; tells it the port over IPC.
 */
const cluster = require('node:cluster');
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const PgAggregatesPlugin = require('@graphile/pg-aggregates').default;

function runWorker() {
  const middleware = postgraphile(process.env.BENCH_DATABASE_URL, process.env.BENCH_PEER_SCHEMAS.split(','), {
    appendPlugins: [PgAggregatesPlugin],
    graphqlRoute: '/graphql',
    graphiql: false,
    disableQueryLog: true,
    watchPg: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    disableDefaultMutations: true,
    retryOnInitFail: false,
  });
  const server = http.createServer(middleware);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ type: 'worker-listening', port: server.address().port }));
  // The primary going away (the bench stopped or died) ends the worker too.
  process.on('disconnect', () => process.exit(0));
}

function runPrimary() {
  const count = Number(process.env.BENCH_PEER_PROCESSES) || 1;
  let listening = 0;
  cluster.on('message', (_worker, message) => {
    if (message.type !== 'worker-listening') return;
    listening++;
    if (listening === count) process.send({ type: 'listening', port: message.port, processes: count });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      console.error(`A peer process exited (code ${code}, signal ${signal}).`);
      process.exit(1);
    }
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.kill('SIGTERM');
    process.exit(0);
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < count; i++) cluster.fork();
}

if (cluster.isPrimary) runPrimary();
else runWorker();
