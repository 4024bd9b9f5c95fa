import { describe, expect, it } from 'vitest';
import { countdown, daysUntil, describeDueRule } from './due';
import { daysBetween, formatDay, vietnamToday } from './format';

const rule = { day: null, month: null, quarter: null, year: null, recurrence: 'once', activeYears: null } as const;

describe('countdown', () => {
  it('reads today, days, months and years', () => {
    expect(countdown(0)).toEqual({ label: 'Hôm nay', tone: 'today' });
    expect(countdown(5)).toEqual({ label: 'Còn 5 ngày', tone: 'soon' });
    expect(countdown(20).tone).toBe('near');
    expect(countdown(59).label).toBe('Còn 59 ngày');
    expect(countdown(91).label).toBe('Còn 3 tháng');
    expect(countdown(1300).label).toBe('Còn 3 năm');
  });

  it('says "Đã qua" when there is no next date', () => {
    expect(countdown(null)).toEqual({ label: 'Đã qua', tone: 'past' });
    expect(countdown(-2).label).toBe('Đã qua');
  });
});

describe('dates', () => {
  it('formats calendar days and counts days between them', () => {
    expect(formatDay('2027-05-30')).toBe('30/05/2027');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysUntil('2026-11-30', '2026-11-26')).toBe(4);
    expect(daysUntil(null, '2026-11-26')).toBeNull();
  });

  it('takes today in Vietnam: 18:00 UTC is already tomorrow', () => {
    expect(vietnamToday(new Date('2026-11-26T18:00:00Z'))).toBe('2026-11-27');
  });
});

describe('describeDueRule', () => {
  it('writes each shape of rule the way plans do', () => {
    expect(describeDueRule({ ...rule, day: 30, month: 5, recurrence: 'yearly' })).toBe('30/05 hằng năm');
    expect(describeDueRule({ ...rule, day: 30, month: 5, year: 2030 })).toBe('30/05/2030');
    expect(describeDueRule({ ...rule, quarter: 3, year: 2025 })).toBe('Quý III/2025');
    expect(describeDueRule({ ...rule, year: 2027 })).toBe('Năm 2027');
    expect(describeDueRule({ ...rule, day: 5, recurrence: 'monthly' })).toBe('Ngày 5 hằng tháng');
    expect(describeDueRule({ ...rule, day: 10, month: 6, recurrence: 'yearly', activeYears: { from: 2025, to: 2030 } })).toBe('10/06 hằng năm (2025–2030)');
  });
});
