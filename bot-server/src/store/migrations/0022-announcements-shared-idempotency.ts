import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../capabilities';

/**
 * Announcements now replay retries through the shared ledger (`idempotency_keys`), as submissions
 * do, so their own (author, idempotency_key) column and constraint go. SQLite cannot drop a column
 * that a UNIQUE constraint covers: the table is rebuilt, with foreign key checks off for the swap
 * (the migrator runs SQLite migrations outside a transaction, so the pragma takes effect).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (capabilitiesOf(db).dialect === 'postgres') {
    await sql`ALTER TABLE announcements DROP COLUMN idempotency_key`.execute(db);
    return;
  }
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    await sql`BEGIN`.execute(db);
    await sql`CREATE TABLE announcements_new (
      id text PRIMARY KEY,
      author_person_id text NOT NULL REFERENCES people (id),
      unit_id text NOT NULL REFERENCES units (id),
      text text NOT NULL,
      attachment_id text REFERENCES attachments (id),
      audience text NOT NULL,
      send_at text NOT NULL,
      fanned_out_at text,
      created_at text NOT NULL,
      requires_ack integer NOT NULL DEFAULT 0,
      urgent integer NOT NULL DEFAULT 0
    )`.execute(db);
    await sql`INSERT INTO announcements_new SELECT id, author_person_id, unit_id, text, attachment_id, audience, send_at, fanned_out_at, created_at, requires_ack, urgent FROM announcements`.execute(db);
    await sql`DROP TABLE announcements`.execute(db);
    await sql`ALTER TABLE announcements_new RENAME TO announcements`.execute(db);
    await sql`CREATE INDEX announcements_pending_idx ON announcements (fanned_out_at, send_at)`.execute(db);
    const broken = await sql`PRAGMA foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('foreign keys broken by the announcements rebuild');
    await sql`COMMIT`.execute(db);
  } catch (error) {
    await sql`ROLLBACK`.execute(db);
    throw error;
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}
