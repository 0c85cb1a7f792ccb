import type { Client } from 'pg';
import type { BenchConfig } from './config';
import { measureFloor } from './floors';
import { drive, probe } from './load';
import type { PeerQuestion } from './peer-questions';
import { errorCount, summarise, summarisePeer, type ScenarioResult } from './report';
import type { ScenarioWithFloor } from './scenarios';
import type { BenchServer } from './server-child';

const NOTHING = JSON.stringify({ query: '{ __typename }' });

/** Requests sent one at a time after each load, so each SQL statement is attributed to its request. */
const PROBE_REQUESTS = 40;

/** Warm-up, floor, timed load, then a sequential probe; prints one progress line. */
export async function runScenario(
  item: ScenarioWithFloor,
  config: BenchConfig,
  server: BenchServer,
  client: Client,
): Promise<ScenarioResult> {
  const { scenario, floor, saturating } = item;
  const connections = saturating ? config.mixedConnections : config.connections;
  await drive(server.url, connections, config.warmupSeconds, scenario.next);
  // Measured between the warm-up and the load, with caches as warm and the server idle.
  const floorMs = floor ? await measureFloor(client, floor, config.floorRuns) : null;
  await server.readMeter();
  const load = await drive(server.url, connections, config.seconds, scenario.next);
  const loadReading = await server.readMeter();
  // Each token first asks nothing, unmetered: its session is then known to the server process
  // (requests sent one at a time share one kept-alive connection, so one process) and its
  // once-a-minute last-used stamp done, statements that do not belong to the question.
  const probed = Array.from({ length: PROBE_REQUESTS }, scenario.next);
  await probe(
    server.url,
    probed.map(({ token }) => ({ token, body: NOTHING })),
  );
  await server.readMeter();
  const probeFailures = await probe(server.url, probed);
  const result = summarise(
    scenario,
    connections,
    load,
    probeFailures,
    { load: loadReading, probe: await server.readMeter() },
    floorMs,
  );
  console.log(
    `  ${scenario.name}: ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms, ${errorCount(result)} errors — ${scenario.description}`,
  );
  for (const failure of result.failures) console.log(`    ${failure}`);
  return result;
}

/**
 * Right after the product's run of a question: the same warm-up and timed load on the peer,
 * same connections and duration, with the peer's wording of the same requests.
 */
export async function runPeer(
  question: PeerQuestion,
  product: ScenarioResult,
  config: BenchConfig,
  peerUrl: string,
): Promise<void> {
  const next = () => question.next().peer;
  await drive(peerUrl, product.connections, config.warmupSeconds, next);
  const peer = summarisePeer(
    await drive(peerUrl, product.connections, config.seconds, next),
    product.requestsPerSecond,
  );
  product.peer = peer;
  console.log(
    `    peer: ${peer.requestsPerSecond} req/s, p95 ${peer.latencyMs.p95} ms, ${peer.errors} errors — product ÷ peer ${peer.productOverPeer}×`,
  );
  for (const failure of peer.failures) console.log(`    peer: ${failure}`);
}
