import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, maskDayInput } from './day-input';

describe('dayToIso / isoToDay', () => {
  it('turns a typed day into the ISO day and back', () => {
    expect(dayToIso('12/04/1988')).toBe('1988-04-12');
    expect(dayToIso(' 1/4/1988 ')).toBe('1988-04-01');
    expect(dayToIso('1.4.1988')).toBe('1988-04-01');
    expect(isoToDay('1988-04-12')).toBe('12/04/1988');
  });
  it('keeps what is not a whole date as typed', () => {
    expect(dayToIso('12/04')).toBe('12/04');
    expect(dayToIso('')).toBe('');
    expect(isoToDay('12/0')).toBe('12/0');
    expect(isoToDay(undefined)).toBe('');
  });
});

describe('maskDayInput', () => {
  it('adds slashes as digits are typed', () => {
    let value = '';
    for (const key of '12041988') value = maskDayInput(value, value + key);
    expect(value).toBe('12/04/1988');
    expect(maskDayInput('', '12041988')).toBe('12/04/1988');
  });
  it('leaves deletions and hand-typed slashes alone', () => {
    expect(maskDayInput('12/04', '12/0')).toBe('12/0');
    let value = '';
    for (const key of '1/4/1988') value = maskDayInput(value, value + key);
    expect(value).toBe('1/4/1988');
  });
});
