import { sql, type Kysely } from 'kysely';

/**
 * At most one current answer per person and round. Without it two simultaneous first answers on
 * PostgreSQL (a double tap, or the bot and the mini app at once) were both stored as current and
 * both counted in the tally. Rows that already broke the rule keep their newest answer as current,
 * and the tallies of those rounds are recounted from what remains.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const broken = await sql<{ question_id: string; occurrence: string; person_id: string }>`
    SELECT question_id, occurrence, person_id FROM progress_answers
    WHERE current = 1 GROUP BY question_id, occurrence, person_id HAVING count(*) > 1`.execute(db);
  for (const { question_id: questionId, occurrence, person_id: personId } of broken.rows) {
    await sql`
      UPDATE progress_answers SET current = 0
      WHERE question_id = ${questionId} AND occurrence = ${occurrence} AND person_id = ${personId} AND current = 1
        AND id <> (SELECT id FROM progress_answers
                   WHERE question_id = ${questionId} AND occurrence = ${occurrence} AND person_id = ${personId} AND current = 1
                   ORDER BY received_at DESC, id DESC LIMIT 1)`.execute(db);
  }
  const rounds = new Map(broken.rows.map((row) => [`${row.question_id}\u0000${row.occurrence}`, row]));
  for (const { question_id: questionId, occurrence } of rounds.values()) {
    await sql`
      UPDATE question_tallies SET
        answered = (SELECT count(DISTINCT p.person_id) FROM question_asks a JOIN progress_answers p
                      ON p.question_id = a.question_id AND p.occurrence = a.occurrence AND p.person_id = a.person_id AND p.current = 1
                    WHERE a.question_id = ${questionId} AND a.occurrence = ${occurrence}),
        late = (SELECT count(DISTINCT p.person_id) FROM question_asks a JOIN progress_answers p
                  ON p.question_id = a.question_id AND p.occurrence = a.occurrence AND p.person_id = a.person_id AND p.current = 1
                WHERE a.question_id = ${questionId} AND a.occurrence = ${occurrence} AND p.received_at >= a.closes_at)
      WHERE question_id = ${questionId} AND occurrence = ${occurrence}`.execute(db);
  }
  await db.schema
    .createIndex('progress_answers_current_idx')
    .on('progress_answers')
    .columns(['question_id', 'occurrence', 'person_id'])
    .unique()
    .where(sql.ref('current'), '=', 1)
    .execute();
}
