import { readFile } from 'node:fs/promises';
import { AppError, badRequest } from '../../http/errors';
import type { ReceivedFile } from '../../http/receive-upload';
import { docxText, DocxError } from './docx-text';

export const PLAN_FILE_MAX_BYTES = 5 * 1024 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF = Buffer.from('%PDF-');

/** A plan file's text, by what its bytes are (.txt in UTF-8 or .docx), never by its name. */
export async function readPlanFile(file: ReceivedFile): Promise<string> {
  if (file.bytes === 0) throw fileError('Tệp rỗng');
  if (file.head.subarray(0, 4).equals(ZIP)) {
    try {
      return await docxText(await readFile(file.path));
    } catch (error) {
      if (error instanceof DocxError) throw fileError(error.message);
      throw error;
    }
  }
  if (file.head.subarray(0, 5).equals(PDF)) {
    throw new AppError(415, 'unsupported_media_type', 'Chưa đọc được tệp PDF: hãy mở PDF, sao chép toàn bộ nội dung và dán vào ô văn bản, hoặc gửi tệp .docx', { file: 'Chưa hỗ trợ tệp PDF' });
  }
  if (file.head.includes(0)) throw fileError('Tệp không phải văn bản (.txt) hay .docx');
  const text = await readFile(file.path, 'utf8');
  if (text.includes('\uFFFD')) throw fileError('Tệp .txt cần lưu với bảng mã UTF-8');
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

function fileError(message: string): AppError {
  return badRequest(message, { file: message });
}
