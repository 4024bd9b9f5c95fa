import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from './errors';

export interface ReceivedFile {
  path: string;
  bytes: number;
  filename: string;
  /** The first bytes, for sniffing the type from content rather than the name. */
  head: Buffer;
  /** Hex SHA-256 of the whole content, computed while streaming. */
  sha256: string;
  /** Removes the temp file; call in `finally`. */
  discard(): Promise<void>;
}

const HEAD_BYTES = 4100;

/**
 * Streams the single `file` field of a multipart request to a temp file, never holding it in memory,
 * and stops reading as soon as it passes `maxBytes` (413, temp file removed).
 */
export async function receiveSingleFile(req: Request, options: { dir: string; maxBytes: number }): Promise<ReceivedFile> {
  if (!req.is('multipart/form-data')) throw new AppError(415, 'unsupported_media_type', 'Cần gửi tệp dạng multipart/form-data');
  await mkdir(options.dir, { recursive: true });
  const path = join(options.dir, `${randomUUID()}.upload`);
  const discard = () => rm(path, { force: true });

  return new Promise<ReceivedFile>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: options.maxBytes, fields: 20 } });
    } catch {
      reject(badRequest('Dữ liệu tải lên không hợp lệ', { file: 'Dữ liệu tải lên không hợp lệ' }));
      return;
    }
    let received: Promise<ReceivedFile> | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) {
        // Drained, not read; a form cut inside this part errors the stream too, and without a listener
        // that error would be uncaught and end the process (the parser's own handler answers the request).
        stream.on('error', () => undefined).resume();
        return;
      }
      let bytes = 0;
      let head = Buffer.alloc(0);
      const hash = createHash('sha256');
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          hash.update(chunk);
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
          done(null, chunk);
        },
      });
      received = pipeline(stream, counter, createWriteStream(path)).then(async () => {
        if ((stream as { truncated?: boolean }).truncated) {
          await discard();
          const limitMb = Math.round(options.maxBytes / 1024 / 1024);
          throw new AppError(413, 'too_large', `Tệp vượt quá giới hạn ${limitMb} MB`, { file: `Tệp vượt quá giới hạn ${limitMb} MB` });
        }
        return { path, bytes, filename: info.filename ?? '', head, sha256: hash.digest('hex'), discard };
      });
      // A form cut short fails this pipeline *and* the parser; the parser's handler answers, and this
      // keeps the pipeline's rejection from going unhandled (which would take the process down).
      received.catch(() => undefined);
    });
    parser.on('error', () => {
      // Remove the temp file only once the pipeline has stopped writing it.
      void Promise.resolve(received?.catch(() => undefined)).then(discard);
      reject(badRequest('Dữ liệu tải lên bị lỗi hoặc bị ngắt giữa chừng', { file: 'Dữ liệu tải lên bị lỗi' }));
    });
    parser.on('close', () => {
      if (!received) {
        reject(badRequest('Chưa chọn tệp', { file: 'Chưa chọn tệp' }));
        return;
      }
      received.then(resolve, async (error: unknown) => {
        await discard();
        reject(error instanceof AppError ? error : storageError(error));
      });
    });
    req.pipe(parser);
  });
}

/** A full disk is the server's problem, said plainly; anything else mid-stream is a broken upload. */
function storageError(error: unknown): AppError {
  if ((error as { code?: string }).code === 'ENOSPC') {
    return new AppError(507, 'insufficient_storage', 'Máy chủ tạm hết chỗ lưu tệp, vui lòng thử lại sau', { file: 'Máy chủ tạm hết chỗ lưu tệp' });
  }
  return badRequest('Tải tệp lên bị gián đoạn, vui lòng thử lại', { file: 'Tải tệp lên bị gián đoạn' });
}
