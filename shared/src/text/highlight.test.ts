import { describe, expect, it } from 'vitest';
import { findMatches, foldSameLength, matchesEveryWord, snippetAround } from './highlight';

describe('accent-insensitive highlighting', () => {
  it('keeps offsets: folded index i is source character i', () => {
    const text = 'Nộp SÁNG KIẾN về Đăk Kôi';
    expect(foldSameLength(text)).toHaveLength(text.length);
    expect(foldSameLength(text)).toBe('nop sang kien ve dak koi');
  });

  it('marks the start of each word a query word begins', () => {
    const text = 'Hồ sơ sáng kiến, sáng tạo và kiến thức';
    const marked = findMatches(text, 'sang kien').map(([start, end]) => text.slice(start, end));
    expect(marked).toEqual(['sáng', 'kiến', 'sáng', 'kiến']);
    expect(findMatches(text, '')).toEqual([]);
  });

  it('requires every query word', () => {
    expect(matchesEveryWord('Nộp sáng kiến', 'sang kien')).toBe(true);
    expect(matchesEveryWord('Nộp sáng tạo', 'sang kien')).toBe(false);
  });

  it('centres the snippet on the words standing together when they do', () => {
    const text = `Sáng tạo là cần thiết. ${'đoạn giữa '.repeat(30)}Mỗi người một sáng kiến.`;
    const { snippet, highlights } = snippetAround(text, 'sang kien', 20);
    expect(highlights.map(([start, end]) => snippet.slice(start, end))).toEqual(['sáng', 'kiến']);
  });

  it('cuts a snippet around the first hit with highlights inside it', () => {
    const text = `${'mở đầu '.repeat(40)}hồ sơ đề nghị khen thưởng gửi về UBND xã ${'kết thúc '.repeat(40)}`;
    const { snippet, highlights } = snippetAround(text, 'khen thuong', 30);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights.map(([start, end]) => snippet.slice(start, end))).toEqual(['khen', 'thưởng']);
  });
});
