import { describe, expect, it } from 'vitest';
import { parseAnswer } from './parse-answer';

describe('parseAnswer', () => {
  it.each([
    ['1', true],
    ['có', true],
    ['Có ạ!', true],
    ['đã nộp', true],
    ['Đã nộp rồi'.replace(' rồi', ''), true],
    ['khong', false],
    ['Không', false],
    ['chưa', false],
    ['2', false],
  ])('reads yes/no from %j', (raw, yes) => {
    expect(parseAnswer('yes_no', [], raw)).toEqual({ ok: true, value: { type: 'yes_no', yes } });
  });

  it('re-asks an unreadable yes/no with a hint', () => {
    expect(parseAnswer('yes_no', [], 'để mai tính')).toEqual({ ok: false, hint: 'Vui lòng trả lời 1 (Có) hoặc 2 (Không).' });
  });

  it('reads numbers and fractions in digits and words', () => {
    expect(parseAnswer('number', [], '12/15')).toEqual({ ok: true, value: { type: 'number', value: 12, of: 15 } });
    expect(parseAnswer('number', [], '12 trên 15')).toEqual({ ok: true, value: { type: 'number', value: 12, of: 15 } });
    expect(parseAnswer('number', [], '12 tren 15 nguoi')).toEqual({ ok: true, value: { type: 'number', value: 12, of: 15 } });
    expect(parseAnswer('number', [], '7')).toEqual({ ok: true, value: { type: 'number', value: 7, of: null } });
    expect(parseAnswer('number', [], '16/15')).toMatchObject({ ok: false });
    expect(parseAnswer('number', [], 'nhiều')).toMatchObject({ ok: false });
  });

  it('reads a choice by number or by its text without diacritics', () => {
    const choices = ['Chưa bắt đầu', 'Đang làm', 'Đã xong'];
    expect(parseAnswer('choice', choices, '2')).toEqual({ ok: true, value: { type: 'choice', index: 1, label: 'Đang làm' } });
    expect(parseAnswer('choice', choices, 'da xong')).toEqual({ ok: true, value: { type: 'choice', index: 2, label: 'Đã xong' } });
    expect(parseAnswer('choice', choices, '4')).toEqual({ ok: false, hint: 'Vui lòng trả lời bằng số thứ tự từ 1 đến 3.' });
  });

  it('keeps free text as typed', () => {
    expect(parseAnswer('text', [], '  Đã tập huấn xong tổ Toán  ')).toEqual({ ok: true, value: { type: 'text', text: 'Đã tập huấn xong tổ Toán' } });
  });
});
