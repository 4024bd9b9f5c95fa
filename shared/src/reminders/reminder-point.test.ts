import { describe, expect, it } from 'vitest';
import type { DueRule } from '../calendar/obligation-schema';
import { currentReminderPoint, defaultReminderPolicy } from './reminder-point';

const dossier: DueRule = { day: 30, month: 5, quarter: null, year: null, recurrence: 'yearly', activeYears: { from: 2025, to: 2030 } };
/** An instant given as Vietnam wall-clock time. */
const vn = (iso: string) => new Date(`${iso}+07:00`);
const point = (iso: string) => currentReminderPoint(dossier, defaultReminderPolicy, vn(iso));

describe('currentReminderPoint', () => {
  it('reaches each offset at 07:30 Vietnam time, not before', () => {
    expect(point('2026-05-16T07:29:00')).toBeNull();
    expect(point('2026-05-16T07:30:00')).toEqual({ occurrence: '2026-05-30', offset: 14, daysLeft: 14 });
    expect(point('2026-05-20T12:00:00')).toEqual({ occurrence: '2026-05-30', offset: 14, daysLeft: 10 });
    expect(point('2026-05-23T08:00:00')).toMatchObject({ offset: 7 });
    expect(point('2026-05-29T07:30:00')).toMatchObject({ offset: 1 });
    expect(point('2026-05-30T07:30:00')).toMatchObject({ offset: 0, daysLeft: 0 });
  });

  it('after an outage gives only the latest point still useful, never the stale ones', () => {
    expect(point('2026-05-28T09:00:00')).toMatchObject({ offset: 3, daysLeft: 2 });
  });

  it('keeps quiet from 21:00 to 07:00 except on the due day', () => {
    expect(point('2026-05-23T21:30:00')).toBeNull();
    expect(point('2026-05-24T06:59:00')).toBeNull();
    expect(point('2026-05-30T22:00:00')).toMatchObject({ offset: 0 });
  });

  it('moves on to the next year after the due day, and stops after the campaign', () => {
    expect(point('2026-05-31T08:00:00')).toBeNull();
    expect(point('2027-05-16T08:00:00')).toMatchObject({ occurrence: '2027-05-30', offset: 14 });
    expect(point('2031-05-20T08:00:00')).toBeNull();
  });

  it('ignores the server time zone: the same instant gives the same answer', () => {
    const instant = new Date('2026-05-16T00:30:00Z');
    expect(currentReminderPoint(dossier, defaultReminderPolicy, instant)).toMatchObject({ offset: 14 });
  });
});
