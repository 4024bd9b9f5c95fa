import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/** A pino logger at the most verbose level whose JSON lines land in `lines`. */
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: pino({ level: 'trace', base: undefined }, sink) };
}

describe.runIf(storeAvailable())(`operations: readiness, metrics, logs (${storeKind})`, () => {
  let server: TestServer;
  let tokens: Record<'principal' | 'teacher', string>;
  const captured = capturingLogger();
  const metricsToken = 'metrics-token-for-tests-0123456789';

  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: metricsToken }, { logger: captured.logger });
    tokens = await signInAll(server.url, { principal: demo.primaryPrincipal, teacher: demo.primaryTeacher });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is live and ready once migrated, and not ready once shutting down', async () => {
    expect((await api(server.url, 'GET', '/healthz')).body).toEqual({ ok: true });
    const ready = await api(server.url, 'GET', '/readyz');
    expect(ready).toEqual({ status: 200, body: { ok: true, store: true, migrations: true, shuttingDown: false } });
  });

  it('serves Prometheus metrics to the bearer of METRICS_TOKEN only, by route pattern', async () => {
    expect((await api(server.url, 'GET', '/metrics')).status).toBe(403);
    expect((await api(server.url, 'GET', '/metrics', { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(403);
    await api(server.url, 'GET', '/api/submissions/khong-co-ho-so', { token: tokens.teacher });

    const scrape = await api<string>(server.url, 'GET', '/metrics', { token: metricsToken });
    expect(scrape.status).toBe(200);
    expect(scrape.body).toMatch(/tds_http_request_duration_seconds_bucket\{[^}]*route="\/api\/submissions\/:submissionId"[^}]*status="404"/);
    expect(scrape.body).not.toContain('khong-co-ho-so');
    expect(scrape.body).toMatch(/tds_outbox_depth\{status="pending"\} \d+/);
    expect(scrape.body).toContain('tds_outbox_delivery_failures_total');
    expect(scrape.body).toContain('process_cpu_user_seconds_total');
  });

  it('logs each request with its id and route, and never a phone number or a name', async () => {
    const csv = ['Họ và tên;Số điện thoại;Vai trò', 'Nguyễn Thị Nhật Lệ;0987654321;Giáo viên', 'Trần Quốc Khánh;0912 345 678;giáo viên xịn'].join('\r\n');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'ds.csv');
    for (const dryRun of ['1', '0']) {
      await fetch(`${server.url}/api/org/roster?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.principal}`, 'x-request-id': `roster-import-${dryRun}` }, body: form });
    }
    const people = await api<Array<{ phone: string | null; fullName: string }>>(server.url, 'GET', '/api/org/people', { token: tokens.principal });
    expect(people.body.some((person) => person.phone)).toBe(true);

    const log = captured.lines.join('\n');
    expect(captured.lines.map((line) => JSON.parse(line) as { requestId?: string; route?: string }).filter((line) => line.requestId === 'roster-import-0')).toEqual([
      expect.objectContaining({ route: '/api/org/roster', status: 400 }),
    ]);
    for (const secret of ['0987654321', '0912345678', '0912 345 678', 'Nguyễn Thị Nhật Lệ', 'Trần Quốc Khánh', 'xịn', tokens.principal]) expect(log).not.toContain(secret);
    for (const person of people.body) {
      if (person.phone) expect(log).not.toContain(person.phone);
      expect(log).not.toContain(person.fullName);
    }
  });

  it('without METRICS_TOKEN, serves metrics to direct loopback scrapers only; finishes a request in flight when shut down', async () => {
    const extra = await startTestServer();
    expect((await api(extra.url, 'GET', '/metrics')).status).toBe(200);
    expect((await api(extra.url, 'GET', '/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);

    const [token] = Object.values(await signInAll(extra.url, { teacher: demo.primaryTeacher }));
    let push!: (chunk: Uint8Array | null) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (chunk) => (chunk ? controller.enqueue(chunk) : controller.close());
      },
    });
    const boundary = 'ops-test-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh.png"\r\nContent-Type: image/png\r\n\r\n`;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    push(new Uint8Array(Buffer.concat([Buffer.from(head), png])));
    const inFlight = fetch(`${extra.url}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const stopping = extra.stop();
    expect((await extra.ops.readiness.check()).ready).toBe(false);
    push(new Uint8Array(Buffer.concat([Buffer.alloc(4000, 7), Buffer.from(`\r\n--${boundary}--\r\n`)])));
    push(null);
    const response = await inFlight;
    expect(response.status).toBe(201);
    await stopping;
  });
});
