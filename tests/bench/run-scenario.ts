import type { Client } from 'pg';
import type { BenchConfig } from './config';
import { measureFloor } from './floors';
import { drive, probe } from './load';
import { errorCount, summarise, type ScenarioResult } from './report';
import type { ScenarioWithFloor } from './scenarios';
import type { BenchServer } from './server-child';

/** Requests sent one at a time after each load, so each SQL statement is attributed to its request. */
const PROBE_REQUESTS = 40;

/** Warm-up, floor, timed load, then a sequential probe; prints one progress line. */
export async function runScenario(item: ScenarioWithFloor, config: BenchConfig, server: BenchServer, client: Client): Promise<ScenarioResult> {
  const { scenario, floor, saturating } = item;
  const connections = saturating ? config.mixedConnections : config.connections;
  await drive(server.url, connections, config.warmupSeconds, scenario.next);
  // Measured between the warm-up and the load, with caches as warm and the server idle.
  const floorMs = floor ? await measureFloor(client, floor, config.floorRuns) : null;
  await server.readMeter();
  const load = await drive(server.url, connections, config.seconds, scenario.next);
  const loadReading = await server.readMeter();
  const probeFailures = await probe(server.url, PROBE_REQUESTS, scenario.next);
  const result = summarise(scenario, connections, load, probeFailures, { load: loadReading, probe: await server.readMeter() }, floorMs);
  console.log(`  ${scenario.name}: ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms, ${errorCount(result)} errors — ${scenario.description}`);
  for (const failure of result.failures) console.log(`    ${failure}`);
  return result;
}

