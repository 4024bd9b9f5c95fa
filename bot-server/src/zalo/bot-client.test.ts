import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listenZaloSimulator, type RunningSimulator } from '../sandbox/zalo-simulator/listen';
import { createZaloBotClient } from './bot-client';
import { ZaloBotApiError } from './errors';
import type { FetchLike } from './http';

const TOKEN = '2233445566:very-secret-bot-key';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await listenZaloSimulator({ appSecret: 's', botToken: TOKEN, botName: 'Thi Đua Số', maxLongPollMs: 200, seed: 'bot-tests' });
});
afterAll(() => sim.close());
afterEach(() => sim.control.clearFaults());

const client = (token = TOKEN, timeoutMs = 2000) => createZaloBotClient({ baseUrl: sim.botBaseUrl, token, timeoutMs });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a failure'), (e: unknown) => e as ZaloBotApiError);

describe('Bot client against the simulator', () => {
  it('getMe answers the bot account, and a wrong token is 401 without leaking the token', async () => {
    expect(await client().getMe()).toMatchObject({ id: '2233445566', account_name: 'Thi Đua Số', can_join_groups: false });
    const error = await failure(client('2233445566:wrong-key').getMe());
    expect(error).toBeInstanceOf(ZaloBotApiError);
    expect(error).toMatchObject({ errorCode: 401, retryable: false, kind: 'api' });
    expect(`${error.message} ${error.description} ${JSON.stringify(error)}`).not.toContain('wrong-key');
  });

  it('sends text, photo, sticker and chat action into the chat transcript', async () => {
    const user = sim.control.createUser({ name: 'Phạm Minh' });
    const bot = client();
    const sent = await bot.sendMessage({ chat_id: user.botUserId, text: 'Xin chào thầy Minh' });
    expect(sent.message_id).toEqual(expect.any(String));
    await bot.sendPhoto({ chat_id: user.botUserId, photo: 'https://example.org/a.png', caption: 'Giấy chứng nhận' });
    await bot.sendSticker({ chat_id: user.botUserId, sticker: 'sticker-1' });
    await bot.sendChatAction({ chat_id: user.botUserId, action: 'typing' });
    const transcript = sim.control.transcript(user.botUserId);
    expect(transcript.map((e) => [e.side, e.kind, e.text])).toEqual([
      ['bot', 'text', 'Xin chào thầy Minh'],
      ['bot', 'image', 'Giấy chứng nhận'],
      ['bot', 'sticker', 'sticker-1'],
    ]);
    expect(transcript[0]?.messageId).toBe(sent.message_id);
  });

  it('rejects text over 2000 characters before calling Zalo, and an unknown chat is a 400', async () => {
    const error = await failure(client().sendMessage({ chat_id: '1', text: 'a'.repeat(2001) }));
    expect(error).toMatchObject({ kind: 'invalid_request', errorCode: 400, retryable: false });
    await expect(client().sendMessage({ chat_id: '1', text: 'x' })).rejects.toMatchObject({ kind: 'api', errorCode: 400 });
  });

  it('sets, reads and deletes the webhook; getUpdates is refused while one is set', async () => {
    const bot = client();
    await bot.setWebhook({ url: 'https://bot.example.org/zalo/webhook', secret_token: 'secret-1234' });
    expect((await bot.getWebhookInfo()).url).toBe('https://bot.example.org/zalo/webhook');
    const refused = await failure(bot.getUpdates({ timeout: 1 }));
    expect(refused).toMatchObject({ kind: 'api', errorCode: 409, retryable: false });
    await bot.deleteWebhook();
    expect((await bot.getWebhookInfo()).url).toBe('');
  });

  it('getUpdates answers a queued update, and [] on the 408 timeout', async () => {
    const user = sim.control.createUser({ name: 'Đỗ Lan' });
    await sim.control.userSays(user.botUserId, '/start 4F7K2Q').delivered;
    const updates = await client().getUpdates({ timeout: 1 });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ kind: 'text', message: { text: '/start 4F7K2Q', chat: { id: user.botUserId, chat_type: 'PRIVATE' } } });
    expect(await client().getUpdates({ timeout: 1 })).toEqual([]);
  });

  it.each([
    ['429', 429],
    ['500', 500],
  ] as const)('a %s fault surfaces as a retryable error', async (kind, code) => {
    sim.control.injectFaults({ method: 'sendMessage', kind, count: 1 });
    const user = sim.control.createUser({ name: 'Vũ Hà' });
    const error = await failure(client().sendMessage({ chat_id: user.botUserId, text: 'thử' }));
    expect(error).toMatchObject({ kind: 'api', errorCode: code, retryable: true });
    await expect(client().sendMessage({ chat_id: user.botUserId, text: 'thử lại' })).resolves.toBeTruthy();
  });

  it('a timeout fault surfaces as a retryable timeout', async () => {
    sim.control.injectFaults({ method: 'getMe', kind: 'timeout', count: 1 });
    const error = await failure(client(TOKEN, 150).getMe());
    expect(error).toMatchObject({ kind: 'timeout', errorCode: 0, retryable: true });
    await expect.poll(() => sim.control.snapshot().counts.heldRequests).toBe(0); // the abandoned request is forgotten
  });
});

describe('Bot client on answers the simulator does not give', () => {
  const viaFetch = (fetch: FetchLike) => createZaloBotClient({ baseUrl: 'http://zalo.invalid', token: TOKEN, fetch, timeoutMs: 500 });

  it('reads retry_after, and keeps a 502 HTML page retryable', async () => {
    const limited = viaFetch(async () => Response.json({ ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 3 } }, { status: 429 }));
    await expect(limited.getMe()).rejects.toMatchObject({ retryable: true, retryAfterMs: 3000 });
    const proxy = viaFetch(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(proxy.getMe()).rejects.toMatchObject({ kind: 'invalid_response', errorCode: 502, retryable: true });
  });

  it('redacts the token if Zalo echoes it, and a network failure never shows the URL', async () => {
    const echo = viaFetch(async () => Response.json({ ok: false, error_code: 400, description: `bad bot${TOKEN}` }));
    const error = await failure(echo.getMe());
    expect(error.message).not.toContain(TOKEN);
    const down = viaFetch(() => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })));
    const network = await failure(down.sendMessage({ chat_id: '1', text: 'x' }));
    expect(network).toMatchObject({ kind: 'network', description: 'ECONNREFUSED', retryable: true });
  });
});
