import { migrationProvider } from '@tds/bot-server/store/migrations/index';
import { openStore } from '@tds/bot-server/store/open-store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

describe.runIf(storeAvailable())(`store and migrations (${storeKind})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('migrates an empty database, and a second start changes nothing', async () => {
    const first = await openStore(database.url);
    expect(first.capabilities.dialect).toBe(storeKind);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first.db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
    await first.db.insertInto('units').values({ id: 'u1', kind: 'school', name: 'Trường Thử', parent_id: null, path: '/u1/', created_at: new Date().toISOString() }).execute();
    await first.close();

    const second = await openStore(database.url);
    const again = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(second.db);
    expect(again.rows).toEqual(applied.rows);
    expect(await second.db.selectFrom('units').select('name').execute()).toEqual([{ name: 'Trường Thử' }]);
    await second.close();
  });

  it('enforces uniqueness the product relies on (one Zalo id, one phone per person)', async () => {
    const store = await openStore(database.url);
    const now = new Date().toISOString();
    const person = (id: string, phone: string, zalo: string) => ({
      id, unit_id: 'u1', full_name: 'Người Thử', phone, role: 'teacher', title: null, zalo_user_id: zalo, bot_user_id: null, bot_chat_id: null, active: 1, created_at: now, updated_at: now,
    });
    await store.db.insertInto('people').values(person('p1', '0912000001', '1000000000000000001')).execute();
    await expect(store.db.insertInto('people').values(person('p2', '0912000001', '1000000000000000002')).execute()).rejects.toThrow();
    await expect(store.db.insertInto('people').values(person('p3', '0912000003', '1000000000000000001')).execute()).rejects.toThrow();
    await store.close();
  });

  if (storeKind === 'sqlite') {
    it('runs SQLite in WAL mode with full fsync on commit', async () => {
      const store = await openStore(database.url);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(sync.rows[0]?.synchronous).toBe(2);
      await store.close();
    });
  }

  if (storeKind === 'postgres') {
    it('keeps serving when PostgreSQL ends its idle connections (restart, failover)', async () => {
      const lost: Error[] = [];
      const store = await openStore(database.url, { onConnectionLost: (error) => lost.push(error) });
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(store.db)));
      const name = new URL(database.url).pathname.slice(1);
      const admin = await openStore(process.env.TDS_TEST_DATABASE_URL!);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`.execute(admin.db);
      await admin.close();
      // Each of the three idle connections hears its end on its own; the pool drops each as it does.
      await expect.poll(() => lost.length).toBe(3);
      expect((await sql<{ one: number }>`select 1 as one`.execute(store.db)).rows[0]?.one).toBe(1);
      await store.close();
    });
  }
});
