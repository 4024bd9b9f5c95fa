import type { DueRule } from './obligation-schema';
import { dayKey, daysInMonth, vnCalendarDay, vnStartOfDay, type CalendarDay } from './vn-time';

/**
 * Concrete due dates of a rule, as the start (00:00, Asia/Ho_Chi_Minh) of the due day:
 * - a day and month: that day ("30/5"); a day past the month's end moves to its last day;
 * - a quarter: its last day ("quý III" → 30/9);
 * - a month only: its last day; a year only ("vào năm 2027"): 31/12;
 * - monthly without a day: each month's last day; yearly without a date: each 31/12.
 * Recurring rules repeat within `activeYears` when set. A one-off rule without a year
 * ("trước ngày 25/5") falls on the first such day on or after the day asked about.
 */
function dueDaysIn(rule: DueRule, year: number): CalendarDay[] {
  const at = (month: number, day: number | null): CalendarDay => {
    const last = daysInMonth(year, month);
    return { year, month, day: day === null ? last : Math.min(day, last) };
  };
  if (rule.recurrence === 'monthly') return Array.from({ length: 12 }, (_, i) => at(i + 1, rule.day));
  if (rule.quarter !== null) return [at(rule.quarter * 3, null)];
  if (rule.month !== null) return [at(rule.month, rule.day)];
  return [at(12, 31)];
}

/** The years a rule can fall in, clipped to [from, to]; null when it cannot fall there. */
function yearRange(rule: DueRule, from: number, to: number): [number, number] | null {
  let [low, high] = [from, to];
  if (rule.recurrence === 'once' && rule.year !== null) [low, high] = [rule.year, rule.year];
  if (rule.recurrence !== 'once' && rule.activeYears) {
    low = Math.max(low, rule.activeYears.from);
    high = Math.min(high, rule.activeYears.to);
  }
  return low <= Math.min(high, to) && high >= from ? [low, high] : null;
}

function daysBetween(rule: DueRule, from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const range = yearRange(rule, from.year, to.year);
  if (!range) return [];
  const days: CalendarDay[] = [];
  for (let year = range[0]; year <= range[1]; year++) {
    for (const day of dueDaysIn(rule, year)) {
      if (dayKey(day) >= dayKey(from) && dayKey(day) <= dayKey(to)) days.push(day);
    }
  }
  const yearless = rule.recurrence === 'once' && rule.year === null;
  return yearless ? days.slice(0, 1) : days;
}

/** Due dates between `from` and `to`, both days included (days counted in Vietnam). */
export function occurrencesBetween(rule: DueRule, from: Date, to: Date): Date[] {
  return daysBetween(rule, vnCalendarDay(from), vnCalendarDay(to)).map(vnStartOfDay);
}

/**
 * The first due date on or after the Vietnamese day containing `after` (a deadline that falls
 * today is still ahead), or null when the rule has no more dates.
 */
export function nextOccurrence(rule: DueRule, after: Date): Date | null {
  const from = vnCalendarDay(after);
  // Every recurring rule and every yearless one-off has a date within any 13 months.
  const horizon = rule.recurrence === 'once' && rule.year !== null ? Math.max(rule.year, from.year) : from.year + 1;
  const [first] = daysBetween(rule, from, { year: horizon, month: 12, day: 31 });
  return first ? vnStartOfDay(first) : null;
}
