import { vnCalendarDay, vnStartOfDay, isoDateVi } from '../calendar/vn-time';
import type { QuestionSchedule } from '../schemas/progress';

export interface QuestionOccurrence {
  /** "once", or the date it is asked ("YYYY-MM-DD"). */
  key: string;
  opensAt: Date;
  closesAt: Date;
}

const DAY_MS = 86_400_000;

function at(date: { year: number; month: number; day: number }, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(vnStartOfDay(date).getTime() + (hour * 60 + minute) * 60_000);
}

/**
 * The latest occurrence of a question's schedule that has opened by `now` (Vietnam time), with
 * when it closes; null before the first one. Whether it is still open is `now < closesAt`.
 */
export function latestOccurrence(schedule: QuestionSchedule, openDays: number, now: Date): QuestionOccurrence | null {
  const today = vnCalendarDay(now);
  const close = (opensAt: Date) => new Date(opensAt.getTime() + openDays * DAY_MS);
  if (schedule.kind === 'once') {
    const [year, month, day] = schedule.date.split('-').map(Number) as [number, number, number];
    const opensAt = at({ year, month, day }, schedule.time);
    return now >= opensAt ? { key: 'once', opensAt, closesAt: close(opensAt) } : null;
  }
  // Walk back day by day (at most a month) to the latest matching day whose time has come.
  for (let back = 0; back <= 31; back++) {
    const candidate = vnCalendarDay(new Date(vnStartOfDay(today).getTime() - back * DAY_MS + 12 * 3_600_000));
    const weekday = ((new Date(Date.UTC(candidate.year, candidate.month - 1, candidate.day)).getUTCDay() + 6) % 7) + 1;
    const matches = schedule.kind === 'weekly' ? weekday === schedule.weekday : candidate.day === schedule.day;
    if (!matches) continue;
    const opensAt = at(candidate, schedule.time);
    if (opensAt <= now) return { key: isoDateVi(opensAt), opensAt, closesAt: close(opensAt) };
  }
  return null;
}
