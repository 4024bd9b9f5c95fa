import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a BOM, CRLF and quoted cells with separators, quotes and newlines', () => {
    const text = '\uFEFFHọ tên,SĐT\r\n"Nguyễn Văn ""Ba""",0912345678\r\n"Lê Thị\nHoa, GV",0987654321\r\n';
    expect(parseCsv(text)).toEqual([
      ['Họ tên', 'SĐT'],
      ['Nguyễn Văn "Ba"', '0912345678'],
      ['Lê Thị\nHoa, GV', '0987654321'],
    ]);
  });
  it('detects semicolons from a Vietnamese-locale Excel and skips blank lines', () => {
    expect(parseCsv('Họ tên;SĐT\n\nA B;0912345678')).toEqual([
      ['Họ tên', 'SĐT'],
      ['A B', '0912345678'],
    ]);
  });
});
