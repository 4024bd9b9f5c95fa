import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

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
});
