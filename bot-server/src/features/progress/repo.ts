import type { Kysely } from 'kysely';
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

export async function insertAsks(db: Db, rows: Array<{ question_id: string; occurrence: string; person_id: string; asked_at: string; closes_at: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db.insertInto('question_asks').values(rows.slice(i, i + 200)).onConflict((oc) => oc.columns(['question_id', 'occurrence', 'person_id']).doNothing()).execute();
  }
}

/** The person's open asks, newest first, with the question and whether they answered already. */
export function openAsksOf(db: Db, personId: string, nowIso: string) {
  return db
    .selectFrom('question_asks')
    .innerJoin('progress_questions', 'progress_questions.id', 'question_asks.question_id')
    .leftJoin('progress_answers', (join) =>
      join
        .onRef('progress_answers.question_id', '=', 'question_asks.question_id')
        .onRef('progress_answers.occurrence', '=', 'question_asks.occurrence')
        .onRef('progress_answers.person_id', '=', 'question_asks.person_id')
        .on('progress_answers.current', '=', 1),
    )
    .select([
      'question_asks.question_id',
      'question_asks.occurrence',
      'question_asks.asked_at',
      'question_asks.closes_at',
      'progress_questions.text',
      'progress_questions.answer_type',
      'progress_questions.choices',
      'progress_answers.value as current_value',
    ])
    .where('question_asks.person_id', '=', personId)
    .where('question_asks.closes_at', '>', nowIso)
    .orderBy('question_asks.asked_at', 'desc')
    .execute();
}

export type OpenAsk = Awaited<ReturnType<typeof openAsksOf>>[number];

/** Stores an answer as the current one; the previous current answer stays as history. */
export async function saveAnswer(db: Db, answer: { id: string; questionId: string; occurrence: string; personId: string; value: string; raw: string; channel: string; at: string }): Promise<void> {
  await db
    .updateTable('progress_answers')
    .set({ current: 0 })
    .where('question_id', '=', answer.questionId)
    .where('occurrence', '=', answer.occurrence)
    .where('person_id', '=', answer.personId)
    .where('current', '=', 1)
    .execute();
  await db
    .insertInto('progress_answers')
    .values({ id: answer.id, question_id: answer.questionId, occurrence: answer.occurrence, person_id: answer.personId, value: answer.value, raw_text: answer.raw, channel: answer.channel, received_at: answer.at, current: 1 })
    .execute();
}

export function asksWithAnswers(db: Db, questionId: string, occurrence: string) {
  return db
    .selectFrom('question_asks')
    .innerJoin('people', 'people.id', 'question_asks.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .leftJoin('progress_answers', (join) =>
      join
        .onRef('progress_answers.question_id', '=', 'question_asks.question_id')
        .onRef('progress_answers.occurrence', '=', 'question_asks.occurrence')
        .onRef('progress_answers.person_id', '=', 'question_asks.person_id')
        .on('progress_answers.current', '=', 1),
    )
    .select(['people.id as person_id', 'people.full_name', 'people.bot_chat_id', 'units.name as unit_name', 'progress_answers.value', 'progress_answers.received_at', 'progress_answers.channel'])
    .where('question_asks.question_id', '=', questionId)
    .where('question_asks.occurrence', '=', occurrence)
    .orderBy('people.full_name')
    .execute();
}

export async function latestOccurrenceKey(db: Db, questionId: string): Promise<string | null> {
  const row = await db.selectFrom('question_asks').select('occurrence').where('question_id', '=', questionId).orderBy('asked_at', 'desc').limit(1).executeTakeFirst();
  return row?.occurrence ?? null;
}
