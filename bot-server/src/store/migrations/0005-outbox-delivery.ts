import type { Kysely } from 'kysely';

/**
 * What the delivery worker needs on an outbox row: who holds the claim (`claimed_by`, beside the
 * existing `claimed_until` lease) and how many parts of a split message already reached Zalo
 * (`parts_sent`), so a retry resumes after the last delivered part instead of repeating it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite adds one column per ALTER TABLE; a NOT NULL column needs its default there.
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('parts_sent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Finds rows whose lease ran out (a crashed instance) as cheaply as `outbox_due_idx` finds due ones.
  await db.schema.createIndex('outbox_lease_idx').on('outbox').columns(['status', 'claimed_until']).execute();
}
