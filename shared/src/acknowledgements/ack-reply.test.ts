import { describe, expect, it } from 'vitest';
import { isAckReply, isBareOne } from './ack-reply';

describe('isAckReply', () => {
  it('accepts the confirmation with or without accents, case and politeness', () => {
    for (const text of ['Đã nhận', 'da nhan', 'ĐÃ NHẬN.', 'đã nhận ạ', 'Da nhan roi!', 'nhận rồi']) expect(isAckReply(text)).toBe(true);
  });
  it('refuses other replies', () => {
    for (const text of ['1', 'có', 'chưa nhận', 'đã nộp', 'da nhan 12/15']) expect(isAckReply(text)).toBe(false);
  });
});

describe('isBareOne', () => {
  it('is only the digit one', () => {
    expect(isBareOne(' 1 ')).toBe(true);
    expect(isBareOne('1.')).toBe(true);
    expect(isBareOne('12')).toBe(false);
    expect(isBareOne('1/2')).toBe(false);
  });
});
