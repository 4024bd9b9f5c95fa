import { vnCalendarDay, vnStartOfDay } from '../calendar/vn-time';
import { foldVietnamese } from '../text/fold';

const DAY_MS = 86_400_000;

/** "17:00" → 1020 minutes after midnight. */
export function digestMinuteOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** 1020 → "17:00". */
export function digestTimeText(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** When a message held now goes out: today's digest time in Vietnam if not yet passed, else tomorrow's. */
export function nextDigestAt(now: Date, minuteOfDay: number): Date {
  const today = vnStartOfDay(vnCalendarDay(now)).getTime() + minuteOfDay * 60_000;
  return new Date(today >= now.getTime() ? today : today + DAY_MS);
}

/** What people type after `/gopngay`: "17:00", "17h", "17h30", "17 giờ", "7:30" → "HH:mm"; null if unreadable. */
export function parseDigestTime(text: string): string | null {
  const match = /^(\d{1,2})\s*(?:[:h]|gio|g)?\s*(\d{2})?$/.exec(foldVietnamese(text).trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return digestTimeText(hours * 60 + minutes);
}
