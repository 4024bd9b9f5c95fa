import type { BotLinkCode } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`the bot over the simulated Zalo Bot Platform (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const simulator = () => server.sandbox!.simulator.control;

  /** Says something as a Zalo user and waits for the bot's answer in the transcript. */
  async function say(botUserId: string, text: string): Promise<string> {
    const before = simulator().transcript(botUserId).at(-1)?.seq ?? 0;
    const report = await simulator().userSays(botUserId, text).delivered;
    expect(report).toMatchObject({ delivered: true });
    let reply: string | null = null;
    await expect
      .poll(() => (reply = simulator().transcript(botUserId, before).find((entry) => entry.side === 'bot')?.text ?? null), { timeout: 5000 })
      .not.toBeNull();
    return reply!;
  }

  it('registered its webhook with the platform at start', () => {
    expect(simulator().snapshot().webhook?.url).toBe(`${server.url}/api/zalo/webhook`);
  });

  it('links a chat to the person through "/start CODE" from the mini app', async () => {
    const session = await signInAs(server.url, demo.primaryTeacherUnlinkedBot);
    expect(session.person.botLinked).toBe(false);
    const link = await api<BotLinkCode>(server.url, 'POST', '/api/me/bot-link', { token: session.token });
    expect(link.status).toBe(201);
    expect(link.body.startCommand).toBe(`/start ${link.body.code}`);

    const stranger = simulator().createUser({ name: 'A Ngọc' });
    expect(await say(stranger.botUserId, 'xin chào')).toMatch(/«\/start MÃ»/);
    expect(await say(stranger.botUserId, link.body.startCommand)).toBe(
      'Xin chào A Ngọc! Tài khoản Zalo này đã được liên kết với Thi Đua Số. Từ nay bạn sẽ nhận nhắc hạn nộp hồ sơ, báo cáo và câu hỏi tiến độ tại đây.',
    );
    const me = await api<{ person: { botLinked: boolean } }>(server.url, 'GET', '/api/me', { token: session.token });
    expect(me.body.person.botLinked).toBe(true);
    expect(await say(stranger.botUserId, 'giúp tôi')).toMatch(/^Chào A Ngọc!/);

    // The code was single-use: a second chat cannot take it over.
    const other = simulator().createUser({ name: 'Kẻ lạ' });
    expect(await say(other.botUserId, link.body.startCommand)).toMatch(/không đúng hoặc đã hết hạn/);
  });

  it('ignores a replayed delivery', async () => {
    const user = simulator().createUser({ name: 'Người thử' });
    await say(user.botUserId, 'một');
    const botRepliesBefore = simulator().transcript(user.botUserId).filter((entry) => entry.side === 'bot').length;
    await simulator().replayLastUpdate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const botRepliesAfter = simulator().transcript(user.botUserId).filter((entry) => entry.side === 'bot').length;
    expect(botRepliesAfter).toBe(botRepliesBefore);
  });

  it('refuses deliveries without the secret header, in Vietnamese, storing nothing', async () => {
    const update = { event_name: 'message.text.received', message: { message_id: 'm-forged', date: Date.now(), from: { id: '1', display_name: 'x', is_bot: false }, chat: { id: '1', chat_type: 'PRIVATE' }, text: '/start AAAAAAAA' } };
    const missing = await api<{ error: { message: string } }>(server.url, 'POST', '/api/zalo/webhook', { body: update });
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(/bí mật/);
    const wrong = await api(server.url, 'POST', '/api/zalo/webhook', { body: update, headers: { 'x-bot-api-secret-token': 'wrong-secret-123' } });
    expect(wrong.status).toBe(401);
    const stored = await server.ctx.store.db.selectFrom('processed_updates').selectAll().where('dedupe_key', 'like', '%m-forged%').execute();
    expect(stored).toHaveLength(0);
  });
});

describe.runIf(storeAvailable())(`the bot in long-poll mode (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BOT_MODE: 'polling' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers through getUpdates when no webhook is set', async () => {
    const control = server.sandbox!.simulator.control;
    expect(control.snapshot().webhook).toBeNull();
    const user = control.createUser({ name: 'Người dùng thăm dò' });
    control.userSays(user.botUserId, 'xin chào');
    await expect
      .poll(() => control.transcript(user.botUserId).find((entry) => entry.side === 'bot')?.text, { timeout: 10_000 })
      .toMatch(/trợ lý Thi Đua Số/);
  });
});
