import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeDocx } from '../support/docx';
import { disguisedExe, jpegBytes, pdfBytes, pngBytes } from '../support/files';
import { assertConcurrently, bodyText, fuzzRuns, httpClient, jsonContentType, problemWith, shapedLike } from '../support/fuzz';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { unitFixtures, type FixturePerson, type UnitFixtures } from '../support/unit-fixtures';

/** What Zalo posts, with the texts the bot reacts to, so fuzzed updates also reach the conversation. */
const ZaloUpdateShape = z.object({
  event_name: z.enum(['message.text.received', 'message.image.received', 'message.sticker.received', 'message.unsupported.received', 'message.new.kind']),
  message: z.object({
    message_id: z.string(),
    date: z.number(),
    from: z.object({ id: z.string(), display_name: z.string(), is_bot: z.boolean() }),
    chat: z.object({ id: z.string(), chat_type: z.enum(['PRIVATE', 'GROUP']) }),
    text: z.enum(['/start', '/start ABCD2345', '/han', '/tiendo', '/dung', '/batdau', '1', 'có', 'khong', '12/15', '12 trên 15', 'đã nộp']),
    photo_url: z.string(),
  }),
});

const headerValue = fc.string({ maxLength: 60 }).map((text) => text.replace(/[^\x20-\x7e]/g, ''));

describe.runIf(storeAvailable())(`fuzzing the webhook and the uploads: ${fuzzRuns} cases each (${storeKind})`, () => {
  let server: TestServer;
  let client: ReturnType<typeof httpClient>;
  let uploader: FixturePerson;
  let fx: UnitFixtures;
  let docx: Buffer;

  beforeAll(async () => {
    server = await startTestServer();
    client = httpClient(server.url);
    fx = unitFixtures(server.ctx, server.url);
    uploader = await fx.newPerson('th-dak-koi', 'principal');
    docx = await makeDocx('KẾ HOẠCH\nCác trường gửi báo cáo trước ngày 30/5/2026.');
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it('POST /api/zalo/webhook with random bodies, headers and secret tokens: never 5xx, every 4xx Vietnamese JSON', { timeout: 900_000 }, async () => {
    const secret = server.ctx.config.zalo.webhookSecret;
    const webhookCase = fc.record({
      body: bodyText(shapedLike(ZaloUpdateShape)),
      contentType: jsonContentType,
      secret: fc.oneof({ weight: 6, arbitrary: fc.constant(secret) }, fc.constant(undefined), fc.constant(` ${secret}`), fc.constant(secret.toUpperCase()), headerValue),
      extra: fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, fc.dictionary(fc.constantFrom('content-encoding', 'x-request-id', 'x-forwarded-for', 'accept', 'x-bot-api-secret-token-2', 'expect'), headerValue, { maxKeys: 2 })),
    });
    await assertConcurrently(webhookCase, async ({ body, contentType, secret: token, extra }) => {
      const headers: Record<string, string> = { ...extra, 'content-type': contentType };
      if (token !== undefined) headers['x-bot-api-secret-token'] = token;
      const problem = problemWith(await client.send('POST', '/api/zalo/webhook', headers, body));
      if (problem) throw new Error(`webhook ${JSON.stringify(headers)} ${body.slice(0, 300)} → ${problem}`);
    });
    console.info(`[fuzz] ${storeKind} webhook: ${client.tally()}`);
    expect((await client.send('GET', '/healthz', {})).status).toBe(200);
  });

  it('uploads with random bytes, declared types and names, and broken or truncated multipart: never 5xx, every 4xx Vietnamese JSON', { timeout: 900_000 }, async () => {
    const magic = [pngBytes(300), jpegBytes(300), pdfBytes(), disguisedExe(), docx, Buffer.from('PK\u0003\u0004'), Buffer.from('Họ tên,Số điện thoại,Vai trò\nA,0912345678,Giáo viên\n')];
    const content = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...magic) },
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)),
      fc.tuple(fc.constantFrom(...magic), fc.uint8Array({ maxLength: 500 })).map(([head, tail]) => Buffer.concat([head, Buffer.from(tail)])),
      // A real file with a few bytes changed: gets past the type check and into the readers.
      fc.tuple(fc.constantFrom(...magic), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 4 })).map(([file, flips]) => {
        const copy = Buffer.from(file);
        for (const [at, byte] of flips) copy[at % copy.length] = byte;
        return copy;
      }),
    );
    const part = fc.record({
      field: fc.oneof({ weight: 5, arbitrary: fc.constant('file') }, fc.constantFrom('files', 'file[]', '', 'FILE'), headerValue),
      filename: fc.oneof(fc.constantFrom('anh.png', 'minh-chung.jpg', 'ke-hoach.docx', 'ke-hoach.txt', 'danh-sach.csv', 'danh-sach.xlsx', '../../etc/passwd', '', 'ảnh chụp 👩‍🏫.png', 'a'.repeat(500), 'x.exe', 'con\u0000.png'), fc.string({ maxLength: 30 })),
      type: fc.oneof(fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'text/csv', 'application/octet-stream', 'application/x-msdownload'), headerValue),
      bytes: content,
    });
    const uploadCase = fc.record({
      route: fc.constantFrom('/api/attachments', '/api/attachments', '/api/attachments', '/api/org/roster?dryRun=1', '/api/plans/import-file?issuerUnitId=th-dak-koi'),
      boundary: fc.oneof(fc.constant('----tds-fuzz'), fc.stringMatching(/^[A-Za-z0-9_-]{1,70}$/)),
      declared: fc.oneof({ weight: 6, arbitrary: fc.constant('same') }, fc.constantFrom('other', 'none', 'quoted', 'json')),
      parts: fc.oneof({ weight: 6, arbitrary: fc.array(part, { minLength: 1, maxLength: 1 }) }, fc.array(part, { maxLength: 3 })),
      cut: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.nat()),
      closed: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    });
    // Sessions last 15 minutes and a full run takes longer: sign a fresh one for this target.
    const { token } = await fx.personAs(uploader.actor.personId);
    await assertConcurrently(uploadCase, async ({ route, boundary, declared, parts, cut, closed }) => {
      const pieces: Buffer[] = [];
      for (const { field, filename, type, bytes } of parts) {
        pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`), bytes, Buffer.from('\r\n'));
      }
      if (closed) pieces.push(Buffer.from(`--${boundary}--\r\n`));
      let body = Buffer.concat(pieces);
      if (cut !== null) body = body.subarray(0, cut % (body.length + 1));
      const contentType = { same: `multipart/form-data; boundary=${boundary}`, other: 'multipart/form-data; boundary=khac', none: 'multipart/form-data', quoted: `multipart/form-data; boundary="${boundary}"`, json: 'application/json' }[declared]!;
      const answer = await client.send('POST', route, { authorization: `Bearer ${token}`, 'content-type': contentType }, body);
      const problem = problemWith(answer);
      if (problem) throw new Error(`${route} ${contentType} (${body.length} bytes: ${JSON.stringify(parts.map(({ field, filename, type, bytes }) => ({ field, filename, type, head: bytes.subarray(0, 16).toString('hex') })))}, cut ${cut}) → ${problem}`);
    });
    console.info(`[fuzz] ${storeKind} uploads: ${client.tally()}`);
    expect((await client.send('GET', '/healthz', {})).status).toBe(200);
  });
});
