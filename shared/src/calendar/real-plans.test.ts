import { describe, expect, it } from 'vitest';
import { readRealPlan, type RealPlan } from '../plans/real-plans-fixture';
import { extractDeadlines } from './extract-deadlines';
import type { Obligation } from './obligation-schema';

/**
 * Golden obligations of the three real plans, listed by reading each plan as an officer would.
 * Deliberately absent: cited documents' dates, the plans' own date lines, the campaign span
 * "từ năm 2025 đến năm 2030", budget "hằng năm", award-category headings such as
 * "1.1. Khen thưởng hàng năm và sơ kết vào năm 2027." and undated "định kỳ" duties.
 */
type Expected = Pick<Obligation, 'phrase' | 'day' | 'month' | 'quarter' | 'year' | 'recurrence' | 'kind' | 'what' | 'recipient' | 'sender' | 'sectionPath'>;

const fields = (o: Obligation): Expected => ({
  phrase: o.phrase,
  day: o.day,
  month: o.month,
  quarter: o.quarter,
  year: o.year,
  recurrence: o.recurrence,
  kind: o.kind,
  what: o.what,
  recipient: o.recipient,
  sender: o.sender,
  sectionPath: o.sectionPath,
});

const none = { day: null, month: null, quarter: null, year: null } as const;
const yearlyReview = (sender: string, sectionPath: string): Expected => ({
  phrase: 'Hằng năm', ...none, recurrence: 'yearly', kind: 'review',
  what: 'Xét duyệt danh sách đề xuất khen thưởng của các đơn vị', recipient: null, sender, sectionPath,
});
const yearlyDossierCheck = (sender: string, sectionPath: string): Expected => ({
  phrase: 'Hằng năm', ...none, recurrence: 'yearly', kind: 'dossier',
  what: 'Hồ sơ đề nghị khen thưởng của các cá nhân, đơn vị', recipient: null, sender, sectionPath,
});
const review = (year: number, what: string, sender: string | null, sectionPath: string): Expected => ({
  phrase: `vào năm ${year}`, ...none, year, recurrence: 'once', kind: 'review', what, recipient: null, sender, sectionPath,
});
const planInQ3 = (what: string, sender: string, sectionPath: string): Expected => ({
  phrase: 'trong quý III năm 2025', ...none, quarter: 3, year: 2025, recurrence: 'once', kind: 'plan', what, recipient: null, sender, sectionPath,
});
const annualDossier = 'Hồ sơ đề nghị khen thưởng hằng năm và khen thưởng sơ kết Phong trào thi đua';
const finalDossier = 'Hồ sơ đề nghị khen thưởng tổng kết Phong trào thi đua';
const situationReport = 'Báo cáo tình hình tổ chức thực hiện Phong trào thi đua';

