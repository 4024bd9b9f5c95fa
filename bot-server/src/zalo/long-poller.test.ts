import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listenZaloSimulator, type RunningSimulator } from '../sandbox/zalo-simulator/listen';
import { createZaloBotClient } from './bot-client';
import { createLongPoller, WebhookActiveError } from './long-poller';
import type { ZaloUpdate } from './update-schema';

const TOKEN = '55:poller-secret';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await listenZaloSimulator({ appSecret: 's', botToken: TOKEN, botName: 'Bot', maxLongPollMs: 5000, seed: 'poller-tests' });
});
afterAll(() => sim.close());

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const client = () => createZaloBotClient({ baseUrl: sim.botBaseUrl, token: TOKEN, timeoutMs: 2000 });

function poller(onUpdate: (u: ZaloUpdate) => Promise<void>, takeOverWebhook = false) {
  const seen = new Set<string>();
  return createLongPoller({
    client: client(),
    onUpdate,
    isFirstDelivery: async (key) => !seen.has(key) && Boolean(seen.add(key)),
    logger,
    timeoutSeconds: 30,
    takeOverWebhook,
    backoff: { initialMs: 10, maxMs: 50 },
  });
}

describe('long poller', () => {
  it('receives messages in order, skips a replay, and stops promptly mid-poll', async () => {
    const texts: string[] = [];
    const p = poller(async (u) => void (u.kind === 'text' && texts.push(u.message.text)));
    await p.start();
    const user = sim.control.createUser({ name: 'Lý Thu' });
    sim.control.userSays(user.botUserId, 'một');
    sim.control.userSays(user.botUserId, 'hai');
    await sim.control.replayLastUpdate();
    await vi.waitFor(() => expect(texts).toEqual(['một', 'hai']));
    await vi.waitFor(() => expect(sim.control.snapshot().counts.pendingPolls).toBe(1)); // idle in a 5 s poll

    const started = Date.now();
    await p.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(p.running).toBe(false);
    await vi.waitFor(() => expect(sim.control.snapshot().counts.pendingPolls).toBe(0));
    // A message sent after stopping waits in the queue for the next poller, not lost to a dead request.
    sim.control.userSays(user.botUserId, 'ba');
    expect(sim.control.snapshot().counts.queuedUpdates).toBe(1);
    expect(await client().getUpdates({ timeout: 1 })).toMatchObject([{ message: { text: 'ba' } }]);
  });

  it('backs off on errors and keeps going', async () => {
    sim.control.injectFaults({ method: 'getUpdates', kind: '500', count: 2 });
    const texts: string[] = [];
    const p = poller(async (u) => void (u.kind === 'text' && texts.push(u.message.text)));
    await p.start();
    const user = sim.control.createUser({ name: 'Mai Anh' });
    sim.control.userSays(user.botUserId, 'sau lỗi');
    await vi.waitFor(() => expect(texts).toEqual(['sau lỗi']));
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ failures: 2 }), expect.any(String));
    await p.stop();
  });

  it('refuses to start while a webhook is set, unless told to take over', async () => {
    await client().setWebhook({ url: 'https://bot.example.org/hook', secret_token: 'secret-123' });
    await expect(poller(async () => {}).start()).rejects.toBeInstanceOf(WebhookActiveError);
    const p = poller(async () => {}, true);
    await p.start();
    expect((await client().getWebhookInfo()).url).toBe('');
    await p.stop();
  });
});
