import type { Kysely } from 'kysely';

/**
 * Award nominations with their dossier checklist, the quotas the issuing plans set per unit and
 * period, and holds (discipline, investigation) under which nobody may be nominated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_quotas')
    .addColumn('scope_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('collective_max', 'integer')
    .addColumn('individual_max', 'integer')
    .addColumn('source_plan_id', 'text', (c) => c.references('plans.id'))
    .addPrimaryKeyConstraint('award_quotas_pk', ['scope_unit_id', 'period_kind', 'form'])
    .execute();

  await db.schema
    .createTable('award_nominations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('nominee_type', 'text', (c) => c.notNull())
    .addColumn('nominee_id', 'text', (c) => c.notNull())
    .addColumn('achievement', 'text', (c) => c.notNull())
    .addColumn('submission_ids', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('award_nominations_once_uq', ['period', 'form', 'nominee_id'])
    .execute();
  await db.schema.createIndex('award_nominations_unit_idx').on('award_nominations').columns(['unit_id', 'period']).execute();

  await db.schema
    .createTable('award_holds')
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('award_holds_subject_idx').on('award_holds').column('subject_id').execute();
}
