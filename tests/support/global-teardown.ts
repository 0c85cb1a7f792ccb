import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestGlobals } from './test-globals';

export default async function globalTeardown(): Promise<void> {
  const postgres = (globalThis as TestGlobals).__PHUXANH_POSTGRES__;
  if (!postgres) return;
  await postgres.stop();
  rmSync(dirname(postgres.dataDir), { recursive: true, force: true });
}
