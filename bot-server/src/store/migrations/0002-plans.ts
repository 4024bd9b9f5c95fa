import type { Kysely } from 'kysely';

/** Plans, their section tree (flattened, in document order) and their obligations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text')
    .addColumn('place', 'text')
    .addColumn('preamble', 'text', (c) => c.notNull())
    .addColumn('parents', 'text', (c) => c.notNull())
    .addColumn('parent_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('plans_issuer_idx').on('plans').column('issuer_unit_id').execute();
  await db.schema.createIndex('plans_number_idx').on('plans').column('number').execute();

  await db.schema
    .createTable('plan_sections')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('marker', 'text', (c) => c.notNull())
    .addColumn('heading', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    /** Heading + body folded (no diacritics, lower case): what search scans. */
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_sections_pk', ['plan_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('section_path', 'text')
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer')
    .addColumn('month', 'integer')
    .addColumn('quarter', 'integer')
    .addColumn('year', 'integer')
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('active_years', 'text')
    .addColumn('opens_on', 'text')
    .addColumn('on_request', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('sender', 'text')
    .addColumn('audience_roles', 'text', (c) => c.notNull())
    .addColumn('parent_obligation_id', 'text', (c) => c.references('obligations.id'))
    .addColumn('lead_days', 'integer')
    .addColumn('manual', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('obligations_plan_idx').on('obligations').column('plan_id').execute();
}
