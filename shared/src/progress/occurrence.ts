import { vnCalendarDay, vnStartOfDay, isoDateVi, daysInMonth, type CalendarDay } from '../calendar/vn-time';
import type { QuestionSchedule } from '../schemas/progress';

export interface QuestionOccurrence {
  /** "once", or the date it is asked ("YYYY-MM-DD"). */
  key: string;
  opensAt: Date;
  closesAt: Date;
}

const DAY_MS = 86_400_000;

function at(date: CalendarDay, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(vnStartOfDay(date).getTime() + (hour * 60 + minute) * 60_000);
}

function occurrenceOn(schedule: QuestionSchedule, openDays: number, day: CalendarDay, key: string): QuestionOccurrence {
  const opensAt = at(day, schedule.time);
  return { key, opensAt, closesAt: new Date(opensAt.getTime() + openDays * DAY_MS) };
}

/** Whether a repeating schedule asks on this calendar day (weekday 1 = Monday). */
function asksOn(schedule: Exclude<QuestionSchedule, { kind: 'once' }>, day: CalendarDay): boolean {
  const weekday = ((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) + 1;
  return schedule.kind === 'weekly' ? weekday === schedule.weekday : day.day === schedule.day;
}

function parseDay(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The calendar day `offset` days from `today` (Vietnam time). */
function shiftDay(today: CalendarDay, offset: number): CalendarDay {
  return vnCalendarDay(new Date(vnStartOfDay(today).getTime() + offset * DAY_MS + 12 * 3_600_000));
}

/**
 * The latest occurrence of a question's schedule that has opened by `now` (Vietnam time), with
 * when it closes; null before the first one. Whether it is still open is `now < closesAt`.
 */
export function latestOccurrence(schedule: QuestionSchedule, openDays: number, now: Date): QuestionOccurrence | null {
  if (schedule.kind === 'once') {
    const once = occurrenceOn(schedule, openDays, parseDay(schedule.date), 'once');
    return now >= once.opensAt ? once : null;
  }
  // Walk back day by day (at most a month) to the latest matching day whose time has come.
  const today = vnCalendarDay(now);
  for (let back = 0; back <= 31; back++) {
    const day = shiftDay(today, -back);
    if (!asksOn(schedule, day)) continue;
    const occurrence = occurrenceOn(schedule, openDays, day, isoDateVi(vnStartOfDay(day)));
    if (occurrence.opensAt <= now) return occurrence;
  }
  return null;
}

/** The first occurrence that opens after `now`: what a person may answer ahead. Null when none is left. */
export function upcomingOccurrence(schedule: QuestionSchedule, openDays: number, now: Date): QuestionOccurrence | null {
  if (schedule.kind === 'once') {
    const once = occurrenceOn(schedule, openDays, parseDay(schedule.date), 'once');
    return now < once.opensAt ? once : null;
  }
  const today = vnCalendarDay(now);
  for (let ahead = 0; ahead <= 31; ahead++) {
    const day = shiftDay(today, ahead);
    if (!asksOn(schedule, day)) continue;
    const occurrence = occurrenceOn(schedule, openDays, day, isoDateVi(vnStartOfDay(day)));
    if (occurrence.opensAt > now) return occurrence;
  }
  return null;
}

/** The occurrence a key names ("once", or a day the schedule asks on), or null when there is no such round. */
export function occurrenceByKey(schedule: QuestionSchedule, openDays: number, key: string): QuestionOccurrence | null {
  if (schedule.kind === 'once') return key === 'once' ? occurrenceOn(schedule, openDays, parseDay(schedule.date), 'once') : null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) return null;
  const day = parseDay(key);
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month) || !asksOn(schedule, day)) return null;
  return occurrenceOn(schedule, openDays, day, key);
}
