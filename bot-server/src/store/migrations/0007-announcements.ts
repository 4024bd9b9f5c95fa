import type { Kysely } from 'kysely';

/** Announcements, their recipients (expanded at send time) and read receipts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.references('attachments.id'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('fanned_out_at', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('announcements_author_key_uq', ['author_person_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('announcements_pending_idx').on('announcements').columns(['fanned_out_at', 'send_at']).execute();

  await db.schema
    .createTable('announcement_recipients')
    .addColumn('announcement_id', 'text', (c) => c.notNull().references('announcements.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('announcement_recipients_pk', ['announcement_id', 'person_id'])
    .execute();
  await db.schema.createIndex('announcement_recipients_person_idx').on('announcement_recipients').column('person_id').execute();
}
