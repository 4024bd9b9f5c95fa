import type { Kysely } from 'kysely';

/**
 * Daily digest: `people.digest_minute` (minutes after midnight in Vietnam; null = each message at
 * once). Messages to a digest-mode person wait in the outbox as `held` until then; the combined
 * message that carries them is an outbox row of its own, and each held row points to it through
 * `digest_id` (its delivery state is the digest's).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('digest_minute', 'integer').execute();
  await db.schema.alterTable('outbox').addColumn('digest_id', 'text').execute();
}
