import { sql, type Kysely } from 'kysely';

/**
 * Running counts per question occurrence, kept on write so the dashboard reads 20 rows instead of
 * counting millions of asks and answers. `answered` counts asked people with a current answer (an
 * edit replaces, an answer given ahead counts once the person is asked); `late` is the part of it
 * that arrived after the occurrence closed. `fanned_out_at` marks an occurrence whose whole
 * audience was expanded, so later ticks only top up people changed since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('question_tallies')
    .addColumn('question_id', 'text', (c) => c.notNull().references('progress_questions.id'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('asked', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('last_asked_at', 'text', (c) => c.notNull())
    .addColumn('fanned_out_at', 'text')
    .addPrimaryKeyConstraint('question_tallies_pk', ['question_id', 'occurrence'])
    .execute();
  await backfillQuestionTallies(db);
}

/**
 * Recounts every tally from the asks and answers as stored. The migration fills the table with it,
 * and the benchmark, which writes rows straight into the store, uses it the same way. Occurrences
 * that were asked before count as fanned out then: ticks used to expand the whole audience.
 */
export async function backfillQuestionTallies<DB>(db: Kysely<DB>): Promise<void> {
  await sql`DELETE FROM question_tallies`.execute(db);
  await sql`
    INSERT INTO question_tallies (question_id, occurrence, asked, answered, late, last_asked_at, fanned_out_at)
    SELECT a.question_id, a.occurrence, count(*), count(DISTINCT p.person_id),
           count(DISTINCT CASE WHEN p.received_at >= a.closes_at THEN p.person_id END),
           max(a.asked_at), max(a.asked_at)
    FROM question_asks a
    LEFT JOIN progress_answers p
      ON p.question_id = a.question_id AND p.occurrence = a.occurrence AND p.person_id = a.person_id AND p.current = 1
    GROUP BY a.question_id, a.occurrence`.execute(db);
}
