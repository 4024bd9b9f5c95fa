import { AnswerValue, describeAnswer, formatDateVi, occurrenceByKey, parseAnswer, upcomingOccurrence, type Actor, type AnswerBody, type AnswerReceipt, type AnswerType, type OpenQuestion, type QuestionSchedule, type Role } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import type { Database } from '../../store/schema';
import { askPeople } from './asks';
import { activeQuestions, currentAnswersOf, findAsk, findQuestion, openAsksOf, saveAnswer, type OpenAsk, type QuestionWithUnit } from './repo';
import { addAnswer } from './tally-repo';

/** Closed rounds stay on the person's list (to answer late) this long after they close. */
const LATE_WINDOW_MS = 30 * 86_400_000;

/** Whether the question asks people like the actor (their unit under its unit, their role in its audience). */
function addressedTo(question: QuestionWithUnit, actor: Actor): boolean {
  return question.active === 1 && actor.personId !== question.author_person_id && actor.unitPath.startsWith(question.unit_path) && (JSON.parse(question.audience_roles) as Role[]).includes(actor.role);
}

const summaryOf = (value: string | null) => (value === null ? null : describeAnswer(AnswerValue.parse(JSON.parse(value))));

/**
 * The person's rounds: open ones (newest first), then upcoming ones they may answer ahead (soonest
 * first), then those closed in the past month that they left unanswered or answered late.
 */
export async function myQuestions(ctx: AppContext, actor: Actor): Promise<OpenQuestion[]> {
  const { db } = ctx.store;
  const now = ctx.clock.now();
  const asks = await openAsksOf(db, actor.personId, new Date(now.getTime() - LATE_WINDOW_MS).toISOString());
  const view = (ask: OpenAsk, status: OpenQuestion['status']): OpenQuestion => ({
    questionId: ask.question_id,
    occurrence: ask.occurrence,
    status,
    text: ask.text,
    answerType: ask.answer_type as AnswerType,
    choices: JSON.parse(ask.choices) as string[],
    opensAt: ask.asked_at,
    closesAt: ask.closes_at,
    currentAnswer: summaryOf(ask.current_value),
    late: ask.answered_at !== null && ask.answered_at >= ask.closes_at,
  });
  const nowIso = now.toISOString();
  const open = asks.filter((ask) => ask.closes_at > nowIso).map((ask) => view(ask, 'open'));
  const closed = asks.filter((ask) => ask.closes_at <= nowIso && (ask.current_value === null || ask.answered_at! >= ask.closes_at)).map((ask) => view(ask, 'closed'));

  const upcoming = (await activeQuestions(db)).filter((question) => addressedTo(question, actor)).flatMap((question) => {
    const occurrence = upcomingOccurrence(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, now);
    return occurrence ? [{ question, occurrence }] : [];
  });
  const ahead = await currentAnswersOf(db, actor.personId, upcoming.map(({ question }) => question.id));
  const aheadAnswer = (questionId: string, key: string) => ahead.find((answer) => answer.question_id === questionId && answer.occurrence === key)?.value ?? null;
  const next = upcoming
    .sort((a, b) => a.occurrence.opensAt.getTime() - b.occurrence.opensAt.getTime())
    .map(({ question, occurrence }): OpenQuestion => ({
      questionId: question.id,
      occurrence: occurrence.key,
      status: 'upcoming',
      text: question.text,
      answerType: question.answer_type as AnswerType,
      choices: JSON.parse(question.choices) as string[],
      opensAt: occurrence.opensAt.toISOString(),
      closesAt: occurrence.closesAt.toISOString(),
      currentAnswer: summaryOf(aheadAnswer(question.id, occurrence.key)),
      late: false,
    }));
  return [...open, ...next, ...closed];
}

export type AnswerOutcome = AnswerReceipt | { ok: false; hint: string; questionText: string };

/**
 * Parses a reply and stores it as the current answer, with `alongside` in the same transaction
 * (told whether it replaced an earlier answer) to keep the tally. Unreadable replies are not
 * stored and get a hint.
 */
