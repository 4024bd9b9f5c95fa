import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo } from '../support/demo';
import { disguisedExe, jpegBytes, pdfBytes, pngBytes, upload } from '../support/files';
import { startFakeS3, type FakeS3 } from '../support/s3';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`attachments in an S3-compatible bucket (${storeKind})`, () => {
  let s3: FakeS3;
  let server: TestServer;
  let token: Record<'teacher' | 'groupLeader' | 'principal' | 'otherSchool', string>;

  beforeAll(async () => {
    s3 = await startFakeS3();
    server = await startTestServer(s3.env);
    token = await signInAll(server.url, { teacher: demo.primaryTeacher, groupLeader: demo.primaryGroupLeader, principal: demo.primaryPrincipal, otherSchool: demo.secondaryPrincipal });
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.close();
  });

  const download = async (id: string, who: keyof typeof token) => {
    const response = await fetch(`${server.url}/api/attachments/${id}`, { headers: { authorization: `Bearer ${token[who]}` } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('types uploads from their bytes, stores one object per content, and nothing on local disk', async () => {
    const photo = await upload(server.url, token.teacher, pngBytes(5000), 'anh.jpg');
    expect(photo).toMatchObject({ status: 201, body: { mime: 'image/png' } });
    const again = await upload(server.url, token.teacher, pngBytes(5000), 'anh-lan-2.png');
    const otherOwner = await upload(server.url, token.groupLeader, pngBytes(5000), 'anh.png');
    expect(again.body.id).toBe(photo.body.id);
    expect(otherOwner.body.id).not.toBe(photo.body.id);
    expect((await upload(server.url, token.teacher, pdfBytes(), 'chung-chi.pdf')).body.mime).toBe('application/pdf');
    expect(s3.objectCount()).toBe(2);
    expect(existsSync(join(server.database.dataDir, 'attachments'))).toBe(false);

    expect((await upload(server.url, token.teacher, disguisedExe(), 'anh.jpg')).status).toBe(415);
    expect((await upload(server.url, token.teacher, jpegBytes(11 * 1024 * 1024), 'lon.jpg')).status).toBe(413);
    expect(s3.objectCount()).toBe(2);
  });

  it('streams a large file in and out unchanged', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(15 * 1024 * 1024, 3)]);
    const uploaded = await upload(server.url, token.teacher, big, 'bao-cao.pdf');
    expect(uploaded.status).toBe(201);
    const back = await download(uploaded.body.id, 'teacher');
    expect(back.status).toBe(200);
    expect(back.bytes.equals(big)).toBe(true);
  });

  it('lets a reviewer open evidence of a submission from the bucket, and nobody else', async () => {
    const photo = await upload(server.url, token.teacher, jpegBytes(6000), 'minh-chung.jpg');
    const body = { kind: 'training', data: { program: 'binh_dan_hoc_vu_so', course: 'Kỹ năng số cơ bản', provider: 'Bộ KH&CN', completedOn: '2025-10-20', hours: 8, attachmentIds: [photo.body.id] } };
    expect((await api(server.url, 'POST', '/api/submissions', { token: token.teacher, body, headers: { 'idempotency-key': randomUUID() } })).status).toBe(201);
    const opened = await download(photo.body.id, 'principal');
    expect(opened.status).toBe(200);
    expect(opened.bytes.equals(jpegBytes(6000))).toBe(true);
    expect((await download(photo.body.id, 'otherSchool')).status).toBe(404);
  });
});
