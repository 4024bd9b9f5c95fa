/** A day as stored and compared: "YYYY-MM-DD" in Vietnam. */
export type VnDay = string;

/** Days off an officer declared (the announced Tết break, summer break, exam week): both ends included. */
export interface OffDayRange {
  from: VnDay;
  to: VnDay;
  label: string;
}

/** ISO weekdays: 1 = thứ Hai … 6 = thứ Bảy, 7 = Chủ nhật. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Saturday and Sunday off unless a unit says otherwise (many schools work Saturday mornings). */
export const defaultWeekend: readonly Weekday[] = [6, 7];

export const weekdayLabels: Record<Weekday, string> = { 1: 'Thứ Hai', 2: 'Thứ Ba', 3: 'Thứ Tư', 4: 'Thứ Năm', 5: 'Thứ Sáu', 6: 'Thứ Bảy', 7: 'Chủ nhật' };

/** Which days a unit does not work, and why. Pure: built from data the caller loaded. */
export interface WorkingCalendar {
  /** Why the day is off ("Tết Nguyên Đán", "Chủ nhật"), or null on a working day. */
  offReason(day: VnDay): string | null;
}

/** Every day is a working day: what reminders did before calendars existed. */
export const everyDayWorks: WorkingCalendar = { offReason: () => null };

const DAY_MS = 86_400_000;
const toUtc = (day: VnDay): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number): VnDay => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: VnDay, days: number): VnDay {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

export function weekdayOf(day: VnDay): Weekday {
  return (((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: VnDay, to: VnDay): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export interface CalendarParts {
  /** The public holiday on a day, or null (see `vn-public-holidays.ts`, kept out of this module for the mini app's bundle). */
  holidayOn(day: VnDay): string | null;
  offDays: readonly OffDayRange[];
  weekend: readonly Weekday[];
}

/**
 * One unit's calendar: public holidays first (they name the day best), then declared off days,
 * then the weekend. Answers are memoised: planners ask the same few dozen days many times per tick.
 */
export function workingCalendar(parts: CalendarParts): WorkingCalendar {
  const memo = new Map<VnDay, string | null>();
  const weekend = new Set(parts.weekend);
  const reason = (day: VnDay): string | null => {
    const holiday = parts.holidayOn(day);
    if (holiday) return holiday;
    const off = parts.offDays.find((range) => isWithin(day, range));
    if (off) return off.label;
    const weekday = weekdayOf(day);
    return weekend.has(weekday) ? weekdayLabels[weekday] : null;
  };
  return {
    offReason(day) {
      if (!memo.has(day)) memo.set(day, reason(day));
      return memo.get(day)!;
    },
  };
}

/**
 * The day a reminder `offset` working days before `due` goes out: 0 is the due day itself
 * (a deadline stands even on a day off), 1 the last working day before it, and so on. Off days
 * are skipped, so a reminder never lands on a holiday, a weekend or a declared break.
 */
export function workingDaysBefore(calendar: WorkingCalendar, due: VnDay, offset: number): VnDay {
  let day = due;
  for (let left = offset; left > 0; ) {
    day = addDays(day, -1);
    if (calendar.offReason(day) === null) left--;
  }
  return day;
}

/** Whether a day lies in a range of days, both ends included (leave, breaks). */
export function isWithin(day: VnDay, range: { from: VnDay; to: VnDay }): boolean {
  return range.from <= day && day <= range.to;
}
