import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error s3rver ships no types; the three calls used here are its documented API.
import S3rver from 's3rver';

export interface FakeS3 {
  /** The S3_* settings that point the server at this bucket. */
  env: Record<string, string>;
  /** Objects stored in the bucket, counted on disk. */
  objectCount(): number;
  close(): Promise<void>;
}

/** A real S3-compatible HTTP server (s3rver) on a free loopback port, with one empty bucket. */
export async function startFakeS3(bucket = 'tds-attachments'): Promise<FakeS3> {
  const directory = mkdtempSync(join(tmpdir(), 'tds-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = (await server.run()) as { port: number };
  return {
    env: { S3_BUCKET: bucket, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: '1' },
    objectCount: () => readdirSync(join(directory, bucket), { recursive: true }).filter((name) => String(name).endsWith('._S3rver_object')).length,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
