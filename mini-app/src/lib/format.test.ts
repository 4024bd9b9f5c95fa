import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDate / formatDateTime', () => {
  it('uses Vietnam time: 17:30 UTC is already the next day in Hà Nội', () => {
    expect(formatDate('2026-03-31T17:30:00Z')).toBe('01/04/2026');
    expect(formatDateTime('2026-03-31T17:30:00Z')).toBe('00:30 01/04/2026');
  });

  it('pads day and month', () => {
    expect(formatDate(new Date('2026-01-05T03:00:00Z'))).toBe('05/01/2026');
  });

  it('answers empty text for an invalid instant', () => {
    expect(formatDate('not a date')).toBe('');
  });
});
