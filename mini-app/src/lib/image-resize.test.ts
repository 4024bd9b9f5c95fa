import { describe, expect, it } from 'vitest';
import { fitWithin } from './image-resize';

describe('fitWithin', () => {
  it('brings the longest side down to 2048 px, proportions kept', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2048, height: 1536, scaled: true });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1536, height: 2048, scaled: true });
  });
  it('never enlarges a small picture', () => {
    expect(fitWithin(1200, 900)).toEqual({ width: 1200, height: 900, scaled: false });
    expect(fitWithin(2048, 10)).toEqual({ width: 2048, height: 10, scaled: false });
  });
});
