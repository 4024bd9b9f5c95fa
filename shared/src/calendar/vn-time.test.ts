import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDateVi, isoDateVi, vnCalendarDay, vnMinuteOfDay, vnStartOfDay } from './vn-time';

describe('Vietnam calendar days', () => {
  it('formats in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    // 17:30 UTC on 31/12 is already 00:30 on 1/1 in Vietnam (UTC+7).
    const instant = new Date('2025-12-31T17:30:00Z');
    expect(formatDateVi(instant)).toBe('01/01/2026');
    expect(isoDateVi(instant)).toBe('2026-01-01');
    expect(formatDateVi(new Date('2025-12-31T16:59:59Z'))).toBe('31/12/2025');
  });

  it('pads day and month', () => {
    expect(formatDateVi(new Date('2026-03-05T03:00:00Z'))).toBe('05/03/2026');
  });

  it('finds the instant a Vietnamese day starts', () => {
    expect(vnStartOfDay({ year: 2026, month: 5, day: 30 }).toISOString()).toBe('2026-05-29T17:00:00.000Z');
    expect(vnCalendarDay(new Date('2026-05-29T17:00:00Z'))).toEqual({ year: 2026, month: 5, day: 30 });
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
  });

  it('agrees with the zone database on every instant the fixed UTC+7 path serves', () => {
    const reference = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let ms = Date.UTC(1975, 5, 13); ms < Date.UTC(2100, 0, 1); ms += 7_919_999_993) {
      const instant = new Date(ms);
      const [date, time] = reference.format(instant).split(', ') as [string, string];
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      expect({ day: formatDateVi(instant), minute: vnMinuteOfDay(instant) }).toEqual({ day: date, minute: hour * 60 + minute });
    }
  });
});
