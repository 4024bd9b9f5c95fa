import type { Kysely } from 'kysely';

/**
 * An officer's "important" mark on an obligation (1/0): its reminders ask for "Đã nhận". Null, as
 * every existing row, means "by kind": dossier duties are important, the rest not (the old rule).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('obligations').addColumn('important', 'integer').execute();
}
