import { describe, expect, it } from 'vitest';
import { latestOccurrence } from './occurrence';

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
