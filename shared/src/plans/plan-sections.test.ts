import { describe, expect, it } from 'vitest';
import { planLayout } from './plan-layout';
import { buildSections, flattenSections, sectionTrail } from './plan-sections';

const outline = [
  'KẾ HOẠCH',
  'Thử nghiệm',
  'Căn cứ tình hình thực tế, nhà trường ban hành kế hoạch:',
  'I. MỤC ĐÍCH',
  '1. Mục đích',
  'Nâng cao nhận thức.',
  '1.1. Ý thứ nhất dài hơn một dòng của văn bản, kéo dài để',
  'xuống dòng giữa câu và kết thúc ở đây.',
  '2. Trách nhiệm',
  'a) Tổ chuyên môn:',
  '- Việc thứ nhất;',
  '- Việc thứ hai.',
  '+ Chi tiết.',
  'b) Giáo viên: Thực hiện kế hoạch.',
  '- Việc của giáo viên.',
  '2. Số lặp lại',
  '2.1. Con của số lặp lại',
  'II. TỔ CHỨC',
  'Nơi nhận:',
  '- Lưu: VT.',
].join('\n');

const sections = () => buildSections(outline, planLayout(outline).sections);

describe('buildSections', () => {
  it('gives stable paths by outline level', () => {
    expect(flattenSections(sections()).map((s) => s.path)).toEqual([
      'I', 'I.1', 'I.1.1', 'I.2', 'I.2.a', 'I.2.a.-1', 'I.2.a.-2', 'I.2.a.-2.+1', 'I.2.b', 'I.2.b.-1', 'I.2~2', 'I.2~2.1', 'II',
    ]);
  });

  it('separates headings from content', () => {
    const byPath = Object.fromEntries(flattenSections(sections()).map((s) => [s.path, s]));
    expect(byPath['I.1']).toMatchObject({ heading: 'Mục đích', body: 'Nâng cao nhận thức.' });
    expect(byPath['I.1.1']).toMatchObject({ heading: null, body: 'Ý thứ nhất dài hơn một dòng của văn bản, kéo dài để xuống dòng giữa câu và kết thúc ở đây.' });
    expect(byPath['I.2.a']).toMatchObject({ heading: 'Tổ chuyên môn', body: '' });
    expect(byPath['I.2.b']).toMatchObject({ heading: 'Giáo viên', body: 'Thực hiện kế hoạch.' });
    expect(byPath['I.2.a.-1']).toMatchObject({ heading: null, body: 'Việc thứ nhất;' });
  });

  it('spans each section over its children and stops before "Nơi nhận"', () => {
    const [first, second] = sections();
    expect(outline.slice(first?.start, first?.end)).toMatch(/^I\. MỤC ĐÍCH[\s\S]*Con của số lặp lại$/);
    expect(outline.slice(second?.start, second?.end)).toBe('II. TỔ CHỨC');
  });

  it('finds the sections around an offset', () => {
    const offset = outline.indexOf('Chi tiết');
    expect(sectionTrail(sections(), offset).map((s) => s.path)).toEqual(['I', 'I.2', 'I.2.a', 'I.2.a.-2', 'I.2.a.-2.+1']);
  });
});
