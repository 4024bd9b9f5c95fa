import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

describe.runIf(storeAvailable())(`npm run zalo: webhook setup against the simulator (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** `npm run zalo -- <command>` pointed at this server's simulated Bot Platform. */
  async function zalo(command: string, env: Record<string, string> = {}) {
    const outcome = await run(process.execPath, ['--import', 'tsx', 'bot-server/src/commands/zalo-setup.ts', command], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: server.database.dataDir, ZALO_BOT_BASE_URL: `${server.url}/zalo-sim/bot`, PUBLIC_URL: 'http://127.0.0.1:8443/', ...env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    return { code: 'code' in outcome ? outcome.code : 0, stdout: outcome.stdout, stderr: outcome.stderr };
  }
  const platform = () => server.sandbox!.simulator.control.snapshot();

  it('checks the token with getMe, and names the failure (never the token) when it is wrong', async () => {
    const me = await zalo('me');
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout)).toMatchObject({ account_name: 'Thi Đua Số (mô phỏng)', can_join_groups: false });

    const wrong = await zalo('me', { ZALO_BOT_TOKEN: '999:not-the-bot-token' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/getMe/);
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-bot-token');
  });

  it('removes, inspects and registers the webhook at PUBLIC_URL + /api/zalo/webhook with the secret token', async () => {
    expect((await zalo('delete-webhook')).code).toBe(0);
    expect(platform().webhook).toBeNull();
    expect(JSON.parse((await zalo('webhook-info')).stdout)).toMatchObject({ url: '' });

    const set = await zalo('set-webhook');
    expect(set.code).toBe(0);
    expect(platform().webhook).toMatchObject({ url: 'http://127.0.0.1:8443/api/zalo/webhook' });
    expect(set.stdout).not.toContain('sandbox-webhook-secret');
    expect(JSON.parse((await zalo('webhook-info')).stdout)).toMatchObject({ url: 'http://127.0.0.1:8443/api/zalo/webhook' });

    // Registered at this server's own URL, deliveries get through: the secret token is the server's.
    expect((await zalo('set-webhook', { PUBLIC_URL: server.url })).code).toBe(0);
    const stranger = server.sandbox!.simulator.control.createUser({ name: 'A Ngọc' });
    expect(await server.sandbox!.simulator.control.userSays(stranger.botUserId, 'xin chào').delivered).toMatchObject({ via: 'webhook', delivered: true });

    const plainHttp = await zalo('set-webhook', { PUBLIC_URL: 'http://thiduaso.example.vn' });
    expect(plainHttp).toMatchObject({ code: 1, stderr: expect.stringMatching(/https/) });
    expect((await zalo('launch')).stderr).toContain('Cách dùng');
  });
});
