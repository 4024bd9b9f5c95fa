import type { Kysely } from 'kysely';

/**
 * "Đã nhận": an announcement may ask for confirmation (and be urgent), and every message that asks
 * has one request per (kind, subject, person) — a reminder re-sent at 7, 3 and 1 days before is
 * still one thing to confirm. `requested_at` moves with each re-send, so "the latest" is the newest asked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('announcements').addColumn('requires_ack', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('announcements').addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('ack_requests')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('channel', 'text')
    .addPrimaryKeyConstraint('ack_requests_pk', ['kind', 'subject_id', 'person_id'])
    .execute();
  await db.schema.createIndex('ack_requests_person_idx').on('ack_requests').columns(['person_id', 'requested_at']).execute();
}
