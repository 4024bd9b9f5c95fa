import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSecretProof } from '../../zalo/graph-client';
import { listenZaloSimulator, type RunningSimulator } from './listen';

const TOKEN = '42:sim-secret';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await listenZaloSimulator({ appSecret: 'app-secret', botToken: TOKEN, botName: 'Bot', maxLongPollMs: 100, seed: 'sim-tests' });
});
afterAll(() => sim.close());

const json = (url: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const bot = (method: string, body: unknown = {}) => json(`${sim.botBaseUrl}/bot${TOKEN}/${method}`, body);

describe('Bot API envelope', () => {
  it('answers 404 for an unknown method, 400 for bad params and bad JSON', async () => {
    expect(await (await bot('sendFax')).json()).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
    const noChat = await bot('sendMessage', { text: 'x' });
    expect(noChat.status).toBe(400);
    expect(await noChat.json()).toMatchObject({ ok: false, error_code: 400 });
    const badJson = await fetch(`${sim.botBaseUrl}/bot${TOKEN}/getMe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(await badJson.json()).toMatchObject({ ok: false, error_code: 400 });
  });

  it('enforces text length 1–2000 in code points', async () => {
    const user = sim.control.createUser({ name: 'Đặng Thu' });
    expect((await bot('sendMessage', { chat_id: user.botUserId, text: '' })).status).toBe(400);
    expect((await bot('sendMessage', { chat_id: user.botUserId, text: 'ạ'.repeat(2001) })).status).toBe(400);
    expect((await bot('sendMessage', { chat_id: user.botUserId, text: '😀'.repeat(2000) })).status).toBe(200);
  });

  it('setWebhook wants https (loopback http allowed in the sandbox) and an 8–256 char secret', async () => {
    expect((await bot('setWebhook', { url: 'http://example.org/hook', secret_token: 'long-enough' })).status).toBe(400);
    expect((await bot('setWebhook', { url: 'https://example.org/hook', secret_token: 'short' })).status).toBe(400);
    expect((await bot('setWebhook', { url: 'http://127.0.0.1:9/hook', secret_token: 'long-enough' })).status).toBe(200);
    expect(await (await bot('getUpdates', { timeout: '1' })).json()).toMatchObject({ ok: false, error_code: 409 });
    await bot('deleteWebhook');
    expect(await (await bot('getUpdates', { timeout: '1' })).json()).toEqual({ ok: false, error_code: 408, description: 'Request timeout' });
  });

  it('rate-limits when configured', async () => {
    const limited = await listenZaloSimulator({ appSecret: 'a', botToken: TOKEN, botName: 'Bot', rateLimitPerSecond: 2, now: () => 1_000 });
    try {
      const call = () => fetch(`${limited.botBaseUrl}/bot${TOKEN}/getMe`, { method: 'POST' }).then((r) => r.status);
      expect([await call(), await call(), await call()]).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('close() releases a request held by a timeout fault', async () => {
    const other = await listenZaloSimulator({ appSecret: 'a', botToken: TOKEN, botName: 'Bot' });
    other.control.injectFaults({ kind: 'timeout', count: 1 });
    const hanging = fetch(`${other.botBaseUrl}/bot${TOKEN}/getMe`, { method: 'POST' }).catch((e: unknown) => e);
    await expect.poll(() => other.control.snapshot().counts.heldRequests).toBe(1);
    await other.close();
    expect(await hanging).toBeInstanceOf(Error);
  });
});

describe('Graph phone exchange', () => {
  it('exchanges a one-time code for the number, with the app secret', async () => {
    const user = sim.control.createUser({ name: 'Phan Long', phone: '84912345678' });
    const token = sim.control.issueAccessToken(user.appUserId);
    const code = sim.control.issuePhoneCode(user.appUserId);
    const ask = (secret: string) =>
      fetch(`${sim.graphBaseUrl}/v2.0/me/info`, { headers: { access_token: token, code, secret_key: secret } }).then((r) => r.json());
    expect(await ask('wrong')).toMatchObject({ error: -242 });
    expect(await ask('app-secret')).toEqual({ data: { number: '84912345678' }, error: 0, message: 'Success' });
    expect(await ask('app-secret')).toMatchObject({ error: -201 }); // single use
  });

  it('answers only the requested fields', async () => {
    const user = sim.control.createUser({ name: 'Kim Ngân' });
    const token = sim.control.issueAccessToken(user.appUserId);
    const res = await fetch(`${sim.graphBaseUrl}/v2.0/me?fields=id`, { headers: { access_token: token, appsecret_proof: appSecretProof('app-secret', token) } });
    expect(await res.json()).toEqual({ id: user.appUserId });
  });
});

describe('control endpoints', () => {
  it('rejects bad input in Vietnamese', async () => {
    const res = await json(`${sim.baseUrl}/control/users`, { name: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', message: expect.stringMatching(/Cần nhập tên/) } });
    expect((await json(`${sim.baseUrl}/control/chats/000/messages`, { text: 'alo' })).status).toBe(404);
    expect((await json(`${sim.baseUrl}/control/faults`, { kind: 'explode', count: 1 })).status).toBe(400);
  });

  it('creates users idempotently, issues tokens, chats, and reports state', async () => {
    const created = await json(`${sim.baseUrl}/control/users`, { name: 'Tô Hiền', botUserId: '7000000000000000001' });
    expect(created.status).toBe(201);
    const again = await json(`${sim.baseUrl}/control/users`, { name: 'Tô Hiền', botUserId: '7000000000000000001' });
    expect(again.status).toBe(200);
    const user = (await created.json()) as { appUserId: string; botUserId: string };
    expect(user.appUserId).toMatch(/^\d{19}$/);

    const tokenRes = await json(`${sim.baseUrl}/control/tokens`, { appUserId: user.appUserId, ttlSeconds: 60 });
    expect(await tokenRes.json()).toEqual({ accessToken: expect.any(String) });

    const chat = `${sim.baseUrl}/control/chats/${user.botUserId}/messages`;
    expect((await json(chat, { text: 'Chào bot' })).status).toBe(202);
    await bot('sendMessage', { chat_id: user.botUserId, text: 'Chào cô Hiền' });
    const all = (await (await json(chat)).json()) as { messages: { seq: number; side: string; text: string }[]; lastSeq: number };
    expect(all.messages.map((m) => [m.side, m.text])).toEqual([['user', 'Chào bot'], ['bot', 'Chào cô Hiền']]);
    const later = await (await json(`${chat}?after=${all.lastSeq}`)).json();
    expect(later).toEqual({ messages: [], lastSeq: all.lastSeq });

    const state = await (await json(`${sim.baseUrl}/control/state`)).json();
    expect(state).toMatchObject({ webhook: null, counts: { queuedUpdates: 1 } });
  });

  it('serves the chat page, self-contained', async () => {
    const res = await fetch(`${sim.baseUrl}/chat`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html).toContain('<title>Trò chuyện với bot (mô phỏng)</title>');
    expect(html).not.toMatch(/innerHTML|<script src|<link /);
  });
});
