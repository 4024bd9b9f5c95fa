import { addDays, inQuietHours, isoDateVi, latestOccurrence, vnStartOfIsoDay, type QuestionOccurrence, type QuestionSchedule, type Role } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../store/schema';
import { backFromLeave, onLeaveOn } from '../leave/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import { peopleUnder } from '../reminders/repo';
import { activeQuestions, currentAnswerers, fanOutMarks, insertAsks, occurrenceId, peopleChangedSince, type QuestionWithUnit } from './repo';
import { addAsks } from './tally-repo';

/** The bot's question, with how to answer for its type. */
export function askText(question: Pick<QuestionWithUnit, 'text' | 'answer_type' | 'choices' | 'author_name'>): string {
  const choices = JSON.parse(question.choices) as string[];
  const how =
    question.answer_type === 'yes_no'
      ? 'Trả lời: 1. Có   2. Không'
      : question.answer_type === 'choice'
        ? ['Trả lời bằng số thứ tự:', ...choices.map((choice, index) => `${index + 1}. ${choice}`)].join('\n')
        : question.answer_type === 'number'
          ? 'Trả lời bằng số, ví dụ: 12 hoặc 12/15'
          : 'Trả lời ngắn ngay tại đây.';
  return `Câu hỏi tiến độ (từ ${question.author_name}):\n${question.text}\n${how}`;
}

/**
 * How far back a top-up looks before the occurrence's fan-out mark: a person written by a
 * transaction that committed after a tick read the people still falls inside the next tick's window.
 */
const TOP_UP_OVERLAP_MS = 10 * 60_000;
/** A tick that found nobody new moves the mark forward only this often, so idle minutes write nothing. */
const MARK_REFRESH_MS = 5 * 60_000;

/** The round of a question open now (asked, taking answers), if any. */
export function openOccurrence(question: Pick<QuestionWithUnit, 'schedule' | 'open_days'>, now: Date): QuestionOccurrence | null {
  const occurrence = latestOccurrence(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, now);
  return occurrence && now < occurrence.closesAt ? occurrence : null;
}

/**
 * Asks the open occurrence of every active question to its audience, once per person: the asks
 * table and the outbox key (question, occurrence, person) both ignore repeats. The first tick of an
 * occurrence expands the whole audience and marks it fanned out; later ticks only top up people
 * changed since the mark (newcomers, moves, resumed reminders, people back from leave), so an idle
 * minute reads a handful of rows. Nobody on leave is asked: back while the round is still open, they
 * are asked then; a round that closed while they were away is never asked. Not in quiet hours; after
 * an outage the first tick catches up on what is still open.
 */
export async function askDueQuestions(ctx: AppContext, now: Date): Promise<number> {
  if (inQuietHours(now)) return 0;
  const { db } = ctx.store;
  const due = (await activeQuestions(db)).flatMap((question) => {
    const occurrence = openOccurrence(question, now);
    return occurrence ? [{ question, occurrence }] : [];
  });
  const marks = await fanOutMarks(db, due.map(({ question, occurrence }) => ({ questionId: question.id, occurrence: occurrence.key })));
  const oldestMark = [...marks.values()].sort()[0];
  const [changed, away] = await Promise.all([oldestMark ? changedSince(db, shiftIso(oldestMark, -TOP_UP_OVERLAP_MS), now) : [], onLeaveOn(db, isoDateVi(now))]);
  let asked = 0;
  for (const { question, occurrence } of due) {
    const mark = marks.get(occurrenceId(question.id, occurrence.key));
    const roles = JSON.parse(question.audience_roles) as Role[];
    const candidates = mark
      ? changed.filter((person) => person.changed_at >= shiftIso(mark, -TOP_UP_OVERLAP_MS) && person.unit_path.startsWith(question.unit_path) && roles.includes(person.role as Role))
      : await peopleUnder(db, question.unit_path, roles);
    const people = [...new Set(candidates.filter((person) => person.reminders_paused_at === null && !away.has(person.id) && person.id !== question.author_person_id).map((person) => person.id))];
    if (mark && people.length === 0 && now.getTime() - Date.parse(mark) < MARK_REFRESH_MS) continue;
    asked += await ctx.store.transact((trx) => askPeople(trx, question, occurrence, people, now, true));
  }
  return asked;
}

/**
 * People whose standing changed since `since`, with when (`changed_at`) so each occurrence can take
 * its own window: written (created, moved, re-roled, resumed) or back from leave, from the morning
 * after its last day. Leave ending changes no row, so it is read from the leaves themselves.
 */
async function changedSince(db: Kysely<Database>, since: string, now: Date) {
  const [written, back] = await Promise.all([peopleChangedSince(db, since), backFromLeave(db, addDays(isoDateVi(new Date(since)), -1), addDays(isoDateVi(now), -1))]);
  return [
    ...written.map(({ updated_at, ...person }) => ({ ...person, changed_at: updated_at })),
    // Back the morning after the leave's last day.
    ...back.map(({ to_day, ...person }) => ({ ...person, changed_at: vnStartOfIsoDay(addDays(to_day, 1)).toISOString() })),
  ];
}

/**
 * Asks one occurrence of people, in the caller's transaction: inserts their asks, adds those
 * actually inserted to the tally (with the ones who had answered ahead as answered) and sends the
 * question to the others. `fannedOut` is the scheduler's mark; an ask made on the spot for someone
 * answering an open occurrence passes false, so the occurrence is still expanded in full.
 */
export async function askPeople(trx: Kysely<Database>, question: QuestionWithUnit, occurrence: QuestionOccurrence, personIds: string[], now: Date, fannedOut: boolean): Promise<number> {
  const at = now.toISOString();
  const inserted = await insertAsks(trx, personIds.map((personId) => ({ question_id: question.id, occurrence: occurrence.key, person_id: personId, asked_at: at, closes_at: occurrence.closesAt.toISOString() })));
  const answered = await currentAnswerers(trx, question.id, occurrence.key, inserted);
  await addAsks(trx, { questionId: question.id, occurrence: occurrence.key, asked: inserted.length, answered: answered.size, at, fannedOut });
  const text = askText(question);
  const toAsk = inserted.filter((personId) => !answered.has(personId));
  return enqueueMany(trx, toAsk.map((personId) => ({ dedupeKey: `ask:${question.id}:${occurrence.key}:${personId}`, recipientPersonId: personId, text, link: '/progress' })), now);
}

function shiftIso(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