const golden: Record<RealPlan, Expected[]> = {
  commune: [
    yearlyReview('Hội đồng Thi đua - Khen thưởng xã', 'III.9'),
    { phrase: 'trước ngày 30 tháng 5 hằng năm', ...none, day: 30, month: 5, recurrence: 'yearly', kind: 'dossier', what: annualDossier, recipient: 'UBND xã (qua Phòng Văn hoá - Xã hội)', sender: null, sectionPath: 'IV.4.1' },
    { phrase: 'trước ngày 30/5/2030', ...none, day: 30, month: 5, year: 2030, recurrence: 'once', kind: 'dossier', what: finalDossier, recipient: 'UBND xã (qua Phòng Văn hoá - Xã hội)', sender: null, sectionPath: 'IV.4.2' },
    planInQ3('Kế hoạch triển khai thực hiện Phong trào', 'Các đơn vị', 'VI.1.1'),
    review(2027, 'Sơ kết, đánh giá, rút kinh nghiệm', 'UBND xã', 'VI.1.1'),
    review(2030, 'Tổng kết', null, 'VI.1.2'),
    { phrase: 'Trước ngày 10 tháng 6 hằng năm', ...none, day: 10, month: 6, recurrence: 'yearly', kind: 'report', what: situationReport, recipient: 'Sở GDĐT', sender: 'Phòng Văn hoá - Xã hội', sectionPath: 'VI.2.1.b' },
    yearlyDossierCheck('Phòng Văn hoá - Xã hội', 'VI.2.1.d'),
  ],
  department: [
    yearlyReview('Hội đồng Thi đua - Khen thưởng Sở GDĐT', 'III.9'),
    { phrase: 'trước \n\nngày 15 tháng 6 hằng năm', ...none, day: 15, month: 6, recurrence: 'yearly', kind: 'dossier', what: annualDossier, recipient: 'Sở Giáo dục và Đào tạo (qua Phòng Tổ chức cán bộ)', sender: null, sectionPath: 'VI.3.1' },
    { phrase: 'trước ngày 15/6/2030', ...none, day: 15, month: 6, year: 2030, recurrence: 'once', kind: 'dossier', what: finalDossier, recipient: 'Sở Giáo dục và Đào tạo (qua Phòng Tổ chức cán bộ)', sender: null, sectionPath: 'VI.3.2' },
    planInQ3('Kế hoạch triển khai thực hiện Phong trào', 'Các đơn vị', 'VIII.1.1'),
    // "rút kinh" is the plan's own typo for "rút kinh nghiệm".
    review(2027, 'Sơ kết, đánh giá, rút kinh', 'Sở Giáo dục và Đào tạo', 'VIII.1.1'),
    review(2030, 'Tổng kết', null, 'VIII.1.2'),
    yearlyDossierCheck('Phòng Tổ chức cán bộ', 'VIII.2.1.a.+2'),
    { phrase: 'Trước ngày 15 tháng 6 hằng năm', ...none, day: 15, month: 6, recurrence: 'yearly', kind: 'report', what: situationReport, recipient: 'Sở GDĐT (qua Phòng Tổ chức cán bộ)', sender: 'UBND các xã, phường, đặc khu, các đơn vị trực thuộc Sở', sectionPath: 'VIII.2.2.b' },
  ],
  school: [
    planInQ3('Kế hoạch phát động Phong trào thi đua', 'Nhà trường', 'VI.1.-1'),
    review(2027, 'Sơ kết, đánh giá, rút kinh nghiệm', null, 'VI.1.-1'),
    review(2030, 'Tổng kết', 'Trường THCS Vĩnh Phong 1', 'VI.1.-2'),
    { phrase: 'Trước ngày 30 tháng 10 hằng năm', ...none, day: 30, month: 10, recurrence: 'yearly', kind: 'report', what: 'Báo cáo bằng văn bản tình hình tổ chức thực hiện phong trào thi đua', recipient: 'UBND xã (qua Phòng Văn hóa-Xã hội)', sender: 'Các đơn vị', sectionPath: 'VI.2.1' },
  ],
};

describe.each(Object.keys(golden) as RealPlan[])('extractDeadlines on the real %s plan', (plan) => {
  const text = readRealPlan(plan);
  const obligations = extractDeadlines(text);

  it('finds exactly the obligations an officer would list', () => {
    expect(obligations.map(fields)).toEqual(golden[plan]);
  });

  it('reports each phrase as the exact source span', () => {
    for (const o of obligations) expect(text.slice(o.start, o.end)).toBe(o.phrase);
  });

  it('gives recurring duties the campaign years 2025–2030', () => {
    for (const o of obligations.filter((x) => x.recurrence !== 'once')) expect(o.activeYears).toEqual({ from: 2025, to: 2030 });
  });
});

/** The plan as typed on a phone without a Vietnamese keyboard: every mark dropped, đ → d. */
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

describe.each(Object.keys(golden) as RealPlan[])('extractDeadlines on the %s plan without diacritics', (plan) => {
  it('finds the same obligations', () => {
    const text = withoutMarks(readRealPlan(plan));
    const found = extractDeadlines(text);
    const shape = (o: Expected) => [o.day, o.month, o.quarter, o.year, o.recurrence, o.kind, o.sectionPath, o.sender === null, o.recipient === null];
    expect(found.map(fields).map(shape)).toEqual(golden[plan].map(shape));
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.phrase);
  });
});

describe('the department plan', () => {
  it('marks the report that may also be requested at other times', () => {
    const report = extractDeadlines(readRealPlan('department')).find((o) => o.kind === 'report');
    expect(report?.onRequest).toBe(true);
  });
});
