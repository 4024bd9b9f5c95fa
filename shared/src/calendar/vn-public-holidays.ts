import Holidays from 'date-holidays';
import { addDays, type VnDay } from './working-calendar';
import { isoDateVi } from './vn-time';

let holidays: Holidays | null = null;
const source = (): Holidays => (holidays ??= new Holidays('VN'));
const byYear = new Map<number, ReadonlyMap<VnDay, string>>();


/**
 * Vietnam's public holidays (days off by law) from `date-holidays`, including the lunar ones
 * (the five days of Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch). Its 'observance' entries
 * (Ngày Nhà giáo, Trung thu…) are not days off and are left out. Imported by the server only:
 * the library and its rule data must stay out of the mini app's bundle, so `index.ts` does not
 * re-export this module.
 */
export function vnHolidaysOfYear(year: number): ReadonlyMap<VnDay, string> {
  const known = byYear.get(year);
  if (known) return known;
  const days = new Map<VnDay, string>();
  for (const holiday of source().getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    // The Tết break is one entry spanning [start, end) named for its first day ("Giao thừa…");
    // the break is named for the festival, and a one-day entry inside it names its own day.
    const first = isoDateVi(holiday.start);
    const last = isoDateVi(new Date(holiday.end.getTime() - 1));
    const label = first === last ? holiday.name : holiday.name.replace(/^Giao thừa\s+/i, '');
    for (let day = first; day <= last; day = addDays(day, 1)) if (first === last || !days.has(day)) days.set(day, label);
  }
  byYear.set(year, days);
  return days;
}

/** The public holiday on a day, or null; years are computed on first use (date-holidays takes ~0.2 s a year). */
export function vnHolidayOn(day: VnDay): string | null {
  return vnHolidaysOfYear(Number(day.slice(0, 4))).get(day) ?? null;
}
