import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('reads the UTF-8 name the server sends for Vietnamese file names', () => {
    expect(fileNameOf(`attachment; filename*=UTF-8''${encodeURIComponent('tong-hop-UBND xã Đăk Kôi.xlsx')}`)).toBe('tong-hop-UBND xã Đăk Kôi.xlsx');
  });

  it('falls back to the plain name, and to null without a header', () => {
    expect(fileNameOf('attachment; filename="bao-cao.docx"')).toBe('bao-cao.docx');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A; filename="ten.docx"`)).toBe('ten.docx');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
