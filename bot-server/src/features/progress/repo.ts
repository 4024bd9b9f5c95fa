import { sql, type Kysely } from 'kysely';
import type { Database, ProgressQuestionRow } from '../../store/schema';

type Db = Kysely<Database>;

export async function insertQuestion(db: Db, row: ProgressQuestionRow): Promise<void> {
  await db.insertInto('progress_questions').values(row).execute();
}

/** Questions with their unit's path (for scope checks) and their author's name (for the bot's words). */
function questionsWithUnit(db: Db) {
  return db
    .selectFrom('progress_questions')
    .innerJoin('units', 'units.id', 'progress_questions.unit_id')
    .innerJoin('people', 'people.id', 'progress_questions.author_person_id')
    .selectAll('progress_questions')
    .select(['units.path as unit_path', 'people.full_name as author_name']);
}

export function findQuestion(db: Db, id: string) {
  return questionsWithUnit(db).where('progress_questions.id', '=', id).executeTakeFirst();
}

export type QuestionWithUnit = NonNullable<Awaited<ReturnType<typeof findQuestion>>>;

export function activeQuestions(db: Db) {
  return questionsWithUnit(db).where('progress_questions.active', '=', 1).execute();
}

export function questionsUnder(db: Db, path: string) {
  return questionsWithUnit(db).where('units.path', 'like', `${path}%`).orderBy('progress_questions.created_at', 'desc').execute();
}

/** Inserts asks, skipping those already there; returns the people actually asked now. */
export async function insertAsks(db: Db, rows: Array<{ question_id: string; occurrence: string; person_id: string; asked_at: string; closes_at: string }>): Promise<string[]> {
  const inserted: string[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insertInto('question_asks')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['question_id', 'occurrence', 'person_id']).doNothing())
      .returning('person_id')
      .execute();
    inserted.push(...result.map((row) => row.person_id));
  }
  return inserted;
}

/** Which of `personIds` hold a current answer to the occurrence (answered ahead, or on the spot). */
export async function currentAnswerers(db: Db, questionId: string, occurrence: string, personIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db
      .selectFrom('progress_answers')
      .select('person_id')
      .where('question_id', '=', questionId)
      .where('occurrence', '=', occurrence)
      .where('current', '=', 1)
      .where('person_id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const row of rows) found.add(row.person_id);
  }
  return found;
}

/** Active people written (created, moved, re-roled, paused or resumed) since `since`, with their unit's path. */
export function peopleChangedSince(db: Db, since: string) {
  return db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.role', 'people.reminders_paused_at', 'people.updated_at', 'units.path as unit_path'])
    .where('people.updated_at', '>=', since)
    .where('people.active', '=', 1)
    .execute();
}

/** When each of the given occurrences was last fanned out (absent: never asked, or asked only on the spot). */
export async function fanOutMarks(db: Db, occurrences: Array<{ questionId: string; occurrence: string }>): Promise<Map<string, string>> {
  if (occurrences.length === 0) return new Map();
  const rows = await db
    .selectFrom('question_tallies')
    .select(['question_id', 'occurrence', 'fanned_out_at'])
    .where((eb) => eb.or(occurrences.map((one) => eb.and([eb('question_id', '=', one.questionId), eb('occurrence', '=', one.occurrence)]))))
    .where('fanned_out_at', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [occurrenceId(row.question_id, row.occurrence), row.fanned_out_at!]));
}

export const occurrenceId = (questionId: string, occurrence: string) => `${questionId}:${occurrence}`;

/** Asks with the asked person's current answer to that occurrence, if any. */
function asksWithCurrentAnswer(db: Db) {
  return db
    .selectFrom('question_asks')
    .leftJoin('progress_answers', (join) =>
      join
        .onRef('progress_answers.question_id', '=', 'question_asks.question_id')
        .onRef('progress_answers.occurrence', '=', 'question_asks.occurrence')
        .onRef('progress_answers.person_id', '=', 'question_asks.person_id')
        .on('progress_answers.current', '=', 1),
    );
}

/**
 * The person's asks closing after `afterIso` (now: the open ones), newest first, with the question
 * and the current answer if any.
 */
