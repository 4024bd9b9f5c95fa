import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch } from './fold';

describe('foldVietnamese', () => {
  it('removes tones, vowel marks and đ in both cases', () => {
    expect(foldVietnamese('Sáng kiến ĐỔI MỚI Đăk Kôi')).toBe('sang kien doi moi dak koi');
  });
  it('treats precomposed and combining forms alike', () => {
    expect(foldVietnamese('ế')).toBe(foldVietnamese('e\u0302\u0301'));
  });
});

describe('matchesSearch', () => {
  it('finds accented text from an unaccented query', () => {
    expect(matchesSearch('Nộp sáng kiến cấp trường', 'sang kien')).toBe(true);
    expect(matchesSearch('Nộp sáng kiến cấp trường', 'sang kiem')).toBe(false);
  });
});
