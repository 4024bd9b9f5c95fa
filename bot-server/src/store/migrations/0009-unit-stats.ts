import { sql, type Kysely } from 'kysely';

/**
 * Per-unit counts the dashboards read (staff, staff with training evidence, initiatives), kept
 * fresh from an append-only log of "this unit changed" that writes add to. Every existing unit
 * starts as changed, so the first refresh computes them all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_stats')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id'))
    .addColumn('staff', 'integer', (c) => c.notNull())
    .addColumn('staff_with_training', 'integer', (c) => c.notNull())
    .addColumn('initiatives_submitted', 'integer', (c) => c.notNull())
    .addColumn('initiatives_approved', 'integer', (c) => c.notNull())
    .addColumn('refreshed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('unit_stat_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .execute();
  // Ids of the backfill sort before any UUIDv7 made later ('0…' < '01…' holds until the year 10889).
  await sql`INSERT INTO unit_stat_changes (id, unit_id) SELECT ${sql.lit('0-backfill-')} || id, id FROM units`.execute(db);
}
