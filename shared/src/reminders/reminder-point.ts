import { nextOccurrence } from '../calendar/occurrences';
import type { DueRule } from '../calendar/obligation-schema';
import { isoDateVi, vnMinuteOfDay } from '../calendar/vn-time';
import { daysBetween, everyDayWorks, workingDaysBefore, type WorkingCalendar } from '../calendar/working-calendar';

export interface ReminderPolicy {
  /** Working days before the due date on which to remind; 0 = on the due day. */
  offsets: number[];
  /** Minutes after midnight (Asia/Ho_Chi_Minh) at which a reminder day's message goes out. */
  sendAtMinute: number;
}

/** 14, 7, 3, 1 and 0 working days before, at 07:30 Vietnam time. */
export const defaultReminderPolicy: ReminderPolicy = { offsets: [14, 7, 3, 1, 0], sendAtMinute: 7 * 60 + 30 };

/** No messages from 21:00 to 07:00, except on the due day itself. */
export const QUIET_FROM_MINUTE = 21 * 60;
export const QUIET_TO_MINUTE = 7 * 60;

export function inQuietHours(now: Date): boolean {
  const minute = vnMinuteOfDay(now);
  return minute >= QUIET_FROM_MINUTE || minute < QUIET_TO_MINUTE;
}

export interface ReminderPoint {
  /** The due date this reminder is about, "YYYY-MM-DD" in Vietnam. */
  occurrence: string;
  /** Which reminder of the policy: days before the due date. */
  offset: number;
  /** Whole calendar days from today to the due date. */
  daysLeft: number;
  /** Why the due day itself is a day off ("Chủ nhật", "Tết Nguyên Đán"), or null: reminders say so. */
  dueDayOff: string | null;
}

/**
 * The reminder that should have gone out by now for a rule: the latest reminder point already
 * reached whose due date is still ahead (or today). Deterministic in `now`, so a scheduler can ask
 * it every minute, after a restart or after days of downtime: a missed point is superseded by the
 * next one, so an outage never produces a burst of stale reminders, only the one still useful.
 * Offsets count the recipient's working days, so a point never falls on a day off; and nothing
 * goes out on a day off (a weekend, a holiday, a declared Tết break) nor in quiet hours, except on
 * the due day itself.
 */
export function currentReminderPoint(rule: DueRule, policy: ReminderPolicy, now: Date, calendar: WorkingCalendar = everyDayWorks): ReminderPoint | null {
  const due = nextOccurrence(rule, now);
  if (!due) return null;
  const today = isoDateVi(now);
  const dueDay = isoDateVi(due);
  const daysLeft = daysBetween(today, dueDay);
  const minute = vnMinuteOfDay(now);
  const reached = policy.offsets.filter((offset) => {
    const day = workingDaysBefore(calendar, dueDay, offset);
    return day < today || (day === today && minute >= policy.sendAtMinute);
  });
  if (reached.length === 0) return null;
  if (daysLeft > 0 && (inQuietHours(now) || calendar.offReason(today) !== null)) return null;
  return { occurrence: dueDay, offset: Math.min(...reached), daysLeft, dueDayOff: calendar.offReason(dueDay) };
}

/** 450 → "07:30": a policy's send time as officers type it. */
export function minutesToTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
