import type { Kysely } from 'kysely';

/**
 * Submissions (sáng kiến and training evidence) with their attachments and history, the
 * idempotency ledger for retried writes, and the outbox every outgoing message goes through.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attachments_owner_sha_uq', ['owner_person_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('reviewer_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('reviewer_comment', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('submissions_author_client_key_uq', ['author_person_id', 'client_key'])
    .execute();
  await db.schema.createIndex('submissions_unit_status_idx').on('submissions').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('submissions_author_idx').on('submissions').column('author_person_id').execute();

  await db.schema
    .createTable('submission_attachments')
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
    .addColumn('attachment_id', 'text', (c) => c.notNull().references('attachments.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('submission_attachments_pk', ['submission_id', 'attachment_id'])
    .execute();
  await db.schema.createIndex('submission_attachments_attachment_idx').on('submission_attachments').column('attachment_id').execute();

  await db.schema
    .createTable('submission_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('submission_events_submission_idx').on('submission_events').columns(['submission_id', 'at']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['person_id', 'key'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_recipient_idx').on('outbox').column('recipient_person_id').execute();
}
