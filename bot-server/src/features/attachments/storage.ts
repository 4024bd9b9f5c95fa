import { createReadStream, type ReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where attachment bytes live. Local disk by default; an S3-compatible bucket is another implementation. */
export interface AttachmentStorage {
  /** Moves a finished temp file into storage under its SHA-256; identical content is stored once. */
  put(tempPath: string, sha256: string): Promise<string>;
  open(storageKey: string): ReadStream;
}

/** Content-addressed files under `<root>/ab/cd/<sha256>`: the name is the content, so a rename is atomic dedupe. */
export function localDiskStorage(root: string): AttachmentStorage {
  const pathOf = (key: string) => join(root, key.slice(0, 2), key.slice(2, 4), key);
  return {
    async put(tempPath, sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid sha256');
      const target = pathOf(sha256);
      try {
        await access(target);
        await rm(tempPath, { force: true });
      } catch {
        await mkdir(join(root, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
        await rename(tempPath, target);
      }
      return sha256;
    },
    open(storageKey) {
      return createReadStream(pathOf(storageKey));
    },
  };
}
