import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenZaloSimulator, type RunningSimulator } from '../sandbox/zalo-simulator/listen';
import { createZaloBotClient } from './bot-client';
import { createZaloBotChannel, PartialSendError } from './channel';
import { ZaloBotApiError } from './errors';

const TOKEN = '77:channel-secret';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await listenZaloSimulator({ appSecret: 's', botToken: TOKEN, botName: 'Bot', seed: 'channel-tests' });
});
afterAll(() => sim.close());

describe('Zalo bot channel', () => {
  it('splits a long message and sends the parts in order', async () => {
    const user = sim.control.createUser({ name: 'Hoàng Yến' });
    const channel = createZaloBotChannel(createZaloBotClient({ baseUrl: sim.botBaseUrl, token: TOKEN, timeoutMs: 2000 }));
    const paragraphs = Array.from({ length: 5 }, (_, i) => `Đoạn ${i + 1}: ${'nội dung '.repeat(100).trim()}`);
    const { providerMessageIds } = await channel.send({ chatId: user.botUserId, text: paragraphs.join('\n\n') });
    const transcript = sim.control.transcript(user.botUserId);
    expect(providerMessageIds).toEqual(transcript.map((e) => e.messageId));
    expect(transcript.length).toBeGreaterThan(1);
    expect(transcript.every((e) => (e.text ?? '').length <= 2000)).toBe(true);
    expect(transcript[0]?.text).toMatch(/^Đoạn 1:/);
    expect(transcript.at(-1)?.text).toMatch(/nội dung$/);
  });

  it('reports the parts already sent when a later part fails', async () => {
    let calls = 0;
    const channel = createZaloBotChannel({
      sendMessage: async () => {
        calls += 1;
        if (calls === 2) throw new ZaloBotApiError({ method: 'sendMessage', kind: 'api', errorCode: 429, description: 'Too Many Requests' });
        return { message_id: `m${calls}` };
      },
    });
    const error = await channel.send({ chatId: '1', text: `${'a'.repeat(1500)}\n\n${'b'.repeat(1500)}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialSendError);
    expect(error).toMatchObject({ sentProviderMessageIds: ['m1'], totalParts: 2, cause: { retryable: true } });
  });
});
