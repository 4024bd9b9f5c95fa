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
