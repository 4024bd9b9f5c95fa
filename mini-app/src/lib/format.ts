/**
 * Dates as Vietnamese users write them, in Vietnam's time zone. Asia/Ho_Chi_Minh is a fixed UTC+7
 * (no daylight saving), so plain arithmetic gives the same answer on every phone, whatever its own
 * zone or Intl support.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

function vietnamParts(instant: string | Date) {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + vietnamOffsetMs);
  return {
    day: pad(local.getUTCDate()),
    month: pad(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/** "dd/mm/yyyy"; `''` for an invalid value. */
export function formatDate(instant: string | Date): string {
  const parts = vietnamParts(instant);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : '';
}

/** "HH:mm dd/mm/yyyy" (the order Vietnamese notices use); `''` for an invalid value. */
export function formatDateTime(instant: string | Date): string {
  const parts = vietnamParts(instant);
  return parts ? `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}` : '';
}

/** A calendar day "YYYY-MM-DD" (as the server sends due dates) → "dd/mm/yyyy"; other text unchanged. */
export function formatDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}

/** Today in Vietnam as "YYYY-MM-DD". */
export function vietnamToday(now: Date = new Date()): string {
  const parts = vietnamParts(now);
  return parts ? `${parts.year}-${parts.month}-${parts.day}` : '';
}

/** Whole days from `fromDay` to `toDay` (both "YYYY-MM-DD"); negative when `toDay` is earlier. */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

/** "HH:mm" in Vietnam time; `''` for an invalid value. */
export function formatTime(instant: string | Date): string {
  const parts = vietnamParts(instant);
  return parts ? `${parts.hour}:${parts.minute}` : '';
}
