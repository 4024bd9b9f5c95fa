import { describe, expect, it } from 'vitest';
import { agencyName, issuerFromHeader } from './agency-names';
import { parsePlan } from './parse-plan';

describe('parsePlan header', () => {
  const text = [
    'UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 198/KH-SGDĐT\tQuảng Ngãi, ngày 22 tháng 9 năm 2025',
    'KẾ HOẠCH',
    'Triển khai Phong trào thi đua',
    'Thực hiện Kế hoạch số 953/KH-BGDĐT ngày 10/7/2025 của Bộ Giáo dục và Đào tạo về việc triển khai;',
    'I. MỤC ĐÍCH',
  ].join('\n');

  it('reads issuer, number, date and place from a two-column header', () => {
    expect(parsePlan(text)).toMatchObject({
      issuer: 'Sở Giáo dục và Đào tạo Quảng Ngãi',
      number: '198/KH-SGDĐT',
      issuedOn: '2025-09-22',
      issuedOnSource: 'date-line',
      place: 'Quảng Ngãi',
      title: 'Triển khai Phong trào thi đua',
      parentPlans: [{ number: '953/KH-BGDĐT', date: '2025-07-10', issuer: 'Bộ Giáo dục và Đào tạo' }],
    });
  });

  it('returns nulls for text that is not a plan', () => {
    expect(parsePlan('Một dòng bất kỳ.')).toMatchObject({ issuer: null, number: null, issuedOn: null, title: null, parentPlans: [], sections: [] });
  });
});

describe('agency names', () => {
  it('turn header capitals into running-text form', () => {
    expect(agencyName('ỦY BAN NHÂN DÂN XÃ ĐĂK KÔI')).toBe('UBND xã Đăk Kôi');
    expect(agencyName('TRƯỜNG THCS VĨNH PHONG 1')).toBe('Trường THCS Vĩnh Phong 1');
    expect(issuerFromHeader(['ỦY BAN NHÂN DÂN', 'XÃ ĐĂK KÔI'])).toBe('UBND xã Đăk Kôi');
    expect(issuerFromHeader(['UBND XÃ VĨNH PHONG', 'TRƯỜNG THCS VĨNH PHONG 1'])).toBe('Trường THCS Vĩnh Phong 1');
    expect(issuerFromHeader(['UY BAN NHAN DAN', 'XA DAK KOI'])).toBe('UBND xa Dak Koi');
    expect(issuerFromHeader(['UBND TỈNH QUẢNG NGÃI', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'])).toBe('Sở Giáo dục và Đào tạo Quảng Ngãi');
  });
});
