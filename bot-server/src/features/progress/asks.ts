import { inQuietHours, latestOccurrence, type QuestionSchedule, type Role } from '@tds/shared';
import type { AppContext } from '../../context';
import { enqueueMany } from '../outbox/enqueue-many';
import { peopleUnder } from '../reminders/repo';
import { activeQuestions, insertAsks, type QuestionWithUnit } from './repo';

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
 * Asks every open occurrence of every active question to its audience, once per person: the asks
 * table and the outbox key (question, occurrence, person) both ignore repeats. Not in quiet hours.
 */
export async function askDueQuestions(ctx: AppContext, now: Date): Promise<number> {
  if (inQuietHours(now)) return 0;
  const { db } = ctx.store;
  let asked = 0;
  for (const question of await activeQuestions(db)) {
    const occurrence = latestOccurrence(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, now);
    if (!occurrence || now >= occurrence.closesAt) continue;
    const people = (await peopleUnder(db, question.unit_path, JSON.parse(question.audience_roles) as Role[])).filter((person) => person.reminders_paused_at === null && person.id !== question.author_person_id);
    await insertAsks(db, people.map((person) => ({ question_id: question.id, occurrence: occurrence.key, person_id: person.id, asked_at: now.toISOString(), closes_at: occurrence.closesAt.toISOString() })));
    const text = askText(question);
    asked += await enqueueMany(db, people.map((person) => ({ dedupeKey: `ask:${question.id}:${occurrence.key}:${person.id}`, recipientPersonId: person.id, text, link: '/progress' })), now);
  }
  return asked;
}
