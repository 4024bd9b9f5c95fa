import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenZaloSimulator, type RunningSimulator } from '../sandbox/zalo-simulator/listen';
import { createZaloBotClient } from './bot-client';
import type { ZaloUpdate } from './update-schema';
import { createWebhookRouter } from './webhook-receiver';

const SECRET = 'webhook-secret-123';
const TOKEN = '99:receiver-bot-secret';
let sim: RunningSimulator;
let webhookUrl: string;
const seen = new Set<string>();
let failDedupe = 0;
const received: ZaloUpdate[] = [];
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

beforeAll(async () => {
  // Short retries so the "receiver failed once" case finishes quickly.
  sim = await listenZaloSimulator({ appSecret: 's', botToken: TOKEN, botName: 'Bot', webhookRetryDelaysMs: [20, 20], seed: 'webhook-tests' });
  const router = createWebhookRouter({
    secretToken: SECRET,
    logger,
    isFirstDelivery: async (key) => {
      if (failDedupe > 0 && failDedupe--) throw new Error('store down');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
    onUpdate: async (update) => {
      received.push(update);
      if (update.kind === 'text' && update.message.text === 'boom') throw new Error('handler bug');
    },
  });
  sim.app.use('/webhook', router);
  webhookUrl = sim.baseUrl.replace('/zalo-sim', '/webhook');
});
afterAll(() => sim.close());
beforeEach(() => {
  received.length = 0;
  failDedupe = 0;
});

const update = (messageId: string, text = 'xin chào') => ({
  event_name: 'message.text.received',
  message: { message_id: messageId, date: Date.now(), from: { id: '5', display_name: 'A', is_bot: false }, chat: { id: '5', chat_type: 'PRIVATE' }, text },
});
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET, ...headers }, body });

describe('webhook receiver', () => {
  it('answers 401 for a missing or wrong secret, with a Vietnamese error', async () => {
    const missing = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update('m0')) });
    expect(missing.status).toBe(401);
    const wrong = await post(JSON.stringify(update('m0')), { 'x-bot-api-secret-token': 'webhook-secret-124' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/bí mật/) } });
  });

  it('answers 415 for non-JSON, 400 for malformed JSON or a bad update, 413 over 1 MB', async () => {
    expect((await post('event_name=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const malformed = await post('{"event_name": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'invalid_json' } });
    expect((await post(JSON.stringify({ event_name: 'message.text.received' }))).status).toBe(400);
    expect((await post('"just a string"')).status).toBe(400);
    const huge = await post(JSON.stringify({ ...update('big'), padding: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'too_large', message: expect.stringMatching(/quá lớn/) } });
    expect(received).toHaveLength(0);
  });

  it('handles an update once: a replay answers 200 duplicate without calling onUpdate', async () => {
    const body = JSON.stringify(update('m-replay'));
    expect(await (await post(body)).json()).toEqual({ ok: true });
    expect(await (await post(body)).json()).toEqual({ ok: true, duplicate: true });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toHaveLength(1);
  });

  it('answers 503 when the dedupe store fails, and survives a failing handler', async () => {
    failDedupe = 1;
    expect((await post(JSON.stringify(update('m-store')))).status).toBe(503);
    expect((await post(JSON.stringify(update('m-boom', 'boom')))).status).toBe(200);
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ key: 'message.text.received:m-boom' }), expect.any(String)));
  });
});

describe('simulator → webhook end to end', () => {
  it('delivers a user message, ignores the platform replay, and retries after a failure', async () => {
    const bot = createZaloBotClient({ baseUrl: sim.botBaseUrl, token: TOKEN, timeoutMs: 2000 });
    await bot.setWebhook({ url: webhookUrl, secret_token: SECRET });
    const user = sim.control.createUser({ name: 'Nguyễn Văn Bình' });

    const first = await sim.control.userSays(user.botUserId, '/start 4F7K2Q').delivered;
    expect(first).toMatchObject({ via: 'webhook', delivered: true, attempts: 1 });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({ kind: 'text', message: { text: '/start 4F7K2Q', from: { id: user.botUserId } } });

    expect(await sim.control.replayLastUpdate()).toMatchObject({ delivered: true });
    failDedupe = 1; // the receiver answers 503 once; the platform must try again
    expect(await sim.control.userSays(user.botUserId, 'lần hai').delivered).toMatchObject({ delivered: true, attempts: 2 });
    await vi.waitFor(() => expect(received.map((u) => u.kind === 'text' && u.message.text)).toEqual(['/start 4F7K2Q', 'lần hai']));
    await bot.deleteWebhook();
  });
});
