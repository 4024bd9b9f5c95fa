import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * One config, four projects. `npm test` runs the first two (no system packages needed);
 * `npm run test:all` runs all four after scripts/test-all.sh has provided PostgreSQL and Chromium.
 */
export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['shared/src/**/*.test.ts', 'bot-server/src/**/*.test.ts', 'mini-app/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration-sqlite',
          root,
          include: ['tests/integration/**/*.test.ts'],
          env: { TDS_TEST_STORE: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration-pg',
          root,
          include: ['tests/integration/**/*.test.ts'],
          env: { TDS_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: two Chromiums and their servers would fight over 2 cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
