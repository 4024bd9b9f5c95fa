import { describe, expect, it } from 'vitest';
import { maskTimeInput, normaliseTime } from './time-input';

describe('maskTimeInput', () => {
  it('adds the colon as digits are typed', () => {
    expect(maskTimeInput('1', '10')).toBe('10:');
    expect(maskTimeInput('10:', '10:3')).toBe('10:3');
    expect(maskTimeInput('', '0730')).toBe('07:30');
    expect(maskTimeInput('7', '7.')).toBe('7:');
    expect(maskTimeInput('10:30', '10:305')).toBe('10:30');
  });
  it('leaves deleting alone', () => {
    expect(maskTimeInput('10:', '10')).toBe('10');
  });
});

describe('normaliseTime', () => {
  it('pads hours and minutes', () => {
    expect(normaliseTime('7:30')).toBe('07:30');
    expect(normaliseTime(' 10:00 ')).toBe('10:00');
    expect(normaliseTime('25')).toBe('25');
  });
});
