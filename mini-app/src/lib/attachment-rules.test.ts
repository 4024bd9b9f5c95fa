import { describe, expect, it } from 'vitest';
import { fileKindOf, formatBytes, sizeProblem } from './attachment-rules';

describe('fileKindOf', () => {
  it('reads the MIME type, then the extension', () => {
    expect(fileKindOf({ name: 'a.bin', type: 'image/png' })).toBe('image');
    expect(fileKindOf({ name: 'IMG_0001.HEIC', type: '' })).toBe('heic');
    expect(fileKindOf({ name: 'chung-chi.pdf', type: '' })).toBe('pdf');
    expect(fileKindOf({ name: 'bao-cao.docx', type: 'application/octet-stream' })).toBe('docx');
    expect(fileKindOf({ name: 'bao-cao.doc', type: 'application/msword' })).toBeNull();
    expect(fileKindOf({ name: 'anh.gif', type: 'image/gif' })).toBeNull();
  });
});

describe('sizeProblem', () => {
  it('holds images to 10 MB and documents to 20 MB, in the server’s words', () => {
    expect(sizeProblem('image', 10 * 1024 * 1024)).toBeNull();
    expect(sizeProblem('heic', 11 * 1024 * 1024)).toBe('Ảnh vượt quá giới hạn 10 MB');
    expect(sizeProblem('pdf', 15 * 1024 * 1024)).toBeNull();
    expect(sizeProblem('docx', 21 * 1024 * 1024)).toBe('Tệp vượt quá giới hạn 20 MB');
    expect(sizeProblem('pdf', 0)).toBe('Tệp rỗng');
  });
  it('formats sizes the Vietnamese way', () => {
    expect(formatBytes(2.44 * 1024 * 1024)).toBe('2,4 MB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
  });
});
