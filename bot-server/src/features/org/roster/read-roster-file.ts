import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { badRequest } from '../../../http/errors';
import type { ReceivedFile } from '../../../http/receive-upload';
import { parseCsv } from './csv';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a roster as rows of cell texts, deciding .xlsx or .csv from the bytes, not the file name. */
export async function readRosterFile(file: ReceivedFile): Promise<string[][]> {
  if (file.head.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(file.path);
  if (file.head.includes(0)) throw unsupported();
  const text = await readFile(file.path, 'utf8');
  if (text.includes('\uFFFD')) throw badRequest('Tệp CSV cần lưu với bảng mã UTF-8', { file: 'Tệp CSV cần lưu với bảng mã UTF-8' });
  return parseCsv(text);
}

async function readXlsx(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw unsupported();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows.push(Array.from(cells, (value) => value ?? ''));
  });
  return rows;
}

function unsupported() {
  return badRequest('Chỉ nhận tệp .xlsx hoặc .csv (UTF-8)', { file: 'Chỉ nhận tệp .xlsx hoặc .csv (UTF-8)' });
}
