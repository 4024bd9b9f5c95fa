import { describe, expect, it } from 'vitest';
import { copiesText, periodLabel, periodOrDefault, quotaFull, quotaText } from './award-text';

const row = { form: 'giay_khen_xa' as const, formLabel: 'Giấy khen của Chủ tịch UBND xã', collectiveMax: 2, individualMax: 2, collectiveUsed: 0, individualUsed: 1 };

describe('award texts', () => {
  it('names periods in Vietnamese', () => {
    expect(periodLabel('yearly-2026')).toBe('Hằng năm 2026');
    expect(periodLabel('so-ket-2027')).toBe('Sơ kết 2027');
    expect(periodLabel('tong-ket-2030')).toBe('Tổng kết 2030');
  });

  it('opens this year by default and keeps a valid period from the address', () => {
    expect(periodOrDefault(null, '2026-05-20')).toBe('yearly-2026');
    expect(periodOrDefault('so-ket-2027', '2026-05-20')).toBe('so-ket-2027');
    expect(periodOrDefault('yearly-2040', '2026-05-20')).toBe('yearly-2026');
    expect(periodOrDefault(null, '2031-01-02')).toBe('yearly-2030');
  });

  it('shows quota usage per kind of nominee', () => {
    expect(quotaText(row)).toBe('cá nhân 1/2, tập thể 0/2');
    expect(quotaText({ ...row, collectiveMax: null })).toBe('cá nhân 1/2, tập thể 0 (không giới hạn)');
    expect(quotaFull(row, 'person')).toBe(false);
    expect(quotaFull({ ...row, individualUsed: 2 }, 'person')).toBe(true);
    expect(quotaFull({ ...row, collectiveMax: null, collectiveUsed: 9 }, 'unit')).toBe(false);
  });

  it('writes copies with two digits', () => {
    expect(copiesText(1)).toBe('01 bộ');
    expect(copiesText(3)).toBe('03 bộ');
  });
});
