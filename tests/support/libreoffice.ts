import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice and pdftotext present, or (under CI=true) a loud failure rather than a silent skip. */
export function officeAvailable(): boolean {
  if (existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftotext')) return true;
  if (process.env.CI === 'true') throw new Error('Thiếu LibreOffice hoặc pdftotext: không kiểm tra được tệp .docx trong CI');
  console.warn('[tests] .docx conversion checks skipped: install libreoffice-writer-nogui and poppler-utils');
  return false;
}

/** Opens a .docx in headless LibreOffice, converts it to PDF and returns the PDF's text, whitespace collapsed. */
export async function docxToPdfText(docx: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tds-office-'));
  try {
    writeFileSync(join(dir, 'input.docx'), docx);
    // A private profile per run: parallel conversions would otherwise fight over one lock.
    await run('/usr/bin/soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'input.docx')], { timeout: 120_000 });
    await run('/usr/bin/pdftotext', [join(dir, 'input.pdf'), join(dir, 'output.txt')]);
    return readFileSync(join(dir, 'output.txt'), 'utf8').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
