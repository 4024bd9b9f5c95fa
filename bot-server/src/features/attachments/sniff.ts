import { fileReader, listZipEntries, ZipError } from '../../files/zip';

export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((byte, i) => head[at + i] === byte);
const ascii = (head: Buffer, from: number, to: number) => head.toString('latin1', from, to);

/**
 * The file's real type from its bytes, whatever its name or the browser claims: a renamed
 * executable is not a photo. A zip counts as .docx only when it holds word/document.xml.
 */
export async function sniffType(head: Buffer, path: string): Promise<SniffedType | null> {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(head, 8, 12))) return 'image/heic';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && (await isDocx(path))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

async function isDocx(path: string): Promise<boolean> {
  const file = await fileReader(path);
  try {
    return (await listZipEntries(file.readAt, file.size)).some((entry) => entry.name === 'word/document.xml');
  } catch (error) {
    if (error instanceof ZipError) return false;
    throw error;
  } finally {
    await file.close();
  }
}
