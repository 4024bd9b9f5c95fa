import { describe, expect, it } from 'vitest';
import { digestMinuteOf, digestTimeText, nextDigestAt, parseDigestTime } from './digest-time';

describe('digest time', () => {
  it('reads and writes HH:mm', () => {
    expect(digestMinuteOf('17:00')).toBe(1020);
    expect(digestTimeText(450)).toBe('07:30');
  });
  it('is today at the chosen hour in Vietnam, or tomorrow once passed', () => {
    expect(nextDigestAt(new Date('2026-05-10T09:00:00+07:00'), 1020).toISOString()).toBe(new Date('2026-05-10T17:00:00+07:00').toISOString());
    expect(nextDigestAt(new Date('2026-05-10T17:00:00+07:00'), 1020).toISOString()).toBe(new Date('2026-05-10T17:00:00+07:00').toISOString());
    expect(nextDigestAt(new Date('2026-05-10T17:01:00+07:00'), 1020).toISOString()).toBe(new Date('2026-05-11T17:00:00+07:00').toISOString());
    // 23:30 UTC is already the next day in Vietnam.
    expect(nextDigestAt(new Date('2026-05-10T23:30:00Z'), 1020).toISOString()).toBe(new Date('2026-05-11T17:00:00+07:00').toISOString());
  });
  it('reads the hour as people type it', () => {
    expect(['17:00', '17h', '17', '17 giờ', '17g'].map(parseDigestTime)).toEqual(['17:00', '17:00', '17:00', '17:00', '17:00']);
    expect(parseDigestTime('7:30')).toBe('07:30');
    expect(parseDigestTime('17h30')).toBe('17:30');
    expect(parseDigestTime('25:00')).toBeNull();
    expect(parseDigestTime('chiều')).toBeNull();
  });
});
