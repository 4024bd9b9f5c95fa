import type { QuestionSchedule } from '@tds/shared';
import { formatDay } from '../../lib/format';

/** Weekdays as the schedule numbers them: 1 = thứ Hai … 7 = Chủ nhật. */
export const weekdayLabels: Readonly<Record<number, string>> = { 1: 'thứ Hai', 2: 'thứ Ba', 3: 'thứ Tư', 4: 'thứ Năm', 5: 'thứ Sáu', 6: 'thứ Bảy', 7: 'Chủ nhật' };

/** "Một lần, 10:00 ngày 20/05/2026", "Hằng tuần, thứ Hai lúc 08:00", "Hằng tháng, ngày 5 lúc 07:30". */
export function describeSchedule(schedule: QuestionSchedule): string {
  switch (schedule.kind) {
    case 'once':
      return `Một lần, ${schedule.time} ngày ${formatDay(schedule.date)}`;
    case 'weekly':
      return `Hằng tuần, ${weekdayLabels[schedule.weekday] ?? `thứ ${schedule.weekday}`} lúc ${schedule.time}`;
    case 'monthly':
      return `Hằng tháng, ngày ${schedule.day} lúc ${schedule.time}`;
  }
}

/** Which round the results are of: "Lần hỏi duy nhất" or "Lần hỏi ngày 20/05/2026". */
export function describeOccurrence(occurrence: string): string {
  return occurrence === 'once' ? 'Lần hỏi duy nhất' : `Lần hỏi ngày ${formatDay(occurrence)}`;
}
