import type { Kysely } from 'kysely';

/**
 * Days off declared per unit (inherited by every unit below it: the Sở's Tết break covers the
 * province) and each unit's weekend (inherited too; no row anywhere above = Saturday and Sunday).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('off_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('off_days_unit_idx').on('off_days').columns(['unit_id', 'from_day']).execute();

  await db.schema
    .createTable('unit_weekends')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id'))
    /** JSON number[] of ISO weekdays (1 = thứ Hai … 7 = Chủ nhật). */
    .addColumn('weekend', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
