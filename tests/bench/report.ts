import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../server/config';
import type { MeterReading } from '../../server/observability/request-meter';
import type { BuildReport } from './database';
import type { ServerReading } from './server-messages';
import type { Failures, LoadResult } from './load';
import { SCENARIO, type ScenarioName } from './scenario-names';
import { statementBound } from './statement-bound';
import { percentile } from './stats';

export interface ScenarioResult {
  name: ScenarioName;
  description: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  /** Arrival to response inside the server process. */
  serverMs: { p50: number; p95: number; p99: number };
  errors: { non2xx: number; transport: number; graphql: number };
  failures: string[];
  /** Mean over the timed load; min and max over requests sent one at a time. */
  sqlPerRequest: { mean: number; min: number; max: number };
  /** For a read: one statement per field returning objects, the most DataLoaders allow whatever the rows. */
  sqlBound: number | null;
  /** Server CPU time per request over the timed load. */
  cpuMsPerRequest: number;
  floorMs: number | null;
  p95OverFloor: number | null;
  /** Peak resident memory of the largest server process, from its start to the end of this load. */
  peakRssMb: number;
  /** The peer (PostGraphile) asked the same question right after, at the same connections and duration. */
  peer?: PeerResult;
}

export interface PeerResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
  failures: string[];
  /** Product ÷ peer requests per second. */
  productOverPeer: number;
}

/** The peer's timed load, beside the product's result for the same question. */
export function summarisePeer(load: LoadResult, productRequestsPerSecond: number): PeerResult {
  const requestsPerSecond = round(load.requests / load.seconds, 1);
  return {
    requestsPerSecond,
    latencyMs: spread(load.latenciesMs),
    errors: load.failures.non2xx + load.failures.graphql + load.transportErrors,
    failures: load.failures.examples,
    productOverPeer: round(productRequestsPerSecond / Math.max(requestsPerSecond, 0.1)),
  };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

const spread = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  p99: round(percentile(values, 99)),
});

/** The server's meter over the timed load, and over the sequential probe that attributes statements exactly. */
export interface ServerView {
  load: ServerReading;
  probe: MeterReading;
}

export function summarise(
  scenario: { name: ScenarioName; description: string; operation?: string },
  connections: number,
  load: LoadResult,
  probeFailures: Failures,
  server: ServerView,
  floorMs: number | null,
): ScenarioResult {
  const latencyMs = spread(load.latenciesMs);
  const probed = server.probe.samples.map((s) => s.statements);
  const { operation, ...named } = scenario;
  return {
    ...named,
    connections,
    seconds: round(load.seconds, 1),
    requests: load.requests,
    requestsPerSecond: round(load.requests / load.seconds, 1),
    latencyMs,
    serverMs: spread(server.load.samples.map((s) => s.serverMs)),
    errors: {
      non2xx: load.failures.non2xx + probeFailures.non2xx,
      transport: load.transportErrors,
      graphql: load.failures.graphql + probeFailures.graphql,
    },
    failures: [...load.failures.examples, ...probeFailures.examples],
    sqlPerRequest: {
      mean: round(server.load.statements / Math.max(1, server.load.samples.length), 1),
      min: Math.min(...probed),
      max: Math.max(...probed),
    },
    sqlBound: operation ? statementBound(operation) : null,
    cpuMsPerRequest: round(server.load.cpuMs / Math.max(1, server.load.samples.length)),
    floorMs: floorMs === null ? null : round(floorMs, 3),
    p95OverFloor: floorMs === null ? null : round(latencyMs.p95 / floorMs, 1),
    peakRssMb: Math.round(server.load.peakRssMb),
  };
}

export const errorCount = (r: ScenarioResult) =>
  r.errors.non2xx + r.errors.transport + r.errors.graphql + (r.peer?.errors ?? 0);

const COLUMNS: [string, (r: ScenarioResult) => string][] = [
  ['scenario', (r) => r.name],
  ['conns', (r) => String(r.connections)],
  ['req/s', (r) => r.requestsPerSecond.toFixed(1)],
  ['p50 ms', (r) => r.latencyMs.p50.toFixed(1)],
  ['p95 ms', (r) => r.latencyMs.p95.toFixed(1)],
  ['p99 ms', (r) => r.latencyMs.p99.toFixed(1)],
  ['server p95', (r) => r.serverMs.p95.toFixed(1)],
  ['errors', (r) => String(errorCount(r))],
  ['CPU ms/req', (r) => r.cpuMsPerRequest.toFixed(2)],
  ['SQL/req', (r) => `${r.sqlPerRequest.mean} (${r.sqlPerRequest.min}–${r.sqlPerRequest.max})`],
  ['floor ms', (r) => (r.floorMs === null ? '—' : r.floorMs.toFixed(2))],
  ['p95/floor', (r) => (r.p95OverFloor === null ? '—' : `${r.p95OverFloor}×`)],
  ['RSS MB', (r) => String(r.peakRssMb)],
  ['peer req/s', (r) => (r.peer ? r.peer.requestsPerSecond.toFixed(1) : '—')],
  ['peer p95', (r) => (r.peer ? r.peer.latencyMs.p95.toFixed(1) : '—')],
  ['÷ peer', (r) => (r.peer ? `${r.peer.productOverPeer}×` : '—')],
];

