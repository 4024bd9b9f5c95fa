import { describe, expect, it } from 'vitest';
import { latestOccurrence, occurrenceByKey, upcomingOccurrence } from './occurrence';

const vn = (iso: string) => new Date(`${iso}+07:00`);

describe('latestOccurrence', () => {
  it('opens a one-off question at its moment and closes it after the open days', () => {
    const schedule = { kind: 'once', date: '2026-05-20', time: '08:00' } as const;
    expect(latestOccurrence(schedule, 3, vn('2026-05-20T07:59:00'))).toBeNull();
    expect(latestOccurrence(schedule, 3, vn('2026-05-20T08:00:00'))).toEqual({ key: 'once', opensAt: vn('2026-05-20T08:00:00'), closesAt: vn('2026-05-23T08:00:00') });
  });

  it('finds the latest weekly occurrence (1 = Monday) in Vietnam time', () => {
    const schedule = { kind: 'weekly', weekday: 1, time: '07:30' } as const;
    // 20/05/2026 is a Wednesday: the latest Monday is 18/05.
    expect(latestOccurrence(schedule, 2, vn('2026-05-20T10:00:00'))?.key).toBe('2026-05-18');
    expect(latestOccurrence(schedule, 2, vn('2026-05-25T07:00:00'))?.key).toBe('2026-05-18');
    expect(latestOccurrence(schedule, 2, vn('2026-05-25T07:30:00'))?.key).toBe('2026-05-25');
  });

  it('finds the latest monthly occurrence', () => {
    expect(latestOccurrence({ kind: 'monthly', day: 25, time: '08:00' }, 5, vn('2026-06-03T09:00:00'))?.key).toBe('2026-05-25');
  });
});

describe('upcomingOccurrence and occurrenceByKey', () => {
  const weekly = { kind: 'weekly', weekday: 1, time: '07:30' } as const;

  it('finds the next round to answer ahead, and none once a one-off question has opened', () => {
    expect(upcomingOccurrence(weekly, 2, vn('2026-05-20T10:00:00'))).toEqual({ key: '2026-05-25', opensAt: vn('2026-05-25T07:30:00'), closesAt: vn('2026-05-27T07:30:00') });
    expect(upcomingOccurrence(weekly, 2, vn('2026-05-25T07:29:00'))?.key).toBe('2026-05-25');
    expect(upcomingOccurrence(weekly, 2, vn('2026-05-25T07:30:00'))?.key).toBe('2026-06-01');
    const once = { kind: 'once', date: '2026-05-20', time: '08:00' } as const;
    expect(upcomingOccurrence(once, 3, vn('2026-05-19T08:00:00'))?.key).toBe('once');
    expect(upcomingOccurrence(once, 3, vn('2026-05-20T08:00:00'))).toBeNull();
    expect(upcomingOccurrence({ kind: 'monthly', day: 25, time: '08:00' }, 5, vn('2026-05-26T09:00:00'))?.key).toBe('2026-06-25');
  });

  it('names only rounds the schedule really has', () => {
    expect(occurrenceByKey(weekly, 2, '2026-05-18')).toEqual({ key: '2026-05-18', opensAt: vn('2026-05-18T07:30:00'), closesAt: vn('2026-05-20T07:30:00') });
    expect(occurrenceByKey(weekly, 2, '2026-05-19')).toBeNull(); // a Tuesday
    expect(occurrenceByKey(weekly, 2, '2026-02-30')).toBeNull();
    expect(occurrenceByKey(weekly, 2, 'once')).toBeNull();
    expect(occurrenceByKey({ kind: 'once', date: '2026-05-20', time: '08:00' }, 3, 'once')?.closesAt).toEqual(vn('2026-05-23T08:00:00'));
    expect(occurrenceByKey({ kind: 'once', date: '2026-05-20', time: '08:00' }, 3, '2026-05-20')).toBeNull();
  });
});
