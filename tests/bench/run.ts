import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../server/database/embedded-postgres';
import { todayInVietnam } from '../../server/domain/dates';
import { signInActors } from './actors';
import { AnswerTargets } from './answer-targets';
import { Cleanup } from './cleanup';
import { counterMismatches } from './consistency';
import { readConfig } from './config';
import { buildBenchDatabase, type BuildReport } from './database';
import { floorRuns } from './floors';
import { createPeerSchema, startPeer } from './peer';
import { compareAnswers, peerQuestions } from './peer-questions';
import { checkTargets, errorCount, formatTable, writeResults, type ScenarioResult } from './report';
import { runPeer, runScenario } from './run-scenario';
import { buildScenarios } from './scenarios';
import { startBenchServer } from './server-child';

/** Past this, something hangs: clean up and give up rather than hold the machine. */
const TIME_LIMIT_MS = 15 * 60_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printBuild(build: BuildReport, totalMs: number): void {
  console.log(
    `Bench database built in ${seconds(totalMs)} (${Object.entries(build.stepsMs)
      .map(([step, ms]) => `${step} ${seconds(ms)}`)
      .join(', ')})`,
  );
  console.log(
    `Rows: ${Object.entries(build.rows)
      .map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
}

async function bench(cleanup: Cleanup): Promise<boolean> {
  const config = readConfig();
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'phuxanh-bench-'));
  cleanup.add('remove the temporary folder', () => rmSync(folder, { recursive: true, force: true }));
  // Under root PostgreSQL runs as its own account, which must reach the folder.
  chmodSync(folder, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), durable: false });
  cleanup.add('stop PostgreSQL', () => postgres.stop());
  const build = await buildBenchDatabase(postgres.url);
  printBuild(build, Date.now() - started);

  const server = await startBenchServer(build.url, config.profileDir);
  console.log(
    `Server: ${server.processes} process${server.processes > 1 ? 'es' : ''} sharing the port, as npm start runs on this machine (PHUXANH_WORKERS).`,
  );
  if (config.profileDir) console.log(`The server writes a CPU profile to ${config.profileDir} when it stops.`);
  cleanup.add('stop the server', () => server.stop());
  const client = new Client({ connectionString: build.url });
  await client.connect();
  cleanup.add('close the floor connection', () => client.end());
  const actors = await signInActors(client, server.url, config.officers);
  console.log(
    `Signed in ${actors.officers.length} commune officers, ${actors.overseers.length} province overseers, the national overseer and an API client.`,
  );

  const targets = new AnswerTargets(actors.officers);
  const scenarios = buildScenarios(actors, targets, floorRuns(actors, targets, todayInVietnam())).filter(
    ({ scenario }) => !config.only || config.only.includes(scenario.name),
  );

  await createPeerSchema(client);
  const peer = await startPeer(build.url, server.processes);
  cleanup.add('stop the peer', () => peer.stop());
  console.log(
    `Peer: PostGraphile ${peer.version} with @graphile/pg-aggregates, ${peer.processes} process${peer.processes > 1 ? 'es' : ''}, over the same database as the PostgreSQL SUPERUSER — it enforces no authorization (every request may read every row); the product checks every caller's. Each question is asked of the peer right after the product, at the same connections and duration.`,
  );
  const questions = peerQuestions(actors, todayInVietnam()).filter((q) =>
    scenarios.some(({ scenario }) => scenario.name === q.scenario),
  );
  const mismatches: string[] = [];
  for (const question of questions) {
    const mismatch = await compareAnswers(question, server.url, peer.url);
    if (mismatch) mismatches.push(`${question.scenario}: ${mismatch}`);
    console.log(`  ${question.scenario}: ${mismatch ? `MISMATCH, not timed — ${mismatch}` : 'same answers'}`);
  }
  const timedQuestions = questions.filter((q) => !mismatches.some((m) => m.startsWith(`${q.scenario}:`)));

  console.log(
    `Driving ${scenarios.length} scenarios, ${config.seconds} s each after ${config.warmupSeconds} s of warm-up:`,
  );
  const results: ScenarioResult[] = [];
  for (const item of scenarios) {
    const result = await runScenario(item, config, server, client);
    results.push(result);
    const question = timedQuestions.find((q) => q.scenario === item.scenario.name);
    if (question) await runPeer(question, result, config, peer.url);
  }

  const targetChecks = checkTargets(results, await counterMismatches(client));
  console.log(`\n${formatTable(results)}\n`);
  console.log(
    "latency: client side, over HTTP on 127.0.0.1; server p95: arrival to response in the server; CPU ms/req: server process CPU time per request over the load; SQL/req: mean over the load (min–max over requests sent one at a time), BEGIN/COMMIT included; floor: median of the hand-written SQL for the same answer; RSS MB: peak resident memory of the largest server process, from its start to the end of the load; peer: PostGraphile as the superuser (no authorization), same question, connections and duration right after; ÷ peer: product req/s over the peer's.\n",
  );
  for (const check of targetChecks)
    console.log(`${check.met ? 'met    ' : 'NOT met'}  ${check.target} (${check.measured})`);
  const path = writeResults({
    config: { ...config, serverProcesses: server.processes },
    build,
    peer: { name: 'PostGraphile', version: peer.version, processes: peer.processes, role: 'superuser', mismatches },
    results,
    targets: targetChecks,
  });
  console.log(`\nResults written to ${path}; whole run ${seconds(Date.now() - started)}.`);
  const invalid = results.filter((r) => errorCount(r) > 0);
  if (invalid.length)
    console.error(`INVALID: errors in ${invalid.map((r) => r.name).join(', ')}; a bench with errors measures nothing.`);
  for (const mismatch of mismatches)
    console.error(`INVALID: the product and the peer answered differently — ${mismatch}`);
  return invalid.length === 0 && mismatches.length === 0;
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  cleanup.exitOn(['SIGINT', 'SIGTERM'], TIME_LIMIT_MS);
  let valid = false;
  try {
    valid = await bench(cleanup);
  } catch (error) {
    console.error('The bench failed:', error);
  } finally {
    await cleanup.run();
  }
  process.exit(valid ? 0 : 1);
}

void main();
