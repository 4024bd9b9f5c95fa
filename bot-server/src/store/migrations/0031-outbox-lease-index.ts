import type { Kysely } from 'kysely';

/**
 * `outbox_lease_idx (status, claimed_until)` only served the claim's "lease ran out" branch, which
 * `outbox_due_idx (status, next_attempt_at)` serves as well: its status prefix finds the few rows
 * being sent and the lease is checked on those. Every enqueued message paid for the extra index,
 * and a day's reminders for a province enqueue 50,000 at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_lease_idx').execute();
}