async function recordAnswer(
  ctx: AppContext,
  personId: string,
  target: { questionId: string; occurrence: string; answerType: string; choices: string; text: string },
  raw: string,
  channel: 'bot' | 'mini-app',
  alongside: (trx: Kysely<Database>, replaced: boolean) => Promise<unknown>,
): Promise<AnswerOutcome> {
  const parsed = parseAnswer(target.answerType as AnswerType, JSON.parse(target.choices) as string[], raw);
  if (!parsed.ok) return { ok: false, hint: parsed.hint, questionText: target.text };
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    const replaced = await saveAnswer(trx, { id: newId(), questionId: target.questionId, occurrence: target.occurrence, personId, value: JSON.stringify(parsed.value), raw: raw.slice(0, 1000), channel, at: now.toISOString() });
    await alongside(trx, replaced);
  });
  return { ok: true, summary: describeAnswer(parsed.value), questionText: target.text };
}

/** The bot's reply to one of the person's open asks: a first answer counts in the tally, a correction does not. */
export function answerAsk(ctx: AppContext, personId: string, ask: Pick<OpenAsk, 'question_id' | 'occurrence' | 'answer_type' | 'choices' | 'text'>, raw: string, channel: 'bot' | 'mini-app'): Promise<AnswerOutcome> {
  const target = { questionId: ask.question_id, occurrence: ask.occurrence, answerType: ask.answer_type, choices: ask.choices, text: ask.text };
  return recordAnswer(ctx, personId, target, raw, channel, (trx, replaced) => (replaced ? Promise.resolve() : addAnswer(trx, ask.question_id, ask.occurrence, false)));
}

/**
 * The mini app's answer to a round of a question addressed to the person: ahead of it (kept, and
 * the bot will not ask them that round), while it is open (changeable until it closes), or after
 * it closed (a first answer, kept and marked late; a given answer can no longer change).
 */
export async function answerFromApp(ctx: AppContext, actor: Actor, questionId: string, body: AnswerBody): Promise<AnswerReceipt> {
  const question = await findQuestion(ctx.store.db, questionId);
  if (!question) throw notFound('Không tìm thấy câu hỏi');
  const now = ctx.clock.now();
  const key = body.occurrence ?? (await openAsksOf(ctx.store.db, actor.personId, now.toISOString())).find((ask) => ask.question_id === questionId)?.occurrence;
  if (!key) throw notFound('Câu hỏi này không chờ bạn trả lời (có thể đã đóng)');
  const occurrence = occurrenceByKey(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, key);
  if (!occurrence) throw badRequest('Câu hỏi không có lần hỏi này', { occurrence: `Câu hỏi không hỏi vào ${key === 'once' ? 'lần này' : `ngày ${key.split('-').reverse().join('/')}`}` });
  const ask = await findAsk(ctx.store.db, questionId, key, actor.personId);
  const phase = now < occurrence.opensAt ? 'ahead' : now < occurrence.closesAt ? 'open' : 'late';
  if (!ask && !addressedTo(question, actor)) throw forbidden('Câu hỏi này không dành cho bạn', { questionId: 'Câu hỏi này không dành cho bạn' });
  const closedOn = formatDateVi(occurrence.closesAt);
  if (!ask && phase === 'late') throw conflict(`Lần hỏi này đã đóng ngày ${closedOn}`, { occurrence: `Lần hỏi này đã đóng ngày ${closedOn}` });
  if (phase === 'late' && ask?.current_value) throw conflict(`Câu hỏi đã đóng ngày ${closedOn}, không sửa được câu trả lời`, { text: `Câu hỏi đã đóng ngày ${closedOn}, không sửa được câu trả lời` });

  const target = { questionId, occurrence: key, answerType: question.answer_type, choices: question.choices, text: question.text };
  const outcome = await recordAnswer(ctx, actor.personId, target, body.text, 'mini-app', async (trx, replaced) => {
    // The tally counts an asked person's first current answer, whichever of the two came second.
    if (ask) return replaced ? undefined : addAnswer(trx, questionId, key, phase === 'late');
    // Answering an open round before the scheduler reached them: asked on the spot, without a message.
    if (phase === 'open') return askPeople(trx, question, occurrence, [actor.personId], now, false);
    return undefined;
  });
  if (!outcome.ok) throw badRequest(outcome.hint, { text: outcome.hint });
  return outcome;
}
