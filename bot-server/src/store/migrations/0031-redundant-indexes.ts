import type { Kysely } from 'kysely';

/**
 * Two indexes another index already serves, paid for by every write on the hot paths:
 * - `outbox_lease_idx (status, claimed_until)` only served the claim's "lease ran out" branch;
 *   `outbox_due_idx (status, next_attempt_at)` finds the few rows being sent by its status prefix
 *   and the lease is checked on those. A day's reminders for a province enqueue 50,000 rows at once.
 * - `submissions_author_idx (author_person_id)` is the prefix of the unique
 *   (author_person_id, client_key) index, which answers "this author's submissions" as well.
 *   Every submission on deadline day paid for both.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_lease_idx').execute();
  await db.schema.dropIndex('submissions_author_idx').execute();
}