export function formatTable(results: ScenarioResult[]): string {
  const cells = [COLUMNS.map(([title]) => title), ...results.map((r) => COLUMNS.map(([, cell]) => cell(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export interface TargetCheck {
  target: string;
  met: boolean;
  measured: string;
}

/** Issue 6's and issue 15's targets, where the run measured them, and whether the writes kept the counters right. */
export function checkTargets(results: ScenarioResult[], counterMismatches: number): TargetCheck[] {
  const find = (name: ScenarioName) => results.find((r) => r.name === name);
  const checks: TargetCheck[] = [];
  for (const name of [SCENARIO.pendingWork, SCENARIO.provinceDashboard]) {
    const r = find(name);
    if (r?.p95OverFloor != null)
      checks.push({
        target: `${name}: p95 within 2× the SQL floor`,
        met: r.p95OverFloor <= 2,
        measured: `${r.p95OverFloor}×`,
      });
  }
  for (const name of [SCENARIO.heatMap, SCENARIO.criterionTable]) {
    const r = find(name);
    if (r)
      checks.push({
        target: `${name}: server p95 ≤ 50 ms`,
        met: r.serverMs.p95 <= 50,
        measured: `${r.serverMs.p95} ms`,
      });
  }
  const pending = find(SCENARIO.pendingWork);
  if (pending)
    checks.push({
      target: `${pending.name}: ≤ 2 ms of server CPU per request`,
      met: pending.cpuMsPerRequest <= 2,
      measured: `${pending.cpuMsPerRequest} ms`,
    });
  const answering = find(SCENARIO.answering);
  if (answering) {
    checks.push({
      target: `${answering.name}: ≤ 5 SQL statements per request, BEGIN and COMMIT included`,
      met: answering.sqlPerRequest.max <= 5,
      measured: `${answering.sqlPerRequest.min}–${answering.sqlPerRequest.max}`,
    });
    if (answering.p95OverFloor != null)
      checks.push({
        target: `${answering.name}: p95 within 3× the SQL floor`,
        met: answering.p95OverFloor <= 3,
        measured: `${answering.p95OverFloor}×`,
      });
  }
  const mixed = find(SCENARIO.mixed);
  if (mixed) {
    checks.push({
      target: 'mixed: at least 1,000 requests per second',
      met: mixed.requestsPerSecond >= 1000,
      measured: `${mixed.requestsPerSecond} req/s`,
    });
    checks.push({
      target: 'mixed: ≤ 300 MB resident memory per server process (peak of the largest)',
      met: mixed.peakRssMb <= 300,
      measured: `${mixed.peakRssMb} MB`,
    });
  }
  for (const r of results)
    if (r.peer)
      checks.push({
        target: `${r.name}: product ≥ 1.0× the peer's req/s (PostGraphile as superuser, no authorization)`,
        met: r.peer.productOverPeer >= 1,
        measured: `${r.peer.productOverPeer}×: ${r.requestsPerSecond} vs ${r.peer.requestsPerSecond} req/s`,
      });
  const officerPeer = find(SCENARIO.unitAssessments)?.peer;
  if (mixed && officerPeer)
    checks.push({
      target: `mixed (${mixed.connections} connections): at least the peer's req/s on the officer question`,
      met: mixed.requestsPerSecond >= officerPeer.requestsPerSecond,
      measured: `${mixed.requestsPerSecond} vs ${officerPeer.requestsPerSecond} req/s`,
    });
  for (const r of results.filter((x) => x.name !== SCENARIO.mixed)) {
    const { min, max } = r.sqlPerRequest;
    // A read may skip a level when a list comes back empty, so its count varies below the bound; a write's is fixed.
    checks.push(
      r.sqlBound === null
        ? {
            target: `${r.name}: SQL statements per request the same whatever the rows`,
            met: min === max,
            measured: `${min}–${max}`,
          }
        : {
            target: `${r.name}: SQL statements per request bounded by the query (≤ ${r.sqlBound}, one per field returning objects), not by the rows`,
            met: max <= r.sqlBound,
            measured: `${min}–${max}`,
          },
    );
  }
  checks.push({
    target: 'unit_progress and criterion_progress counters agree with the assessments after the run',
    met: counterMismatches === 0,
    measured: `${counterMismatches} rows differ`,
  });
  return checks;
}

/** Writes the run to bench-results/<timestamp>.json (gitignored) and returns the path. */
export function writeResults(content: {
  config: unknown;
  build: BuildReport;
  peer: unknown;
  results: ScenarioResult[];
  targets: TargetCheck[];
}): string {
  const folder = join(projectRoot, 'bench-results');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const { url: _url, ...build } = content.build;
  writeFileSync(path, `${JSON.stringify({ ...content, build, node: process.version }, null, 2)}\n`);
  return path;
}
