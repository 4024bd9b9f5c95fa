import { migrationProvider } from '@tds/bot-server/store/migrations/index';
import { openStore, type Store } from '@tds/bot-server/store/open-store';
import type { Database } from '@tds/bot-server/store/schema';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

/**
 * A database migrated up to `migration` and seeded by `seed` with rows as that schema had them,
 * then opened as today's store (running the later migrations) for `check`.
 */
async function afterMigrating<DB>(migration: string, seed: (db: Kysely<DB>) => Promise<void>, check: (store: Store) => Promise<void>): Promise<void> {
  const older = await createTestDatabase();
  try {
    const db = new Kysely<DB>({ dialect: storeKind === 'postgres' ? new PostgresDialect({ pool: new pg.Pool({ connectionString: older.url }) }) : new SqliteDialect({ database: new SqliteDatabase(older.url) }) });
    expect((await new Migrator({ db, provider: migrationProvider }).migrateTo(migration)).error).toBeUndefined();
    await seed(db);
    await db.destroy();
    const store = await openStore(older.url);
    try {
      await check(store);
    } finally {
      await store.close();
    }
  } finally {
    await older.drop();
  }
}

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

  it('drops the announcements’ own idempotency column keeping every announcement, recipient and foreign key (0022)', async () => {
    const at = new Date().toISOString();
    await afterMigrating<unknown>(
      '0008-awards',
      async (db) => {
        // Raw SQL: today's row types no longer know `idempotency_key`.
        await sql`insert into units (id, kind, name, parent_id, path, created_at) values ('u1', 'school', 'Trường Thử', null, '/u1/', ${at})`.execute(db);
        await sql`insert into people (id, unit_id, full_name, role, active, created_at, updated_at) values ('p1', 'u1', 'Người Thử', 'principal', 1, ${at}, ${at})`.execute(db);
        await sql`insert into announcements (id, author_person_id, unit_id, text, audience, send_at, idempotency_key, created_at) values ('a1', 'p1', 'u1', 'Thông báo cũ', '{}', ${at}, 'key-12345', ${at})`.execute(db);
        await sql`insert into announcement_recipients (announcement_id, person_id, unit_id) values ('a1', 'p1', 'u1')`.execute(db);
      },
      async (store) => {
        expect(await store.db.selectFrom('announcements').select(['id', 'text', 'requires_ack', 'urgent']).execute()).toEqual([{ id: 'a1', text: 'Thông báo cũ', requires_ack: 0, urgent: 0 }]);
        expect(await store.db.selectFrom('announcement_recipients').select('announcement_id').execute()).toEqual([{ announcement_id: 'a1' }]);
        const columns = await sql<{ name: string }>`${sql.raw(storeKind === 'postgres' ? "select column_name as name from information_schema.columns where table_name = 'announcements'" : "select name from pragma_table_info('announcements')")}`.execute(store.db);
        expect(columns.rows.map((row) => row.name)).not.toContain('idempotency_key');
        await expect(store.db.insertInto('announcement_recipients').values({ announcement_id: 'missing', person_id: 'p1', unit_id: 'u1', read_at: null }).execute()).rejects.toThrow();
      },
    );
  });

  it('keeps the newest of two current answers and recounts their round, then allows only one (0032)', async () => {
    const at = (minute: number) => `2026-05-25T01:0${minute}:00.000Z`;
    const answer = (id: string, value: string, minute: number) => ({ id, question_id: 'q1', occurrence: 'once', person_id: 'p1', value, raw_text: value, channel: 'bot', received_at: at(minute), current: 1 });
    await afterMigrating<Database>(
      '0031-redundant-indexes',
      async (db) => {
        await db.insertInto('units').values({ id: 'u1', kind: 'school', name: 'Trường Thử', parent_id: null, path: '/u1/', created_at: at(0) }).execute();
        await db.insertInto('people').values({ id: 'p1', unit_id: 'u1', full_name: 'Người Thử', role: 'teacher', title: null, phone: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: at(0), updated_at: at(0) }).execute();
        await db
          .insertInto('progress_questions')
          .values({ id: 'q1', author_person_id: 'p1', unit_id: 'u1', text: 'Đã cập nhật sổ điểm chưa?', answer_type: 'yes_no', choices: '[]', audience_roles: '["teacher"]', schedule: '{"kind":"once","at":"2026-05-25T08:00"}', open_days: 2, active: 1, created_at: at(0) })
          .execute();
        await db.insertInto('question_asks').values({ question_id: 'q1', occurrence: 'once', person_id: 'p1', asked_at: at(0), closes_at: '2026-05-27T01:00:00.000Z' }).execute();
        // What the race left behind: two current first answers, both counted.
        await db.insertInto('progress_answers').values([answer('a-old', '"yes"', 1), answer('a-new', '"no"', 2)]).execute();
        await db.insertInto('question_tallies').values({ question_id: 'q1', occurrence: 'once', asked: 1, answered: 2, late: 0, last_asked_at: at(0), fanned_out_at: at(0) }).execute();
      },
      async (store) => {
        expect(await store.db.selectFrom('progress_answers').select(['id', 'current']).orderBy('id').execute()).toEqual([
          { id: 'a-new', current: 1 },
          { id: 'a-old', current: 0 },
        ]);
        expect(await store.db.selectFrom('question_tallies').select(['asked', 'answered', 'late']).execute()).toEqual([{ asked: 1, answered: 1, late: 0 }]);
        await expect(store.db.insertInto('progress_answers').values(answer('a-third', '"yes"', 3)).execute()).rejects.toThrow();
      },
    );
  });

  it('counts the recipients of announcements already sent, and none for those still scheduled (0033)', async () => {
    const at = new Date().toISOString();
    await afterMigrating<unknown>(
      '0032-one-current-answer',
      async (db) => {
        // Raw SQL: today's row types know `recipient_count`.
        await sql`insert into units (id, kind, name, parent_id, path, created_at) values ('u1', 'school', 'Trường Thử', null, '/u1/', ${at})`.execute(db);
        for (const id of ['p1', 'p2', 'p3']) await sql`insert into people (id, unit_id, full_name, role, active, created_at, updated_at) values (${id}, 'u1', 'Người Thử', 'teacher', 1, ${at}, ${at})`.execute(db);
        for (const [id, fanned] of [['sent', at], ['later', null]] as const) {
          await sql`insert into announcements (id, author_person_id, unit_id, text, audience, send_at, fanned_out_at, requires_ack, urgent, created_at) values (${id}, 'p1', 'u1', 'Thông báo', '{}', ${at}, ${fanned}, 0, 0, ${at})`.execute(db);
        }
        for (const person of ['p2', 'p3']) await sql`insert into announcement_recipients (announcement_id, person_id, unit_id) values ('sent', ${person}, 'u1')`.execute(db);
      },
      async (store) => {
        expect(await store.db.selectFrom('announcements').select(['id', 'recipient_count']).orderBy('id').execute()).toEqual([
          { id: 'later', recipient_count: null },
          { id: 'sent', recipient_count: 2 },
        ]);
      },
    );
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
