import type { Kysely } from 'kysely';

/** The nudge ladder of a reminder policy: JSON NudgeStep[] (tone and who is told per offset); null = the default ladder. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reminder_policies').addColumn('steps', 'text').execute();
}
