import { sql, type Kysely } from 'kysely';

/**
 * The sender's "Đã gửi" list on the server (until now each phone kept its own): found by author
 * and time, with the number of recipients written once at fan-out, because counting a province's
 * 50,000 recipient rows per listed announcement on every open costs more than the list. Null until
 * fanned out; announcements sent before are counted now.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('announcements').addColumn('recipient_count', 'integer').execute();
  await sql`
    UPDATE announcements SET recipient_count = (SELECT count(*) FROM announcement_recipients r WHERE r.announcement_id = announcements.id)
    WHERE fanned_out_at IS NOT NULL`.execute(db);
  await db.schema.createIndex('announcements_author_idx').on('announcements').columns(['author_person_id', 'send_at']).execute();
}
