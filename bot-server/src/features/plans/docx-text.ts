import { inflateRawSync } from 'node:zlib';

/** A .docx holds far less text than this; more means a zip bomb or not a plan. */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export class DocxError extends Error {}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * The text of a .docx, paragraph per line. Reads the zip's central directory itself so that
 * inflation is capped (`maxOutputLength`) before a byte is expanded: a zip bomb costs nothing.
 */
export function docxText(zip: Buffer): string {
  const document = listEntries(zip).find((entry) => entry.name === 'word/document.xml');
  if (!document) throw new DocxError('Tệp .docx không có nội dung văn bản (thiếu word/document.xml)');
  return documentXmlToText(inflateEntry(zip, document).toString('utf8'));
}

function listEntries(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new DocxError('Tệp .docx bị hỏng (không đọc được mục lục tệp nén)');
  const count = zip.readUInt16LE(eocd + 10);
  if (count > MAX_ENTRIES) throw new DocxError('Tệp .docx có quá nhiều thành phần');
  const entries: ZipEntry[] = [];
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw new DocxError('Tệp .docx bị hỏng');
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      uncompressedSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new DocxError('Tệp .docx bị hỏng');
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > MAX_INFLATED_BYTES) throw new DocxError('Nội dung tệp .docx quá lớn');
    return data;
  }
  if (entry.method !== 8) throw new DocxError('Tệp .docx dùng kiểu nén không được hỗ trợ');
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new DocxError(tooBig ? 'Nội dung tệp .docx giải nén ra quá lớn (nghi tệp độc hại)' : 'Tệp .docx bị hỏng');
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** Paragraphs become lines; runs, tabs and breaks keep their text. Everything else in WordprocessingML is layout. */
function documentXmlToText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>/g)) {
    const token = match[0];
    if (token === '</w:p>' || token === '<w:br/>') text += '\n';
    else if (token === '<w:tab/>') text += '\t';
    else text += decodeXml(match[1] ?? '');
  }
  return text.normalize('NFC');
}
