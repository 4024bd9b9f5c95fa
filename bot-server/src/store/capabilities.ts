import { PostgresAdapter } from 'kysely';

/**
 * What differs between the engines, as flags the rest of the code may ask instead of
 * `if (postgres)` scattered through repositories. Read off the Kysely instance (or a transaction
 * of it), so repositories need nothing but the `db` they already take.
 */
export interface StoreCapabilities {
  dialect: 'sqlite' | 'postgres';
  /** Row claiming with `FOR UPDATE SKIP LOCKED` (PostgreSQL). SQLite has one writer, so claims are serial anyway. */
  supportsSkipLocked: boolean;
  /** Full-text search engine: an FTS5 virtual table (SQLite) or a GIN-indexed tsvector column (PostgreSQL). */
  fullText: 'fts5' | 'tsvector';
}

const postgres: StoreCapabilities = { dialect: 'postgres', supportsSkipLocked: true, fullText: 'tsvector' };
const sqlite: StoreCapabilities = { dialect: 'sqlite', supportsSkipLocked: false, fullText: 'fts5' };

/** Anything with Kysely's executor: a `Kysely<T>` of any table map, or a transaction. */
interface HasExecutor {
  getExecutor(): { adapter: unknown };
}

export function capabilitiesOf(db: HasExecutor): StoreCapabilities {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgres : sqlite;
}
