import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment bytes live: local disk, or an S3-compatible bucket (`s3-storage.ts`), chosen by configuration. */
export interface AttachmentStorage {
  /** Moves a finished temp file into storage under its SHA-256; identical content is stored once. */
  put(tempPath: string, sha256: string): Promise<string>;
  open(storageKey: string): Promise<Readable>;
}

/** `ab/cd/<sha256>`: the same layout on disk and in a bucket, so moving from one to the other is a copy. */
export function contentPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid sha256');
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** Content-addressed files under `<root>/ab/cd/<sha256>`: the name is the content, so a rename is atomic dedupe. */
export function localDiskStorage(root: string): AttachmentStorage {
  return {
    async put(tempPath, sha256) {
      const target = join(root, contentPath(sha256));
      try {
        await access(target);
        await rm(tempPath, { force: true });
      } catch {
        await mkdir(join(root, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
        await rename(tempPath, target);
      }
      return sha256;
    },
    async open(storageKey) {
      return createReadStream(join(root, contentPath(storageKey)));
    },
  };
}
