import { bufferReader, inflateZipEntry, listZipEntries, ZipError } from '../../files/zip';

/** A .docx holds far less text than this; more means a zip bomb or not a plan. */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;

export class DocxError extends Error {}

/** The text of a .docx, paragraph per line; inflation is capped so a zip bomb costs nothing. */
export async function docxText(zip: Buffer): Promise<string> {
  const readAt = bufferReader(zip);
  try {
    const document = (await listZipEntries(readAt, zip.length)).find((entry) => entry.name === 'word/document.xml');
    if (!document) throw new DocxError('Tệp .docx không có nội dung văn bản (thiếu word/document.xml)');
    return documentXmlToText((await inflateZipEntry(readAt, document, MAX_INFLATED_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof ZipError) throw new DocxError(`Tệp .docx lỗi: ${error.message}`);
    throw error;
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
