import { describe, expect, it } from 'vitest';
import { readRealPlan } from '../plans/real-plans-fixture';
import { extractDeadlines } from './extract-deadlines';
import type { DueRule } from './obligation-schema';
import { nextOccurrence, occurrencesBetween } from './occurrences';
import { formatDateVi } from './vn-time';

const rule = (fields: Partial<DueRule>): DueRule => ({
  day: null, month: null, quarter: null, year: null, recurrence: 'once', activeYears: null, ...fields,
});
const vn = (isoLocal: string): Date => new Date(`${isoLocal}+07:00`);
const shown = (dates: readonly Date[]): string[] => dates.map(formatDateVi);
const next = (r: DueRule, after: string): string | null => {
  const date = nextOccurrence(r, vn(after));
  return date ? formatDateVi(date) : null;
};

describe('yearly deadlines', () => {
  const yearly = rule({ day: 30, month: 5, recurrence: 'yearly', activeYears: { from: 2025, to: 2030 } });

  it('recur through the campaign years only', () => {
    expect(shown(occurrencesBetween(yearly, vn('2020-01-01T00:00:00'), vn('2040-01-01T00:00:00')))).toEqual([
      '30/05/2025', '30/05/2026', '30/05/2027', '30/05/2028', '30/05/2029', '30/05/2030',
    ]);
  });

  it('count a deadline falling today as still ahead', () => {
    expect(next(yearly, '2026-05-30T10:00:00')).toBe('30/05/2026');
    expect(next(yearly, '2026-05-31T00:00:00')).toBe('30/05/2027');
    expect(next(yearly, '2030-05-31T00:00:00')).toBeNull();
  });

  it('use the Vietnamese day, not UTC', () => {
    // 00:30 on 31/5 in Vietnam is still 30/5 in UTC: the 2026 deadline has passed.
    expect(formatDateVi(nextOccurrence(yearly, new Date('2026-05-30T17:30:00Z')) ?? new Date(0))).toBe('30/05/2027');
    expect(nextOccurrence(yearly, vn('2026-05-01T08:00:00'))?.toISOString()).toBe('2026-05-29T17:00:00.000Z');
  });

  it('fall on 31/12 when the plan gives no date ("Hằng năm, …")', () => {
    expect(next(rule({ recurrence: 'yearly' }), '2026-02-01T00:00:00')).toBe('31/12/2026');
  });
});

describe('one-off deadlines', () => {
  it('fall on the last day of a quarter', () => {
    expect(next(rule({ quarter: 3, year: 2025 }), '2025-09-01T00:00:00')).toBe('30/09/2025');
    expect(next(rule({ quarter: 4, year: 2027 }), '2025-01-01T00:00:00')).toBe('31/12/2027');
    expect(next(rule({ quarter: 3, year: 2025 }), '2025-10-01T00:00:00')).toBeNull();
  });

  it('fall on 31/12 of a bare year ("vào năm 2027")', () => {
    expect(next(rule({ year: 2027 }), '2025-10-01T00:00:00')).toBe('31/12/2027');
  });

  it('fall on the given date', () => {
    const dated = rule({ day: 30, month: 5, year: 2030 });
    expect(shown(occurrencesBetween(dated, vn('2025-01-01T00:00:00'), vn('2031-01-01T00:00:00')))).toEqual(['30/05/2030']);
    expect(occurrencesBetween(dated, vn('2025-01-01T00:00:00'), vn('2030-05-29T00:00:00'))).toEqual([]);
  });

  it('without a year, fall on the next such day', () => {
    const yearless = rule({ day: 25, month: 5 });
    expect(next(yearless, '2026-06-01T00:00:00')).toBe('25/05/2027');
    expect(shown(occurrencesBetween(yearless, vn('2026-01-01T00:00:00'), vn('2028-12-31T00:00:00')))).toEqual(['25/05/2026']);
  });
});

describe('monthly deadlines', () => {
  it('recur each month and clamp to short months', () => {
    const monthly = rule({ day: 31, recurrence: 'monthly' });
    expect(shown(occurrencesBetween(monthly, vn('2026-01-01T00:00:00'), vn('2026-04-30T00:00:00')))).toEqual([
      '31/01/2026', '28/02/2026', '31/03/2026', '30/04/2026',
    ]);
    expect(next(rule({ day: 25, recurrence: 'monthly' }), '2026-12-26T00:00:00')).toBe('25/01/2027');
  });
});

describe('obligations of the commune plan', () => {
  const obligations = extractDeadlines(readRealPlan('commune'));
  const from = vn('2025-10-01T00:00:00');
  const to = vn('2031-01-01T00:00:00');

  it('turn into concrete due dates', () => {
    const byPhrase = Object.fromEntries(obligations.map((o) => [o.phrase, shown(occurrencesBetween(o, from, to))]));
    expect(byPhrase['trước ngày 30 tháng 5 hằng năm']).toEqual(['30/05/2026', '30/05/2027', '30/05/2028', '30/05/2029', '30/05/2030']);
    expect(byPhrase['trước ngày 30/5/2030']).toEqual(['30/05/2030']);
    expect(byPhrase['vào năm 2027']).toEqual(['31/12/2027']);
    expect(byPhrase['trong quý III năm 2025']).toEqual([]);
  });
});
