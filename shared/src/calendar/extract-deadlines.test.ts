import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './extract-deadlines';
import type { Obligation } from './obligation-schema';

function only(text: string): Obligation {
  const found = extractDeadlines(text);
  expect(found).toHaveLength(1);
  const [obligation] = found;
  if (!obligation) throw new Error('no obligation');
  expect(text.slice(obligation.start, obligation.end)).toBe(obligation.phrase);
  return obligation;
}

describe('extractDeadlines: phrase forms', () => {
  it('reads a yearly day and month', () => {
    const o = only('Các trường gửi hồ sơ đề nghị khen thưởng về Phòng GDĐT trước ngày 30 tháng 5 hằng năm.');
    expect(o).toMatchObject({ phrase: 'trước ngày 30 tháng 5 hằng năm', day: 30, month: 5, year: null, recurrence: 'yearly' });
    expect(o).toMatchObject({ kind: 'dossier', what: 'Hồ sơ đề nghị khen thưởng', recipient: 'Phòng GDĐT', sender: 'Các trường' });
  });

  it('reads "hàng năm" like "hằng năm"', () => {
    expect(only('Báo cáo gửi về UBND xã trước ngày 30/5 hàng năm.')).toMatchObject({ day: 30, month: 5, recurrence: 'yearly' });
  });

  it('reads a full date as a one-off deadline', () => {
    const o = only('Hồ sơ đề nghị khen thưởng tổng kết gửi về Sở Giáo dục và Đào tạo trước ngày 30/5/2030.');
    expect(o).toMatchObject({ phrase: 'trước ngày 30/5/2030', day: 30, month: 5, year: 2030, recurrence: 'once' });
    expect(o.recipient).toBe('Sở Giáo dục và Đào tạo');
  });

  it('keeps "hoặc theo yêu cầu" out of the phrase and flags it', () => {
    const o = only('b) Trước ngày 10 tháng 6 hằng năm hoặc theo yêu cầu, các đơn vị báo cáo kết quả về UBND xã để tổng hợp.');
    expect(o).toMatchObject({ phrase: 'Trước ngày 10 tháng 6 hằng năm', onRequest: true, kind: 'report', recipient: 'UBND xã', sender: 'Các đơn vị' });
  });

  it('reads a day and month without a year as a one-off', () => {
    const o = only('Các trường nộp danh sách về Phòng Văn hóa - Xã hội trước ngày 25/5.');
    expect(o).toMatchObject({ phrase: 'trước ngày 25/5', day: 25, month: 5, year: null, recurrence: 'once', kind: 'other' });
    expect(o.what).toBe('Nộp danh sách');
  });

  it('reads "chậm nhất"', () => {
    const o = only('Báo cáo sơ kết học kỳ gửi Phòng GDĐT chậm nhất ngày 15/01/2026.');
    expect(o).toMatchObject({ phrase: 'chậm nhất ngày 15/01/2026', day: 15, month: 1, year: 2026, kind: 'report', recipient: 'Phòng GDĐT' });
    expect(only('Nộp hồ sơ chậm nhất là ngày 20 tháng 11 năm 2026.')).toMatchObject({ day: 20, month: 11, year: 2026 });
  });

  it('reads a deadline label, keeping the date alone as the phrase', () => {
    const o = only('- Hạn chót nộp kế hoạch: 30/9/2025.');
    expect(o).toMatchObject({ phrase: '30/9/2025', day: 30, month: 9, year: 2025, kind: 'plan', what: 'Kế hoạch' });
  });

  it('describes a duty without a kind keyword from its label', () => {
    expect(only('- Thời gian nộp sản phẩm dự thi: từ ngày 01/6/2026 đến ngày 30/6/2026.')).toMatchObject({ kind: 'other', what: 'Nộp sản phẩm dự thi' });
  });

  it('makes a window due at its end', () => {
    const o = only('Các đơn vị đăng ký dự thi từ 01/6 đến 30/6.');
    expect(o).toMatchObject({ phrase: 'từ 01/6 đến 30/6', day: 30, month: 6, year: null, opensOn: { day: 1, month: 6, year: null } });
    expect(only('Nhận hồ sơ từ ngày 01/6/2026 đến hết ngày 15/7/2026.')).toMatchObject({ day: 15, month: 7, year: 2026, opensOn: { day: 1, month: 6, year: 2026 } });
  });

  it('reads quarters in words and with a slash', () => {
    expect(only('Các đơn vị ban hành kế hoạch trong quý III năm 2025.')).toMatchObject({ phrase: 'trong quý III năm 2025', quarter: 3, year: 2025, kind: 'plan' });
    expect(only('Sở GDĐT tổ chức sơ kết vào Quý IV/2027.')).toMatchObject({ phrase: 'vào Quý IV/2027', quarter: 4, year: 2027, kind: 'review' });
    expect(only('Các trường gửi báo cáo trong quý II hằng năm.')).toMatchObject({ quarter: 2, recurrence: 'yearly' });
    expect(only('Quý IV/2027: tổng kết giai đoạn 1.')).toMatchObject({ phrase: 'Quý IV/2027', quarter: 4, year: 2027, kind: 'review' });
  });

  it('reads a bare year', () => {
    const o = only('UBND xã tiến hành sơ kết, đánh giá, rút kinh nghiệm vào năm 2027.');
    expect(o).toMatchObject({ phrase: 'vào năm 2027', year: 2027, kind: 'review', what: 'Sơ kết, đánh giá, rút kinh nghiệm', sender: 'UBND xã' });
    expect(only('Tổng kết Phong trào vào cuối năm 2030.')).toMatchObject({ year: 2030, kind: 'review' });
  });

  it('reads a month', () => {
    expect(only('Các trường tổ chức đánh giá trong tháng 12 hằng năm.')).toMatchObject({ month: 12, day: null, recurrence: 'yearly' });
  });

  it('reads a monthly day', () => {
    const o = only('Các trường gửi báo cáo tháng về Phòng GDĐT trước ngày 25 hằng tháng.');
    expect(o).toMatchObject({ phrase: 'trước ngày 25 hằng tháng', day: 25, month: null, recurrence: 'monthly', kind: 'report' });
  });

  it('reads a leading "Hằng năm" as a yearly duty without a date', () => {
    const o = only('9. Hằng năm, Hội đồng Thi đua - Khen thưởng xã xét duyệt danh sách đề xuất khen thưởng.');
    expect(o).toMatchObject({ phrase: 'Hằng năm', day: null, month: null, recurrence: 'yearly', kind: 'review', sender: 'Hội đồng Thi đua - Khen thưởng xã' });
  });

  it('joins a sentence broken across lines but keeps the line break in the phrase', () => {
    const text = 'Hồ sơ đề nghị khen thưởng gửi về UBND xã (qua Phòng Văn hoá - Xã hội) để tổng hợp trước \n\nngày 30 tháng 5 hằng năm.';
    const o = only(text);
    expect(o.phrase).toBe('trước \n\nngày 30 tháng 5 hằng năm');
    expect(o.recipient).toBe('UBND xã (qua Phòng Văn hoá - Xã hội)');
  });

  it('takes the sender from a responsibility heading above the item', () => {
    const text = ['VI. TRÁCH NHIỆM', '2.1. Phòng Văn hoá - Xã hội', 'a) Chủ trì triển khai.', 'b) Trước ngày 10 tháng 6 hằng năm, tổng hợp báo cáo về Sở GDĐT.'].join('\n');
    expect(only(text)).toMatchObject({ sender: 'Phòng Văn hoá - Xã hội', sectionPath: 'VI.2.1.b', kind: 'report' });
  });
});

