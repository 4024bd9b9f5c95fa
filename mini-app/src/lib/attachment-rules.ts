import { uploadLimits } from '@tds/shared';

/**
 * The phone checks a chosen file the way the server will (which types, how big) before a slow
 * upload, with the server's own Vietnamese messages. The server still decides from the bytes.
 */
export type FileKind = 'image' | 'heic' | 'pdf' | 'docx';

const MB = 1024 * 1024;
const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const typeMessage = 'Chỉ nhận ảnh (JPG, PNG, WEBP, HEIC), tệp PDF hoặc Word (.docx)';

/** What the file input offers: photos (and the camera) first, then PDF and Word. */
export const acceptAttribute = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', '.heic', '.heif', 'application/pdf', '.pdf', docxMime, '.docx'].join(',');

/** The kind from the browser's MIME type, else from the extension (Android often sends no type for HEIC). */
export function fileKindOf(file: { name: string; type: string }): FileKind | null {
  const type = file.type.toLowerCase();
  if (type === 'image/heic' || type === 'image/heif') return 'heic';
  if ((uploadLimits.imageTypes as readonly string[]).includes(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type === docxMime) return 'docx';
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (['jpg', 'jpeg', 'png', 'webp'].includes(extension)) return 'image';
  if (extension === 'heic' || extension === 'heif') return 'heic';
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx') return 'docx';
  return null;
}

export const isImageKind = (kind: FileKind) => kind === 'image' || kind === 'heic';

/** The limit of that kind broken, in the server's words; null when the size is fine. */
export function sizeProblem(kind: FileKind, bytes: number): string | null {
  if (bytes === 0) return 'Tệp rỗng';
  const limit = isImageKind(kind) ? uploadLimits.imageBytes : uploadLimits.documentBytes;
  if (bytes <= limit) return null;
  return `${isImageKind(kind) ? 'Ảnh' : 'Tệp'} vượt quá giới hạn ${limit / MB} MB`;
}

/** "850 KB", "2,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1).replace('.', ',')} MB`;
}
