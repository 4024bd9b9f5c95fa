import { describe, expect, it } from 'vitest';
import type { DueRule } from '../calendar/obligation-schema';
import { defaultWeekend, workingCalendar } from '../calendar/working-calendar';
import { currentReminderPoint, defaultReminderPolicy } from './reminder-point';

const dossier: DueRule = { day: 30, month: 5, quarter: null, year: null, recurrence: 'yearly', activeYears: { from: 2025, to: 2030 } };
/** An instant given as Vietnam wall-clock time. */
const vn = (iso: string) => new Date(`${iso}+07:00`);
const point = (iso: string) => currentReminderPoint(dossier, defaultReminderPolicy, vn(iso));

describe('currentReminderPoint', () => {
  it('reaches each offset at 07:30 Vietnam time, not before', () => {
    expect(point('2026-05-16T07:29:00')).toBeNull();
    expect(point('2026-05-16T07:30:00')).toEqual({ occurrence: '2026-05-30', offset: 14, daysLeft: 14, dueDayOff: null });
    expect(point('2026-05-20T12:00:00')).toEqual({ occurrence: '2026-05-30', offset: 14, daysLeft: 10, dueDayOff: null });
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

  describe('on a working calendar', () => {
    const calendar = workingCalendar({ holidayOn: (day) => (day === '2026-02-17' ? 'Tết Nguyên Đán' : null), offDays: [{ from: '2026-02-14', to: '2026-02-22', label: 'Nghỉ Tết' }], weekend: defaultWeekend });
    const at = (rule: DueRule, iso: string) => currentReminderPoint(rule, defaultReminderPolicy, vn(iso), calendar);
    const inTet: DueRule = { ...dossier, day: 18, month: 2 };

    it('counts offsets in working days and names a due day that is off', () => {
      // 30/5/2026 is a Saturday: 14 working days before is Tuesday 12/5.
      expect(at(dossier, '2026-05-12T07:29:00')).toBeNull();
      expect(at(dossier, '2026-05-12T07:30:00')).toEqual({ occurrence: '2026-05-30', offset: 14, daysLeft: 18, dueDayOff: 'Thứ Bảy' });
      expect(at(dossier, '2026-05-29T07:30:00')).toMatchObject({ offset: 1 });
    });

    it('sends nothing on a day off, nor in a Tết break, except on the due day', () => {
      expect(at(dossier, '2026-05-23T09:00:00')).toBeNull();
      expect(at(inTet, '2026-02-16T09:00:00')).toBeNull();
      // Offset 1 of 18/2 is Friday 13/2, the last working day before the break.
      expect(at(inTet, '2026-02-13T08:00:00')).toMatchObject({ offset: 1, daysLeft: 5 });
      expect(at(inTet, '2026-02-18T08:00:00')).toEqual({ occurrence: '2026-02-18', offset: 0, daysLeft: 0, dueDayOff: 'Nghỉ Tết' });
    });
  });
});
