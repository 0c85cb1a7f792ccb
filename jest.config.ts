import type { Config } from 'jest';

const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '@swc/jest' },
  setupFiles: ['reflect-metadata'],
};

/**
 * Two projects: `unit` (tests/unit) needs no database and starts none, so `npm run test:unit`
 * takes seconds; `database` is every other test, against the PostgreSQL its globalSetup starts
 * (Jest runs a project's globalSetup only when one of its files is selected).
 */
const config: Config = {
  testTimeout: 60_000,
  // Each worker copies the demo database and runs a server; two fit this 2-core machine.
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    {
      ...shared,
      displayName: 'database',
      roots: ['<rootDir>/tests'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/unit/'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};

export default config;