export function openAsksOf(db: Db, personId: string, afterIso: string) {
  return asksWithCurrentAnswer(db)
    .innerJoin('progress_questions', 'progress_questions.id', 'question_asks.question_id')
    .select([
      'question_asks.question_id',
      'question_asks.occurrence',
      'question_asks.asked_at',
      'question_asks.closes_at',
      'progress_questions.text',
      'progress_questions.answer_type',
      'progress_questions.choices',
      'progress_answers.value as current_value',
      'progress_answers.received_at as answered_at',
    ])
    .where('question_asks.person_id', '=', personId)
    .where('question_asks.closes_at', '>', afterIso)
    .orderBy('question_asks.asked_at', 'desc')
    .execute();
}

export type OpenAsk = Awaited<ReturnType<typeof openAsksOf>>[number];

/** One person's ask of one occurrence, with their current answer if any. */
export function findAsk(db: Db, questionId: string, occurrence: string, personId: string) {
  return asksWithCurrentAnswer(db)
    .select(['question_asks.closes_at', 'progress_answers.value as current_value'])
    .where('question_asks.question_id', '=', questionId)
    .where('question_asks.occurrence', '=', occurrence)
    .where('question_asks.person_id', '=', personId)
    .executeTakeFirst();
}

/** The person's current answers to the given questions, whatever the occurrence (answers given ahead among them). */
export function currentAnswersOf(db: Db, personId: string, questionIds: string[]) {
  if (questionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress_answers')
    .select(['question_id', 'occurrence', 'value'])
    .where('person_id', '=', personId)
    .where('question_id', 'in', questionIds)
    .where('current', '=', 1)
    .execute();
}

type AnswerRow = { id: string; questionId: string; occurrence: string; personId: string; value: string; raw: string; channel: string; at: string };

/**
 * Stores an answer as the current one; the previous current answer stays as history. Returns
 * whether there was one (an edit), which the tally must not count again.
 */
export async function saveAnswer(db: Db, answer: AnswerRow): Promise<boolean> {
  let replaced = await retireCurrent(db, answer);
  // Refused as a second current answer (`progress_answers_current_idx`): another answer of this
  // person to this round committed meanwhile (PostgreSQL: a double tap, or the bot and the app at
  // once). This one replaces it, so the tally counts the person once. Each refusal means another
  // writer committed, so the loop ends; the bound only guards against a bug.
  for (let refused = 0; !(await insertCurrent(db, answer)); refused++) {
    if (refused === 20) throw new Error('progress answer: refused 20 times as a second current answer');
    await retireCurrent(db, answer);
    replaced = true;
  }
  return replaced;
}

async function retireCurrent(db: Db, answer: AnswerRow): Promise<boolean> {
  const result = await db
    .updateTable('progress_answers')
    .set({ current: 0 })
    .where('question_id', '=', answer.questionId)
    .where('occurrence', '=', answer.occurrence)
    .where('person_id', '=', answer.personId)
    .where('current', '=', 1)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

async function insertCurrent(db: Db, answer: AnswerRow): Promise<boolean> {
  const inserted = await db
    .insertInto('progress_answers')
    .values({ id: answer.id, question_id: answer.questionId, occurrence: answer.occurrence, person_id: answer.personId, value: answer.value, raw_text: answer.raw, channel: answer.channel, received_at: answer.at, current: 1 })
    .onConflict((conflict) => conflict.columns(['question_id', 'occurrence', 'person_id']).where('current', '=', sql.lit(1)).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function asksWithAnswers(db: Db, questionId: string, occurrence: string) {
  return asksWithCurrentAnswer(db)
    .innerJoin('people', 'people.id', 'question_asks.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id as person_id', 'people.full_name', 'people.bot_chat_id', 'units.name as unit_name', 'question_asks.closes_at', 'progress_answers.value', 'progress_answers.received_at', 'progress_answers.channel'])
    .where('question_asks.question_id', '=', questionId)
    .where('question_asks.occurrence', '=', occurrence)
    .orderBy('people.full_name')
    .execute();
}

export async function latestOccurrenceKey(db: Db, questionId: string): Promise<string | null> {
  const row = await db.selectFrom('question_tallies').select('occurrence').where('question_id', '=', questionId).orderBy('last_asked_at', 'desc').limit(1).executeTakeFirst();
  return row?.occurrence ?? null;
}
