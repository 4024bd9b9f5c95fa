import { AnswerValue, describeAnswer, isoDateVi, occurrenceByKey, type Actor, type AnswerType, type CreateQuestionBody, type QuestionResults, type QuestionSchedule, type QuestionView, type Role, type RemindResult } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import { onLeaveOn, onLeaveUnder } from '../leave/repo';
import { recordAudit } from '../audit/repo';
import { findUnit } from '../org/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import { askText, openOccurrence } from './asks';
import { asksWithAnswers, findQuestion, insertQuestion, latestOccurrenceKey, questionsUnder, type QuestionWithUnit } from './repo';

function presentQuestion(row: QuestionWithUnit): QuestionView {
  return {
    id: row.id,
    text: row.text,
    answerType: row.answer_type as AnswerType,
    choices: JSON.parse(row.choices) as string[],
    unitId: row.unit_id,
    audienceRoles: JSON.parse(row.audience_roles) as Role[],
    schedule: JSON.parse(row.schedule) as QuestionSchedule,
    openDays: row.open_days,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

export async function createQuestion(ctx: AppContext, actor: Actor, body: CreateQuestionBody): Promise<QuestionView> {
  const unit = await findUnit(ctx.store.db, body.unitId);
  if (!unit) throw badRequest('Đơn vị không tồn tại', { unitId: 'Đơn vị không tồn tại' });
  authorize(actor, 'progress.manage', { unitPath: unit.path });
  const now = ctx.clock.now();
  const id = newId();
  await ctx.store.transact(async (trx) => {
    await insertQuestion(trx, {
      id,
      author_person_id: actor.personId,
      unit_id: unit.id,
      text: body.text,
      answer_type: body.answerType,
      choices: JSON.stringify(body.answerType === 'choice' ? body.choices : []),
      audience_roles: JSON.stringify([...new Set(body.audienceRoles)]),
      schedule: JSON.stringify(body.schedule),
      open_days: body.openDays,
      active: 1,
      created_at: now.toISOString(),
    });
    await recordAudit(trx, now, { actorId: actor.personId, action: 'question.create', subjectType: 'question', subjectId: id });
  });
  return presentQuestion((await findQuestion(ctx.store.db, id))!);
}

export async function listQuestions(ctx: AppContext, actor: Actor): Promise<QuestionView[]> {
  authorize(actor, 'progress.manage', { unitPath: actor.unitPath });
  return (await questionsUnder(ctx.store.db, actor.unitPath)).map(presentQuestion);
}

/** Answers as they stand, visible to the asker as soon as they arrive. */
export async function questionResults(ctx: AppContext, actor: Actor, questionId: string, occurrence?: string): Promise<QuestionResults> {
  const question = await findQuestion(ctx.store.db, questionId);
  if (!question) throw notFound('Không tìm thấy câu hỏi');
  authorize(actor, 'progress.manage', { unitPath: question.unit_path });
  const now = ctx.clock.now();
  const open = openOccurrence(question, now);
  const key = occurrence ?? (await latestOccurrenceKey(ctx.store.db, questionId)) ?? open?.key ?? null;
  const rows = key ? await asksWithAnswers(ctx.store.db, questionId, key) : [];
  const answered = rows.filter((row) => row.value !== null);
  const isLate = (row: (typeof rows)[number]) => row.received_at! >= row.closes_at;
  // Someone on leave has not failed to answer: shown apart, not counted, not nudged. A round still
  // open is judged by today; a closed one by its last day, not by who happens to be away now.
  const round = key ? occurrenceByKey(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, key) : null;
  const closed = round !== null && round.closesAt <= now;
  const lastDay = closed ? isoDateVi(new Date(round.closesAt.getTime() - 1)) : isoDateVi(now);
  const away = await onLeaveOn(ctx.store.db, lastDay);
  const unanswered = rows.filter((row) => row.value === null);
  // Nobody is asked while away (asks.ts): those of the audience never asked because of leave during the round are listed as on leave.
  const askedIds = new Set(rows.map((row) => row.person_id));
  const awayUnasked = round
    ? (await onLeaveUnder(ctx.store.db, question.unit_path, JSON.parse(question.audience_roles) as Role[], isoDateVi(round.opensAt), lastDay)).filter((person) => !askedIds.has(person.id) && person.id !== question.author_person_id)
    : [];
  const counts = new Map<string, number>();
  for (const row of answered) {
    const label = describeAnswer(AnswerValue.parse(JSON.parse(row.value!)));
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return {
    question: presentQuestion(question),
    occurrence: key,
    asked: rows.length,
    answered: answered.length,
    late: answered.filter(isLate).length,
    responseRate: rows.length === 0 ? 0 : Math.round((answered.length / rows.length) * 1000) / 10,
    distribution: [...counts.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count),
    answers: answered.map((row) => ({ personId: row.person_id, fullName: row.full_name, unitName: row.unit_name, summary: describeAnswer(AnswerValue.parse(JSON.parse(row.value!))), receivedAt: row.received_at!, channel: row.channel!, late: isLate(row) })),
    nonResponders: unanswered.filter((row) => !away.has(row.person_id)).map((row) => ({ personId: row.person_id, fullName: row.full_name, unitName: row.unit_name, botLinked: row.bot_chat_id !== null })),
    onLeave: [
      ...unanswered.filter((row) => away.has(row.person_id)).map((row) => ({ personId: row.person_id, fullName: row.full_name, unitName: row.unit_name })),
      ...awayUnasked.map((person) => ({ personId: person.id, fullName: person.full_name, unitName: person.unit_name })),
    ],
  };
}

/**
 * "Nhắc lại": asks the question again of everyone who has not answered its latest occurrence,
 * at most once a day per person (the dedupe key carries the day).
 */
export async function remindNonResponders(ctx: AppContext, actor: Actor, questionId: string): Promise<RemindResult> {
  const results = await questionResults(ctx, actor, questionId);
  if (!results.occurrence) return { reminded: 0 };
  const now = ctx.clock.now();
  const day = isoDateVi(now);
  const question = (await findQuestion(ctx.store.db, questionId))!;
  const text = `Nhắc lại: ${askText(question)}`;
  const reminded = await enqueueMany(
    ctx.store.db,
    results.nonResponders.map((person) => ({ dedupeKey: `nudge:${questionId}:${results.occurrence}:${person.personId}:${day}`, recipientPersonId: person.personId, text, link: '/progress' })),
    now,
  );
  await recordAudit(ctx.store.db, now, { actorId: actor.personId, action: 'question.remind', subjectType: 'question', subjectId: questionId, detail: { reminded } });
  return { reminded };
}
