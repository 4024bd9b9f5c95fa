import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type StoreKind = 'sqlite' | 'postgres';

/** Which engine this vitest project runs against (set per project in tests/vitest.config.ts). */
export const storeKind: StoreKind = process.env.TDS_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * Whether the engine is there. Under CI=true a missing PostgreSQL is an error, never a silent skip:
 * a green run must mean the suite ran on both engines.
 */
export function storeAvailable(): boolean {
  if (storeKind === 'sqlite' || process.env.TDS_TEST_DATABASE_URL) return true;
  if (process.env.CI === 'true') {
    throw new Error('TDS_TEST_DATABASE_URL chưa đặt: bộ kiểm thử PostgreSQL không chạy được trong CI (chạy qua `npm run test:all`)');
  }
  console.warn('[tests] PostgreSQL suite skipped: set TDS_TEST_DATABASE_URL or run `npm run test:all`');
  return false;
}

export interface TestDatabase {
  url: string;
  /** A scratch folder for SQLite files, uploads and secrets. */
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, empty database per test file: a SQLite file, or a new PostgreSQL database on the test cluster. */
export async function createTestDatabase(kind: StoreKind = storeKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tds-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    return { url: join(dataDir, 'store.sqlite'), dataDir, drop: async () => removeDir() };
  }
  const adminUrl = process.env.TDS_TEST_DATABASE_URL!;
  const name = `tds_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      removeDir();
    },
  };
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
