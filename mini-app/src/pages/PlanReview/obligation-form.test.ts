import type { StoredObligation } from '@tds/shared';
import { describe, expect, it } from 'vitest';
import { draftOf, parseDraft, serverFieldErrors } from './obligation-form';

const stored: StoredObligation = {
  id: 'o1',
  planId: 'p1',
  phrase: 'trước ngày 30 tháng 5 hằng năm',
  start: 10,
  end: 40,
  day: 30,
  month: 5,
  quarter: null,
  year: null,
  recurrence: 'yearly',
  activeYears: { from: 2025, to: 2030 },
  kind: 'dossier',
  what: 'Hồ sơ đề nghị khen thưởng',
  recipient: 'UBND xã',
  sender: null,
  opensOn: null,
  onRequest: false,
  sectionPath: 'IV.4.1',
  audienceRoles: ['principal'],
  parentObligationId: null,
  leadDays: null,
  nextDueOn: '2027-05-30',
  manual: false,
};

describe('parseDraft', () => {
  it('turns an unchanged obligation back into the same input', () => {
    const result = parseDraft(draftOf(stored, []));
    expect(result.errors).toBeNull();
    expect(result.input).toMatchObject({ day: 30, month: 5, year: null, recurrence: 'yearly', activeYears: { from: 2025, to: 2030 }, recipient: 'UBND xã', sender: null });
  });

  it('gives the shared schema\'s Vietnamese message under each field', () => {
    const draft = { ...draftOf(stored, []), what: 'ab', day: '31', month: '2', audienceRoles: [] };
    expect(parseDraft(draft).errors).toMatchObject({ what: 'Mô tả quá ngắn', day: 'Tháng 2 không có ngày 31', audienceRoles: 'Chọn ít nhất một vai trò phải thực hiện' });
    expect(parseDraft({ ...draftOf(stored, []), recurrence: 'once' }).errors).toMatchObject({ year: 'Hạn một lần cần năm' });
  });

  it('checks typed numbers and the campaign years before the schema', () => {
    expect(parseDraft({ ...draftOf(stored, []), day: '3a' }).errors?.day).toBe('Ngày phải là số');
    expect(parseDraft({ ...draftOf(stored, []), toYear: '' }).errors?.activeYears).toMatch(/^Nhập cả năm bắt đầu/);
    expect(parseDraft({ ...draftOf(stored, []), fromYear: '2031' }).errors?.activeYears).toMatch(/^Năm bắt đầu/);
  });
});

describe('serverFieldErrors', () => {
  it('puts nested paths under their field', () => {
    expect(serverFieldErrors({ 'activeYears.from': 'Năm không hợp lệ', what: 'Mô tả quá ngắn', x: 'Lỗi' })).toEqual({ activeYears: 'Năm không hợp lệ', what: 'Mô tả quá ngắn', form: 'Lỗi' });
  });
});
