import type { Kysely } from 'kysely';

/**
 * People by last change: a progress question's minute tick tops up its audience with the people
 * created, moved, re-roled or resumed since its fan-out, instead of re-expanding the whole audience.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('people_updated_idx').on('people').column('updated_at').execute();
}
