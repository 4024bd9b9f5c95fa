/**
 * Phone photos are 3–12 MB; evidence needs a readable picture, not every pixel. Before upload a
 * photo is redrawn on a canvas, longest side at most 2048 px, as JPEG at quality 0.85 (≈ 300–800 KB).
 */
export const maxImageSide = 2048;
export const jpegQuality = 0.85;
/** A picture already this small in both size and bytes is sent untouched. */
const smallBytes = 1024 * 1024;

/** The size to draw at: the longest side brought down to `max`, proportions kept; never enlarged. */
export function fitWithin(width: number, height: number, max = maxImageSide): { width: number; height: number; scaled: boolean } {
  const longest = Math.max(width, height);
  if (longest <= max) return { width, height, scaled: false };
  const ratio = max / longest;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)), scaled: true };
}

export interface PreparedFile {
  blob: Blob;
  name: string;
}

/**
 * The photo to upload: shrunk and re-encoded when large, else the file itself. Never rejects:
 * a picture the browser cannot decode (HEIC in most webviews) goes up as it is.
 */
export async function shrinkImage(file: File): Promise<PreparedFile> {
  const original = { blob: file, name: file.name };
  const url = URL.createObjectURL(file);
  try {
    const image = await decode(url);
    const target = fitWithin(image.naturalWidth, image.naturalHeight);
    if (!target.scaled && file.size <= smallBytes) return original;
    const canvas = document.createElement('canvas');
    canvas.width = target.width;
    canvas.height = target.height;
    const context = canvas.getContext('2d');
    if (!context) return original;
    // JPEG has no transparency: a PNG's clear background becomes white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, target.width, target.height);
    context.drawImage(image, 0, 0, target.width, target.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', jpegQuality));
    // Too many pixels: always the smaller picture. Only too many bytes: the JPEG only if it is lighter.
    if (!blob || (!target.scaled && blob.size >= file.size)) return original;
    return { blob, name: `${file.name.replace(/\.[^.]*$/, '') || 'anh'}.jpg` };
  } catch {
    return original;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The image decoded by the browser (EXIF orientation applied), or a rejection. */
function decode(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  return new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('decode'));
    image.src = url;
  });
}