describe('extractDeadlines: text without diacritics', () => {
  it.each([
    ['Cac don vi gui ho so ve UBND xa truoc ngay 30 thang 5 hang nam.', { phrase: 'truoc ngay 30 thang 5 hang nam', day: 30, month: 5, recurrence: 'yearly', kind: 'dossier', recipient: 'UBND xa' }],
    ['Bao cao gui So GDDT cham nhat ngay 25/5/2026.', { day: 25, month: 5, year: 2026, kind: 'report', recipient: 'So GDDT' }],
    ['Cac truong dang ky tu 01/6 den 30/6.', { phrase: 'tu 01/6 den 30/6', day: 30, month: 6 }],
    ['Cac don vi ban hanh ke hoach trong quy III nam 2025.', { quarter: 3, year: 2025, kind: 'plan' }],
    ['UBND xa tien hanh so ket vao nam 2027.', { year: 2027, kind: 'review' }],
    ['Cac truong gui bao cao truoc ngay 25 hang thang.', { day: 25, recurrence: 'monthly' }],
    ['Hang nam, nha truong to chuc kiem tra noi bo.', { phrase: 'Hang nam', recurrence: 'yearly', kind: 'review' }],
  ] as const)('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads partly accented text (PDF dropped some marks)', () => {
    expect(only('Báo cáo gửi về Sở GDĐT trươc ngay 15 tháng 6 hăng năm.')).toMatchObject({ day: 15, month: 6, recurrence: 'yearly' });
  });
});

describe('extractDeadlines: dates that are not obligations', () => {
  it.each([
    ['the plan’s own date line', '\tĐăk Kôi, ngày 15 tháng 9 năm 2025'],
    ['a blank date line', 'Đăk Kôi, ngày       tháng     năm 2025'],
    ['a cited plan', 'Thực hiện Kế hoạch số 198/KH-SGDĐT ngày 22/9/2025 của Sở Giáo dục và Đào tạo về việc triển khai Phong trào.'],
    ['a cited decree', 'Báo cáo thành tích theo Mẫu số 8 Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ.'],
    ['a cited decision', 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND tỉnh;'],
    ['the campaign span', 'Phong trào thi đua được triển khai thực hiện từ năm 2025 đến năm 2030, chia thành các giai đoạn:'],
    ['a phase heading', '1.1. Giai đoạn 1 (từ 2025 - 2027)'],
    ['an award-category heading', '1.1. Khen thưởng hàng năm và sơ kết vào năm 2027.'],
    ['a yearly budget', 'Kinh phí được bố trí từ nguồn ngân sách nhà nước hằng năm theo quy định.'],
    ['an impossible date', 'Các trường nộp hồ sơ trước ngày 31/2.'],
    ['a duration', 'Thông báo trước 2 tháng cho các đơn vị.'],
  ])('%s', (_label, text) => {
    expect(extractDeadlines(text)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(extractDeadlines('')).toEqual([]);
  });
});
