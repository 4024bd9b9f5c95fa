import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is a version 7, variant 10 UUID', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts by the millisecond it was made in', () => {
    const earlier = newId(Date.UTC(2026, 4, 30, 1, 0, 0, 1));
    const later = newId(Date.UTC(2026, 4, 30, 1, 0, 0, 2));
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe('019e7665-2281');
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId(0)));
    expect(ids.size).toBe(10_000);
  });
});
