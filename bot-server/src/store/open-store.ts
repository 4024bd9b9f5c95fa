import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index';
import { capabilitiesOf, type StoreCapabilities } from './capabilities';
import { groupCommitter, type Work } from './group-commit';
import type { Database } from './schema';
import { walSyncer } from './wal-sync';
import { markStoreInUse } from './store-lock';

export interface Store {
  db: Kysely<Database>;
  capabilities: StoreCapabilities;
  /**
   * Runs a write transaction. On SQLite concurrent writes share one commit (group commit); on
   * PostgreSQL, which commits concurrently itself, each write is its own transaction.
   */
  transact<T>(work: Work<T>): Promise<T>;
  close(): Promise<void>;
}

/** `postgres://…` opens PostgreSQL; anything else is a SQLite file path (or `:memory:`). */
export async function openStore(location: string, options: { onConnectionLost?: (error: Error) => void } = {}): Promise<Store> {
  const store = /^postgres(ql)?:\/\//.test(location) ? openPostgres(location, options.onConnectionLost ?? (() => undefined)) : openSqlite(location);
  await migrateToLatest(store.db);
  return store;
}

function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes an acknowledged commit survive
  // power loss as well as kill -9, which the product promises for every submission.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const release = file === ':memory:' ? () => {} : markStoreInUse(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const wal = file === ':memory:' ? null : walSyncer(`${file}-wal`);
  return {
    db,
    capabilities: capabilitiesOf(db),
    transact: groupCommitter(db, wal ? wal.sync : async () => {}),
    async close() {
      await db.destroy();
      await wal?.close();
      release();
    },
  };
}

/**
 * Kysely asks better-sqlite3 to prepare every query afresh; parsing the same SQL again costs more
 * than running it. Prepared statements are reusable, so keep them by SQL text. The connection is
 * used by one query at a time (Kysely's mutex), so a cached statement is never run twice at once.
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        // `IN (…)` lists of every length make new texts: bound the cache rather than let it grow.
        if (cache.size >= 1000) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, onConnectionLost: (error: Error) => void): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (restart, failover, an administrator) is dropped by the
  // pool, which connects anew on the next query; unheard, the event would crash the process.
  pool.on('error', onConnectionLost);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    capabilities: capabilitiesOf(db),
    transact: (work) => db.transaction().execute(work),
    close: () => db.destroy(),
  };
}

async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Không chạy được migration ${failed?.migrationName ?? ''}: ${String(error)}`);
  }
}
