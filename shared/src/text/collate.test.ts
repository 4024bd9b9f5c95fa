import { describe, expect, it } from 'vitest';
import { compareVi } from './collate';

describe('compareVi', () => {
  it('sorts in Vietnamese alphabetical order', () => {
    expect(['Đào', 'Dương', 'Ân', 'An', 'Ăn', 'Bình'].sort(compareVi)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đào']);
  });
});
