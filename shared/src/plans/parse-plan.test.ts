import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan';
import { ParsedPlan, type PlanSection } from './plan-schema';
import { flattenSections } from './plan-sections';
import { readRealPlan, type RealPlan } from './real-plans-fixture';

const headings = (sections: readonly PlanSection[]): Record<string, string | null> =>
  Object.fromEntries(flattenSections(sections).map((s) => [s.path, s.heading]));

const commonTitle = 'Triển khai Phong trào thi đua "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số" và Phong trào "Bình dân học vụ số" của ngành Giáo dục';

describe('parsePlan on the real commune plan', () => {
  const plan = parsePlan(readRealPlan('commune'));

  it('reads the header, leaving the clerk’s blanks null', () => {
    expect(plan).toMatchObject({ issuer: 'UBND xã Đăk Kôi', number: null, issuedOn: null, issuedOnSource: null, place: 'Đăk Kôi' });
    expect(plan.title).toBe(`${commonTitle} trên địa bàn xã Đăk Kôi`);
  });

  it('reads the parent plan', () => {
    expect(plan.parentPlans).toEqual([{ number: '198/KH-SGDĐT', date: '2025-09-22', issuer: 'Sở Giáo dục và Đào tạo' }]);
  });

  it('builds the outline', () => {
    expect(flattenSections(plan.sections)).toHaveLength(58);
    expect(headings(plan.sections)).toMatchObject({
      I: 'MỤC ĐÍCH, YÊU CẦU',
      'I.1': 'Mục đích',
      'I.1.1': null,
      'IV.4': 'Thời gian',
      'VI.1.1': 'Giai đoạn 1 (từ 2025 - 2027)',
      'VI.2.1': 'Phòng Văn hoá - Xã hội',
      'VI.2.1.b': null,
      'VI.2.2': 'Phòng kinh tế',
      'VI.2.3.-1': null,
      'VI.2.3.-2': null,
    });
  });

  it('lists the distribution', () => {
    expect(plan.distribution[0]).toBe('Sở Giáo dục và Đào tạo (b/c)');
    expect(plan.distribution).toHaveLength(8);
  });
});

describe('parsePlan on the real department plan (PDF without its header)', () => {
  const plan = parsePlan(readRealPlan('department'));

  it('finds the issuer in the preamble and the date in the signature', () => {
    expect(plan).toMatchObject({ issuer: 'Sở Giáo dục và Đào tạo Quảng Ngãi', number: null, issuedOn: '2025-09-22', issuedOnSource: 'signature', place: null });
    expect(plan.title).toBe(commonTitle);
  });

  it('reads all three parent plans across wrapped lines', () => {
    expect(plan.parentPlans).toEqual([
      { number: '953/KH-BGDĐT', date: '2025-07-10', issuer: 'Bộ Giáo dục và Đào tạo' },
      { number: '142/KH-UBND', date: '2025-06-27', issuer: null },
      { number: '125/KH-UBND', date: '2025-06-02', issuer: 'UBND tỉnh' },
    ]);
  });

  it('builds the outline, giving repeated numbers distinct paths', () => {
    expect(headings(plan.sections)).toMatchObject({
      VIII: 'THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN',
      'V.2': 'Hình thức khen thưởng tổng kết',
      'V.2~2': 'Tiêu chuẩn khen thưởng',
      'VI.1.1.b': 'Bằng khen của Bộ Giáo dục và Đào tạo',
      'VI.1.1.b~2': 'Giấy khen của Sở Giáo dục và Đào tạo',
      'VIII.2.1.a': 'Phòng Tổ chức cán bộ',
      'VIII.2.1.a.+2': null,
      'VIII.2.2': 'UBND các xã, phường, đặc khu, các đơn vị trực thuộc Sở',
    });
  });

  it('joins wrapped lines into one body', () => {
    const item = flattenSections(plan.sections).find((s) => s.path === 'VI.3.1');
    expect(item?.body).toBe(
      'Hồ sơ đề nghị khen thưởng hằng năm và khen thưởng sơ kết Phong trào thi đua gửi về Sở Giáo dục và Đào tạo (qua Phòng Tổ chức cán bộ) đề tổng hợp trước ngày 15 tháng 6 hằng năm.',
    );
  });
});

describe('parsePlan on the real school plan', () => {
  const plan = parsePlan(readRealPlan('school'));

  it('finds the issuer in the preamble', () => {
    expect(plan).toMatchObject({ issuer: 'Trường THCS Vĩnh Phong 1', number: null, issuedOn: null, place: null });
    expect(plan.title).toBe('Phát động phong trào thi đua “Trường THCS Vĩnh Phong 1 thi đua đổi mới sáng tạo và chuyển đổi số”');
  });

  it('reads the parent plans but not the cited letter', () => {
    expect(plan.parentPlans.map((p) => [p.number, p.date])).toEqual([
      ['2234/KH-SGDĐT', '2025-10-15'],
      ['37/KH-UBND', '2025-09-17'],
      ['54/KH-UBND', '2025-10-06'],
      ['74/KH-UBND', '2025-10-24'],
    ]);
    expect(plan.parentPlans[0]?.issuer).toBe('Sở Giáo dục và Đào tạo tỉnh An Giang');
  });

  it('numbers dash items under their parent', () => {
    expect(headings(plan.sections)).toMatchObject({
      'VI.1.-1': 'Giai đoạn 1 (từ năm 2025-2027)',
      'VI.1.-2': 'Giai đoạn 2 (từ năm 2027-2030)',
      'III.3.1.-3': 'Giấy khen của Hiệu trưởng trường (phần này em gợi ý cho anh)',
      'VI.2.2~2': 'Đối với Tổ trưởng chuyên môn',
      'VI.2.3.a': 'Đối với giáo viên',
    });
  });
});

describe.each(['commune', 'department', 'school'] as RealPlan[])('parsePlan invariants on the %s plan', (name) => {
  const text = readRealPlan(name);
  const plan = parsePlan(text);
  const all = flattenSections(plan.sections);

  it('matches its schema', () => {
    expect(ParsedPlan.parse(plan)).toEqual(plan);
  });

  it('gives every section a unique path whose span starts with its marker and holds its children', () => {
    expect(new Set(all.map((s) => s.path)).size).toBe(all.length);
    for (const section of all) {
      expect(text.slice(section.start).startsWith(section.marker)).toBe(true);
      for (const child of section.children) {
        expect(child.start).toBeGreaterThanOrEqual(section.start);
        expect(child.end).toBeLessThanOrEqual(section.end);
      }
    }
  });
});
