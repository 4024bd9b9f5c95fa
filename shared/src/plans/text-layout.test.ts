import { describe, expect, it } from 'vitest';
import { foldedView, sourceSpan, sourceText } from './folded-view';
import { segmentParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import { listMarker } from './source-lines';

describe('foldedView', () => {
  it('folds accents and line breaks and maps back to exact source spans', () => {
    const source = 'Gửi trước \n\nngày 15 tháng 6.';
    const view = foldedView(source);
    expect(view.folded).toBe('gui truoc ngay 15 thang 6.');
    const at = view.folded.indexOf('truoc');
    const span = sourceSpan(view, at, view.folded.indexOf('6') + 1);
    expect(source.slice(span.start, span.end)).toBe('trước \n\nngày 15 tháng 6');
    expect(sourceText(view, at, view.folded.length - 1)).toBe('trước ngày 15 tháng 6');
  });

  it('keeps combining marks with their letter', () => {
    const source = 'Tru\u031Bo\u031B\u0301c nga\u0300y'; // decomposed "Trước ngày"
    const view = foldedView(source);
    expect(view.folded).toBe('truoc ngay');
    const span = sourceSpan(view, 0, 5);
    expect(source.slice(span.start, span.end).normalize('NFC')).toBe('Trước');
  });
});

describe('segmentParagraphs', () => {
  it('joins lines wrapped mid-sentence and splits at items, headings and sentence ends', () => {
    const text = [
      '1.1. Giai đoạn 1 (từ 2025 - 2027)',
      '',
      'Các đơn vị xây dựng kế hoạch triển khai thực hiện Phong trào, các tiêu chí thi đua phù hợp trong quý III',
      '',
      'năm 2025; tổ chức triển khai thực hiện Phong trào thi đua hiệu quả, thiết thực, đúng tiến độ đề ra.',
      'II. NỘI DUNG',
    ].join('\n');
    const paragraphs = segmentParagraphs(text).map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '));
    expect(paragraphs).toEqual([
      '1.1. Giai đoạn 1 (từ 2025 - 2027)',
      'Các đơn vị xây dựng kế hoạch triển khai thực hiện Phong trào, các tiêu chí thi đua phù hợp trong quý III năm 2025; tổ chức triển khai thực hiện Phong trào thi đua hiệu quả, thiết thực, đúng tiến độ đề ra.',
      'II. NỘI DUNG',
    ]);
  });
});

describe('splitSentences', () => {
  it('ends sentences before capitals only, and clauses at semicolons', () => {
    const view = foldedView('Hoàn thành trong quý III năm 2025. Tiến hành sơ kết; tổng kết theo Nghị định 152/2025/NĐ-CP. xong');
    const pieces = (spans: ReturnType<typeof splitSentences>) => spans.map((s) => view.folded.slice(s.start, s.end));
    expect(pieces(splitSentences(view, false))).toEqual([
      'hoan thanh trong quy iii nam 2025.',
      'tien hanh so ket; tong ket theo nghi dinh 152/2025/nd-cp. xong',
    ]);
    expect(pieces(splitSentences(view, true))).toHaveLength(3);
  });
});

describe('listMarker', () => {
  it.each([
    ['II. NỘI DUNG', 'roman', 'II'],
    ['2.1. Phòng Văn hoá', 'number', '2.1'],
    ['2.4 Sở Giáo dục', 'number', '2.4'],
    ['a) Chủ trì', 'letter', 'a'],
    ['a). Huân chương', 'letter', 'a'],
    ['– Việc', 'bullet', '-'],
    ['+ Tổng hợp', 'bullet', '+'],
  ])('%s', (line, kind, label) => {
    expect(listMarker(line)).toMatchObject({ kind, label });
  });

  it('ignores years and document numbers at the start of a wrapped line', () => {
    expect(listMarker('125/KH-UBND ngày 02/6/2025')).toBeNull();
    expect(listMarker('2025 của Sở')).toBeNull();
  });
});
