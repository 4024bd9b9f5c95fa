import type { Kysely } from 'kysely';

/** "Nghỉ phép từ … đến …": no reminders to the person in the window, shown as on leave to their principal. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('leaves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leaves_person_idx').on('leaves').columns(['person_id', 'from_day']).execute();
  // The planner asks "who is on leave today" every minute: the end day bounds the scan.
  await db.schema.createIndex('leaves_to_day_idx').on('leaves').column('to_day').execute();
}
