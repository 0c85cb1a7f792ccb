import { join } from 'node:path';
import { projectRoot } from '../../server/config';

/** Bench settings, from the environment so runs can be shortened or widened without editing code. */
function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}".`);
  return value;
}

export interface BenchConfig {
  /** Measured seconds per scenario. */
  seconds: number;
  /** Unmeasured seconds before each scenario, so JIT and caches are warm. */
  warmupSeconds: number;
  /** Concurrent connections of the single-role scenarios: low, so latency is compared with the floor without queueing. */
  connections: number;
  /** Concurrent connections of the mixed scenario: enough to saturate the server and show its throughput. */
  mixedConnections: number;
  /** Commune officers signed in and driven (half in Bắc Ninh's own drive, half nationwide in phase 2). */
  officers: number;
  /** Runs of each hand-written floor query; the median is kept. */
  floorRuns: number;
  /** Only these scenarios, when given (comma-separated names). */
  only: string[] | undefined;
  /** With BENCH_PROFILE=1: where the server writes a V8 CPU profile when it stops, to see where its time goes. */
  profileDir: string | undefined;
}

export function readConfig(): BenchConfig {
  return {
    seconds: positiveInteger('BENCH_SECONDS', 15),
    warmupSeconds: positiveInteger('BENCH_WARMUP_SECONDS', 2),
    connections: positiveInteger('BENCH_CONNECTIONS', 2),
    mixedConnections: positiveInteger('BENCH_MIXED_CONNECTIONS', 32),
    officers: positiveInteger('BENCH_OFFICERS', 200),
    floorRuns: positiveInteger('BENCH_FLOOR_RUNS', 30),
    only: process.env.BENCH_SCENARIOS ? process.env.BENCH_SCENARIOS.split(',').map((s) => s.trim()) : undefined,
    profileDir: process.env.BENCH_PROFILE === '1' ? join(projectRoot, 'bench-results', 'profiles') : undefined,
  };
}
