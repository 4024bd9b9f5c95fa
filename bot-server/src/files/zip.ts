import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** Reads `length` bytes at `offset`: lets the zip reader work on a buffer or on a file without loading it. */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {}

const MAX_ENTRIES = 5000;
const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export const bufferReader = (buffer: Buffer): ReadAt => async (offset, length) => buffer.subarray(offset, offset + length);

/** Opens a file for random reads; `close` when done. */
export async function fileReader(path: string): Promise<{ readAt: ReadAt; size: number; close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    readAt: async (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      await handle.read(buffer, 0, buffer.length, offset);
      return buffer;
    },
    close: () => handle.close(),
  };
}

/** The central directory, read from the end of the archive: no entry is expanded to list them. */
export async function listZipEntries(readAt: ReadAt, size: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, 65_557);
  const tail = await readAt(size - tailLength, tailLength);
  const at = tail.lastIndexOf(EOCD_SIGNATURE);
  if (at < 0 || at + 22 > tail.length) throw new ZipError('không đọc được mục lục tệp nén');
  const count = tail.readUInt16LE(at + 10);
  if (count > MAX_ENTRIES) throw new ZipError('quá nhiều thành phần');
  const directory = await readAt(tail.readUInt32LE(at + 16), tail.readUInt32LE(at + 12));
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== 0x02014b50) throw new ZipError('mục lục tệp nén bị hỏng');
    const nameLength = directory.readUInt16LE(offset + 28);
    entries.push({
      method: directory.readUInt16LE(offset + 10),
      compressedSize: directory.readUInt32LE(offset + 20),
      uncompressedSize: directory.readUInt32LE(offset + 24),
      localHeaderOffset: directory.readUInt32LE(offset + 42),
      name: directory.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + directory.readUInt16LE(offset + 30) + directory.readUInt16LE(offset + 32);
  }
  return entries;
}

/**
 * Expands one entry with a hard cap on its output (`maxOutputLength`): a zip bomb stops at
 * `maxBytes` instead of filling memory, whatever its header claims.
 */
export async function inflateZipEntry(readAt: ReadAt, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  const header = await readAt(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipError('tệp nén bị hỏng');
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(dataStart, entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipError('nội dung giải nén quá lớn');
    return data;
  }
  if (entry.method !== 8) throw new ZipError('kiểu nén không được hỗ trợ');
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ZipError(tooBig ? 'nội dung giải nén ra quá lớn (nghi tệp độc hại)' : 'tệp nén bị hỏng');
  }
}
