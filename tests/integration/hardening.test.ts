import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@tds/bot-server/config';
import { spawnServer } from '../support/server-process';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { createTestDatabase, storeAvailable, storeKind } from '../support/test-store';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(repoRoot, 'mini-app/dist');

describe.runIf(storeAvailable())(`hardening (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sends security headers and never reveals the framework', async () => {
    const response = await fetch(`${server.url}/api/me`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets only the configured origins call the API from a browser (the mini app inside Zalo)', async () => {
    const cross = await startTestServer({ CORS_ORIGINS: 'https://h5.zdn.vn, https://mini.example.vn' });
    try {
      const preflight = (origin: string) => fetch(`${cross.url}/api/submissions`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' } });
      const allowed = await preflight('https://h5.zdn.vn');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const read = await fetch(`${cross.url}/api/me`, { headers: { origin: 'https://mini.example.vn' } });
      expect(read.status).toBe(401);
      expect(read.headers.get('access-control-allow-origin')).toBe('https://mini.example.vn');
      // Nothing configured (the sandbox, one origin): no CORS headers at all.
      expect((await fetch(`${server.url}/api/me`, { headers: { origin: 'https://h5.zdn.vn' } })).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cross.stop();
    }
  });

  it('answers requests node refuses before express (a 20 KB address) with the Vietnamese JSON envelope (found by fuzzing)', async () => {
    const response = await fetch(`${server.url}/api/submissions?status=${'ă'.repeat(5_000)}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({ error: { code: 'headers_too_large', message: 'Địa chỉ hoặc tiêu đề yêu cầu quá dài' } });
  });

  it('answers an unmet Expect header in the Vietnamese JSON envelope (found by fuzzing)', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/api/zalo/webhook`, { method: 'POST', headers: { expect: 'something-else', 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(answer.status).toBe(417);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'expectation_failed' } });
  });

  it('answers a multipart form cut inside the file with a Vietnamese 400, without an uncaught error (found by fuzzing)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    try {
      const { token } = await signInAs(server.url, demo.primaryTeacher);
      for (let i = 0; i < 5; i++) {
        // Cut inside a part the server drains unread (another field), and inside the file itself.
        const field = i % 2 === 0 ? 'other' : 'file';
        const body = `--b\r\nContent-Disposition: form-data; name="${field}"; filename="anh.png"\r\nContent-Type: image/png\r\n\r\n${'x'.repeat(2000)}`;
        const response = await fetch(`${server.url}/api/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=b' }, body });
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { message: string } }).error.message).toContain('bị ngắt giữa chừng');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      process.off('uncaughtException', onUnhandled);
    }
  });

  it('answers unknown routes in Vietnamese without revealing whether they exist, never a stack trace', async () => {
    // Without a session every /api route is a 401: probing cannot tell real routes from made-up ones.
    const response = await fetch(`${server.url}/api/khong-co`, { method: 'DELETE' });
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toContain('Phiên đăng nhập không hợp lệ');
    const page = await fetch(`${server.url}/zalo-sim/khong-co`);
    expect(page.status).toBe(404);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('the mini app bundle', () => {
  // The build is part of `npm run test:all`; a plain `npm test` without a build has nothing to read.
  const built = existsSync(dist) || process.env.CI === 'true';
  it.runIf(built)('carries no server secret or token', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(js|css|html|json)$/.test(entry.name));
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')).join('\n');
    for (const secret of ['sandbox-app-secret', 'sandbox-bot-secret', 'sandbox-webhook-secret', 'ZALO_APP_SECRET', 'ZALO_BOT_TOKEN', 'SESSION_SECRET', 'appsecret_proof']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});

describe('production mode', () => {
  it('refuses to start without real Zalo settings, naming what is missing', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', 'bot-server/src/main.ts'], { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production', PORT: '0', ZALO_APP_ID: '123' } }).catch((error: { code: number; stderr: string }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain('Chế độ production thiếu cấu hình: PUBLIC_URL, SESSION_SECRET, ZALO_APP_SECRET, ZALO_BOT_TOKEN, ZALO_WEBHOOK_SECRET');
  });

  const settings = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://thiduaso.example.vn',
    SESSION_SECRET: 'x'.repeat(48),
    ZALO_APP_ID: '4318123456789012345',
    ZALO_APP_SECRET: 'app-secret-from-zalo',
    ZALO_BOT_TOKEN: '1234567890:bot-secret-from-zalo',
    ZALO_WEBHOOK_SECRET: 'webhook-secret-of-ours',
    // Nothing listens on port 9: the test must never reach the real Zalo.
    ZALO_BOT_BASE_URL: 'http://127.0.0.1:9',
    ZALO_GRAPH_BASE_URL: 'http://127.0.0.1:9',
  };

  it('accepts real settings, pointing at Zalo itself', () => {
    const { ZALO_BOT_BASE_URL: _bot, ZALO_GRAPH_BASE_URL: _graph, ...real } = settings;
    const config = loadConfig(real);
    expect(config).toMatchObject({ mode: 'production', publicUrl: 'https://thiduaso.example.vn', zalo: { graphBaseUrl: 'https://graph.zalo.me', botBaseUrl: 'https://bot-api.zaloplatforms.com' } });
    expect(loadConfig({ ...settings, DATABASE_URL: 'postgres://tds:pw@db.internal:5432/thiduaso' }).databaseUrl).toMatch(/^postgres:/);
  });

  it.each([
    ['PUBLIC_URL', 'http://thiduaso.example.vn', /PUBLIC_URL — phải bắt đầu bằng https/],
    ['PUBLIC_URL', 'thiduaso.example.vn', /PUBLIC_URL/],
    ['SESSION_SECRET', '', /SESSION_SECRET cần ít nhất 32 ký tự/],
    ['SESSION_SECRET', 'ngan-qua', /SESSION_SECRET cần ít nhất 32 ký tự/],
    ['ZALO_APP_ID', 'thi-dua-so', /ZALO_APP_ID phải là dãy số/],
    ['ZALO_APP_SECRET', 'abc', /ZALO_APP_SECRET quá ngắn/],
    ['ZALO_BOT_TOKEN', 'bot-secret-without-id', /ZALO_BOT_TOKEN phải có dạng/],
    ['ZALO_WEBHOOK_SECRET', 'short', /ZALO_WEBHOOK_SECRET cần 8–256/],
    ['DATABASE_URL', 'postgres://', /DATABASE_URL phải là/],
    ['DATABASE_URL', 'mysql://tds@db/thiduaso', /DATABASE_URL phải là/],
    ['DATABASE_URL', '', /DATABASE_URL trống/],
    ['METRICS_TOKEN', 'short', /METRICS_TOKEN cần ít nhất 16/],
    ['RETENTION_AUDIT_DAYS', '30', /RETENTION_AUDIT_DAYS tối thiểu 365/],
    ['CORS_ORIGINS', 'https://h5.zdn.vn/app', /CORS_ORIGINS: mỗi mục là một origin/],
  ])('refuses %s=%j, naming it', (name, value, message) => {
    expect(() => loadConfig({ ...settings, [name]: value })).toThrow(message);
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ ...settings, ZALO_APP_ID: 'abc', ZALO_WEBHOOK_SECRET: 'short' })).toThrow(/ZALO_APP_ID .*; ZALO_WEBHOOK_SECRET/);
  });

  it('exits before listening when a setting is malformed, naming it', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', 'bot-server/src/main.ts'], { cwd: repoRoot, env: { ...process.env, ...settings, PORT: '0', PUBLIC_URL: 'http://thiduaso.example.vn' } }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('PUBLIC_URL — phải bắt đầu bằng https://') });
    expect((failure as { stdout: string }).stdout).not.toContain('API:');
  });

  it('serves the API only: no simulator, no sandbox routes, no mini app files', { timeout: 60_000 }, async () => {
    const database = await createTestDatabase('sqlite');
    const server = await spawnServer({ ...settings, DATA_DIR: database.dataDir, DATABASE_URL: database.url });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      for (const path of ['/zalo-sim/chat', '/sandbox/demo-people', '/', '/index.html']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
      expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});
