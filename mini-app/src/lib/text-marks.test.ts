import { describe, expect, it } from 'vitest';
import { findPhrases, locatePhrase, mergeAdjacent, queryRanges, segmentText } from './text-marks';

describe('locatePhrase', () => {
  const body = 'Hồ sơ gửi về UBND xã để tổng hợp trước ngày 30 tháng 5 hằng năm. Hằng năm tổng kết.';

  it('ignores how whitespace is laid out on either side', () => {
    const range = locatePhrase(body, 'trước ngày 30 tháng\n5   hằng năm');
    expect(range).not.toBeNull();
    expect(body.slice(...range!)).toBe('trước ngày 30 tháng 5 hằng năm');
    const reflowed = 'gửi trước ngày\n\n30/5/2030.';
    expect(reflowed.slice(...locatePhrase(reflowed, 'trước ngày 30/5/2030')!)).toBe('trước ngày\n\n30/5/2030');
  });

  it('finds the next occurrence after `from`, then falls back to case and accents', () => {
    const first = locatePhrase(body, 'hằng năm')!;
    const second = locatePhrase(body, 'Hằng năm', first[1])!;
    expect(second[0]).toBeGreaterThan(first[0]);
    expect(body.slice(...locatePhrase(body, 'HANG NAM TONG KET')!)).toBe('Hằng năm tổng kết');
    expect(locatePhrase(body, 'quý III')).toBeNull();
  });
});

describe('findPhrases / queryRanges', () => {
  const text = 'Phát huy sáng kiến, sáng tạo; điều kiện và các SÁNG   KIẾN hay';

  it('marks the words together and in order, ignoring accents, case and spacing', () => {
    expect(findPhrases(text, 'sang kien').map(([start, end]) => text.slice(start, end))).toEqual(['sáng kiến', 'SÁNG   KIẾN']);
    expect(findPhrases(text, 'kien')).toEqual([]);
  });

  it('falls back to each word when asked to', () => {
    expect(queryRanges(text, 'sang kien', false).map(([start, end]) => text.slice(start, end))).toEqual(['sáng kiến', 'sáng', 'kiện', 'SÁNG   KIẾN']);
  });
});

describe('mergeAdjacent', () => {
  it('joins words separated only by spaces', () => {
    const text = 'các sáng kiến hay, sáng tạo';
    expect(mergeAdjacent(text, [[4, 8], [9, 13], [19, 23]])).toEqual([[4, 13], [19, 23]]);
  });
});

describe('segmentText', () => {
  it('cuts at phrases and hits, numbering hits from hitBase', () => {
    const text = 'nộp trước ngày 30/5 cho xã';
    const segments = segmentText(text, [{ id: 'o1', start: 4, end: 19 }], [[10, 14], [24, 26]], 7);
    expect(segments.map((segment) => segment.text)).toEqual(['nộp ', 'trước ', 'ngày', ' 30/5', ' cho ', 'xã']);
    expect(segments[1]).toMatchObject({ obligationId: 'o1', opensObligation: true, closesObligation: null, hit: null });
    expect(segments[2]).toMatchObject({ obligationId: 'o1', hit: 7 });
    expect(segments[3]).toMatchObject({ closesObligation: 'o1' });
    expect(segments[5]).toMatchObject({ obligationId: null, hit: 8 });
  });
});
