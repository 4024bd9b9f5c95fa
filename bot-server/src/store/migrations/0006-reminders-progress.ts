import type { Kysely } from 'kysely';

/**
 * Reminder policies (overrides of the default 14/7/3/1/0 days at 07:30), marks of done per unit
 * or person and occurrence, pause of reminders per person, progress questions, asks and answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminder_policies')
    .addColumn('scope_type', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('offsets', 'text', (c) => c.notNull())
    .addColumn('send_at_minute', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_policies_pk', ['scope_type', 'scope_id'])
    .execute();

  await db.schema
    .createTable('obligation_completions')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    /** A unit id (a school's dossier) or a person id (a teacher's own duty). */
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_completions_pk', ['obligation_id', 'occurrence', 'subject_id'])
    .execute();

  await db.schema.alterTable('people').addColumn('reminders_paused_at', 'text').execute();

  await db.schema
    .createTable('progress_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answer_type', 'text', (c) => c.notNull())
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('audience_roles', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('open_days', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_questions_unit_idx').on('progress_questions').column('unit_id').execute();

  await db.schema
    .createTable('question_asks')
    .addColumn('question_id', 'text', (c) => c.notNull().references('progress_questions.id'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_asks_pk', ['question_id', 'occurrence', 'person_id'])
    .execute();
  await db.schema.createIndex('question_asks_person_idx').on('question_asks').columns(['person_id', 'closes_at']).execute();

  await db.schema
    .createTable('progress_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('progress_questions.id'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    /** 1 for the answer that counts; earlier ones are kept as history with 0. */
    .addColumn('current', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_answers_lookup_idx').on('progress_answers').columns(['question_id', 'occurrence', 'person_id']).execute();
}
