/**
 * Calendar days in Vietnam's time zone. Deadlines are whole days in Asia/Ho_Chi_Minh no matter
 * where the server runs (CI and containers usually run in UTC), so every conversion goes
 * through Intl with the zone named explicitly, never through the machine's local time.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function zonedParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const read = (key: string): number => Number(parts[key] ?? Number.NaN);
  return { year: read('year'), month: read('month'), day: read('day'), hour: read('hour'), minute: read('minute'), second: read('second') };
}

/** The Vietnamese calendar day an instant falls on. */
export function vnCalendarDay(instant: Date): CalendarDay {
  const { year, month, day } = zonedParts(instant);
  return { year, month, day };
}

/** Minutes since midnight in Vietnam: 450 is 07:30. */
export function vnMinuteOfDay(instant: Date): number {
  const { hour, minute } = zonedParts(instant);
  return hour * 60 + minute;
}

/** The instant a Vietnamese calendar day begins (00:00 in Asia/Ho_Chi_Minh). */
export function vnStartOfDay(day: CalendarDay): Date {
  const wallClock = Date.UTC(day.year, day.month - 1, day.day);
  let instant = wallClock;
  // Two passes settle the zone offset even across an offset change; Vietnam has none today.
  for (let pass = 0; pass < 2; pass++) {
    const p = zonedParts(new Date(instant));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    instant += wallClock - shown;
  }
  return new Date(instant);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** "dd/mm/yyyy" in Vietnam's time zone: the form officers write in documents. */
export function formatDateVi(date: Date): string {
  const { year, month, day } = vnCalendarDay(date);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** "yyyy-mm-dd" in Vietnam's time zone, for storage and comparisons. */
export function isoDateVi(date: Date): string {
  const { year, month, day } = vnCalendarDay(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** yyyymmdd as a number: calendar days compare with < and >. */
export function dayKey(day: CalendarDay): number {
  return day.year * 10_000 + day.month * 100 + day.day;
}
