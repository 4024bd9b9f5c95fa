import { CreateQuestionBody, roleRank, roles, type AnswerType, type Role } from '@tds/shared';
import type { FieldErrors } from '../../components/submissions/form-model';
import { dayToIso } from '../../lib/day-input';
import { formatDay, formatTime, vietnamToday } from '../../lib/format';
import { normaliseTime } from '../../lib/time-input';

export type ScheduleKind = 'once' | 'weekly' | 'monthly';

/** The create-question form as typed: numbers and dates as text, all schedule kinds kept while switching. */
export interface QuestionDraft {
  text: string;
  answerType: AnswerType;
  choices: string[];
  unitId: string;
  audienceRoles: Role[];
  scheduleKind: ScheduleKind;
  /** "dd/mm/yyyy" (once). */
  date: string;
  /** "HH:mm" (every kind). */
  time: string;
  /** "1" (thứ Hai) … "7" (Chủ nhật). */
  weekday: string;
  /** "1" … "28". */
  monthDay: string;
  openDays: string;
}

export const MAX_CHOICES = 9;
export const MAX_QUESTION_CHARS = 500;

/** A new question: yes/no, to the teachers of `unitId`, asked once today at this minute, open 7 days. */
export function blankQuestion(unitId: string, now: Date = new Date()): QuestionDraft {
  return {
    text: '',
    answerType: 'yes_no',
    choices: ['', ''],
    unitId,
    audienceRoles: ['teacher'],
    scheduleKind: 'once',
    date: formatDay(vietnamToday(now)),
    time: formatTime(now),
    weekday: '1',
    monthDay: '1',
    openDays: '7',
  };
}

/** Roles a manager may ask: their own level and below (never admin). */
export function askableRoles(own: Role): Role[] {
  return roles.filter((role) => role !== 'admin' && roleRank[role] <= roleRank[own]);
}

const whole = (text: string): number | string => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/** The body `POST /api/progress/questions` takes; text that is not a number stays text for the schema to refuse. */
export function toBody(draft: QuestionDraft): Record<string, unknown> {
  const time = normaliseTime(draft.time);
  const schedule =
    draft.scheduleKind === 'once'
      ? { kind: 'once', date: dayToIso(draft.date), time }
      : draft.scheduleKind === 'weekly'
        ? { kind: 'weekly', weekday: whole(draft.weekday), time }
        : { kind: 'monthly', day: whole(draft.monthDay), time };
  return {
    text: draft.text,
    answerType: draft.answerType,
    choices: draft.answerType === 'choice' ? draft.choices : [],
    unitId: draft.unitId,
    audienceRoles: draft.audienceRoles,
    schedule,
    openDays: whole(draft.openDays),
  };
}

/** Words for what the shared schema leaves in English (a missing unit, a number typed as text). */
const fallbacks: Readonly<Record<string, string>> = {
  unitId: 'Chọn đơn vị được hỏi',
  openDays: 'Thời hạn trả lời từ 1 đến 30 ngày',
  'schedule.date': 'Ngày không hợp lệ (dd/mm/yyyy)',
};
const vietnamese = /[À-ỹ]/;

/**
 * The body to send, checked by the shared schema (plus a once-question dated before today), or the
 * Vietnamese message under each field that is wrong.
 */
export function checkQuestion(draft: QuestionDraft, now: Date = new Date()): { body: CreateQuestionBody } | { errors: FieldErrors } {
  const parsed = CreateQuestionBody.safeParse(toBody(draft));
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.map(String).join('.') || 'form';
    errors[path] ??= vietnamese.test(issue.message) ? issue.message : (fallbacks[path] ?? (path.startsWith('choices.') ? 'Lựa chọn không được trống' : 'Giá trị không hợp lệ'));
  }
  // The schema checks the number of choices only once every other field is right: say it at once.
  if (draft.answerType === 'choice' && draft.choices.length < 2) errors.choices ??= 'Cần ít nhất 2 lựa chọn';
  const iso = dayToIso(draft.date);
  if (draft.scheduleKind === 'once' && !errors['schedule.date'] && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    if (!isRealDay(iso)) errors['schedule.date'] = 'Ngày không tồn tại';
    else if (iso < vietnamToday(now)) errors['schedule.date'] = 'Ngày hỏi đã qua';
  }
  return parsed.success && Object.keys(errors).length === 0 ? { body: parsed.data } : { errors };
}

function isRealDay(iso: string): boolean {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
