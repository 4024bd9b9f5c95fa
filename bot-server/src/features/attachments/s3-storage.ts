import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { contentPath, type AttachmentStorage } from './storage';

export interface S3Settings {
  bucket: string;
  /** Null = AWS itself; set for MinIO, Ceph, a Vietnamese cloud's S3 or a test server. */
  endpoint: string | null;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`: what most S3-compatible servers need. */
  forcePathStyle: boolean;
}

/**
 * Attachments in an S3-compatible bucket, so every instance sees every file. The upload was already
 * streamed to a temp file while hashing; PutObject streams that file (never the whole file in memory),
 * under its SHA-256, after a HEAD finds the content is not there yet (dedupe across people and instances).
 */
export function s3Storage(settings: S3Settings): AttachmentStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint ?? undefined,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default streaming checksum wraps bodies in aws-chunked encoding, which several
    // S3-compatible servers store verbatim (the object grows by the framing); the content is
    // already verified by its SHA-256 name.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;

  async function exists(Key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key }));
      return true;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return false;
      throw error;
    }
  }

  return {
    async put(tempPath, sha256) {
      const Key = contentPath(sha256);
      try {
        if (!(await exists(Key))) {
          const { size } = await stat(tempPath);
          await client.send(new PutObjectCommand({ Bucket, Key, Body: createReadStream(tempPath), ContentLength: size }));
        }
      } finally {
        await rm(tempPath, { force: true });
      }
      return sha256;
    },
    async open(storageKey) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: contentPath(storageKey) }));
      if (!(Body instanceof Readable)) throw new Error('S3 answered without a body stream');
      return Body;
    },
  };
}
