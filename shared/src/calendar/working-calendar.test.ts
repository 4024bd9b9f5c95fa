import { describe, expect, it } from 'vitest';
import { vnHolidayOn } from './vn-public-holidays';
import { addDays, defaultWeekend, everyDayWorks, weekdayOf, workingCalendar, workingDaysBefore } from './working-calendar';

/**
 * The lunar holidays of the campaign years, as Vietnam's calendar has them. Checked against Hồ
 * Ngọc Đức's lunar algorithm at UTC+7 (the reference behind Vietnamese calendars). Tết 2030 is
 * 02/02/2030 in Vietnam: that new moon falls at 23:07 on 2 February in Hà Nội but 00:07 on
 * 3 February in Beijing, so Chinese calendars (and tables copied from them) say 03/02.
 */
const lunar = [
  { year: 2026, tet: '2026-02-17', gioTo: '2026-04-26' },
  { year: 2027, tet: '2027-02-06', gioTo: '2027-04-16' },
  { year: 2028, tet: '2028-01-26', gioTo: '2028-04-04' },
  { year: 2029, tet: '2029-02-13', gioTo: '2029-04-23' },
  { year: 2030, tet: '2030-02-02', gioTo: '2030-04-12' },
];

const holidays = { get: vnHolidayOn, has: (day: string) => vnHolidayOn(day) !== null };

describe('Vietnamese public holidays', () => {
  it.each(lunar)('$year: Tết mùng 1 on $tet, Giỗ Tổ Hùng Vương on $gioTo', ({ tet, gioTo }) => {
    expect(holidays.get(tet)).toBe('Tết Nguyên Đán');
    expect(holidays.get(gioTo)).toBe('Giỗ tổ Hùng Vương');
    // Five days of Tết by law: the eve (30 or 29 Chạp) and mùng 1 to mùng 4.
    expect([-1, 0, 1, 2, 3].map((shift) => holidays.has(addDays(tet, shift)))).toEqual([true, true, true, true, true]);
    expect(holidays.has(addDays(tet, -2))).toBe(false);
    expect(holidays.has(addDays(tet, 4))).toBe(false);
  });

  it('has the solar holidays and leaves observances (not days off) out', () => {
    for (const day of ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02']) expect(holidays.has(day)).toBe(true);
    // Ngày Nhà giáo, Tết Trung thu, Quốc tế Phụ nữ are observances in date-holidays.
    for (const day of ['2026-11-20', '2026-09-25', '2026-03-08']) expect(holidays.has(day)).toBe(false);
  });
});

describe('working calendar', () => {
  const calendar = workingCalendar({ holidayOn: vnHolidayOn, offDays: [{ from: '2026-02-14', to: '2026-02-22', label: 'Nghỉ Tết theo thông báo' }], weekend: defaultWeekend });

  it('says why a day is off: holiday first, then a declared break, then the weekend', () => {
    expect(calendar.offReason('2026-02-17')).toBe('Tết Nguyên Đán');
    expect(calendar.offReason('2026-02-14')).toBe('Nghỉ Tết theo thông báo');
    expect(calendar.offReason('2026-05-30')).toBe('Thứ Bảy');
    expect(calendar.offReason('2026-05-29')).toBeNull();
    expect(weekdayOf('2026-05-31')).toBe(7);
  });

  it('counts reminder offsets in working days, skipping weekends, holidays and breaks', () => {
    // 30/5/2026 is a Saturday: offset 1 is Friday 29/5, offset 7 skips two weekends.
    expect(workingDaysBefore(calendar, '2026-05-30', 0)).toBe('2026-05-30');
    expect(workingDaysBefore(calendar, '2026-05-30', 1)).toBe('2026-05-29');
    expect(workingDaysBefore(calendar, '2026-05-30', 7)).toBe('2026-05-21');
    // 4/5/2026 (Monday) after 30/4, 1/5 and a weekend: the day before is Wednesday 29/4.
    expect(workingDaysBefore(calendar, '2026-05-04', 1)).toBe('2026-04-29');
    // Due right after the declared Tết break: one working day before is 13/2.
    expect(workingDaysBefore(calendar, '2026-02-23', 1)).toBe('2026-02-13');
  });

  it('lets a unit work on Saturdays', () => {
    const saturdaySchool = workingCalendar({ holidayOn: vnHolidayOn, offDays: [], weekend: [7] });
    expect(workingDaysBefore(saturdaySchool, '2026-06-01', 1)).toBe('2026-05-30');
    expect(workingDaysBefore(everyDayWorks, '2026-06-01', 3)).toBe('2026-05-29');
  });
});
