import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../server/database/embedded-postgres';
import type { TestGlobals } from './test-globals';

/**
 * Starts one throwaway PostgreSQL for the whole run and loads the national demo data once
 * into a template database; every test file then gets its own copy (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'phuxanh-test-'));
  // Under root the server runs as the postgres account, which must reach the folder.
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'postgres');
  const postgres = await startEmbeddedPostgres({ dataDir, durable: false });
  (globalThis as TestGlobals).__PHUXANH_POSTGRES__ = { stop: postgres.stop, dataDir };
  try {
    execFileSync(process.execPath, ['-r', 'ts-node/register', join(__dirname, 'prepare-template.ts'), postgres.url], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, TS_NODE_SWC: 'true', TS_NODE_TRANSPILE_ONLY: 'true' },
    });
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  process.env.PHUXANH_TEST_SERVER_URL = postgres.url;
  // Test servers share two cores with whole suites: the rate limit and the statement timeout
  // and the request deadline would refuse work that is only slow here. tests/api/operational-limits.test.ts
  // and tests/api/security.test.ts set them.
  process.env.PHUXANH_RATE_LIMIT_PER_MINUTE ??= '0';
  process.env.PHUXANH_STATEMENT_TIMEOUT_MS ??= '0';
  process.env.PHUXANH_REQUEST_DEADLINE_MS ??= '0';
  console.log(`\nTest PostgreSQL ready with the national demo data in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
