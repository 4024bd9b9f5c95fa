import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The integration suite, once per store: the same files must pass on SQLite and PostgreSQL. */
const integration = (name: string, store: 'sqlite' | 'postgres') => ({
  test: { name, root, include: ['tests/integration/**/*.test.ts'], env: { TDS_TEST_STORE: store }, testTimeout: 30_000, hookTimeout: 60_000 },
});

/**
 * The journeys in Chromium, once per store. One browser at a time: two Chromiums and their servers
 * would fight over 2 cores, so each store's journeys run in a group of their own, after the rest.
 */
const journeys = (name: string, store: 'sqlite' | 'postgres', groupOrder: number) => ({
  test: {
    name,
    root,
    include: ['tests/e2e/**/*.test.ts'],
    env: { TDS_TEST_STORE: store },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks' as const,
    poolOptions: { forks: { singleFork: true } },
    sequence: { groupOrder },
  },
});

/**
 * One config, six projects. `npm test` runs unit and integration-sqlite (no system packages
 * needed); `npm run test:all` runs them all after scripts/test-all.sh has provided PostgreSQL and
 * Chromium.
 */
export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['shared/src/**/*.test.ts', 'bot-server/src/**/*.test.ts', 'mini-app/src/**/*.test.ts'], environment: 'node' } },
      integration('integration-sqlite', 'sqlite'),
      integration('integration-pg', 'postgres'),
      journeys('e2e', 'sqlite', 1),
      journeys('e2e-pg', 'postgres', 2),
    ],
  },
});
