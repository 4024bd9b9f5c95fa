import { randomUUID } from 'node:crypto';
import type { Clock } from '@tds/bot-server/context';
import { composeText } from '@tds/bot-server/features/outbox/deliver-message';
import { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerOptions } from '@tds/bot-server/features/outbox/delivery-worker';
import { enqueueMessage } from '@tds/bot-server/features/outbox/enqueue';
import { deliveryStatusCounts } from '@tds/bot-server/features/outbox/repo';
import { createZaloBotClient } from '@tds/bot-server/zalo/bot-client';
import { createZaloBotChannel, type Channel } from '@tds/bot-server/zalo/channel';
import { ZaloBotApiError } from '@tds/bot-server/zalo/errors';
import { splitMessage } from '@tds/bot-server/zalo/split-message';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const MINUTE = 60_000;

/** A clock the test moves by hand, so backoffs and leases pass without waiting. */
function manualClock(): Clock & { advance(ms: number): void } {
  let t = Date.now();
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/** About `length` characters in paragraphs, so it splits at paragraph breaks as real notices do. */
function longText(length: number, tag: string): string {
  const paragraphs: string[] = [];
  for (let i = 1; paragraphs.join('\n\n').length < length; i++) {
    paragraphs.push(`Đoạn ${i} (${tag}): Nhà trường triển khai kế hoạch chuyển đổi số, giáo viên hoàn thành khóa học Bình dân học vụ số và nộp minh chứng đúng hạn. `.repeat(3).trim());
  }
  return paragraphs.join('\n\n').slice(0, length).trimEnd();
}

describe.runIf(storeAvailable())(`outbox delivery over the simulated Zalo Bot Platform (${storeKind})`, () => {
  let server: TestServer;
  const chat = {} as Record<'principal' | 'teacher', string>;
  beforeAll(async () => {
    server = await startTestServer();
    const people = await server.ctx.store.db.selectFrom('people').select(['id', 'bot_chat_id']).where('id', 'in', [demo.primaryPrincipal, demo.primaryTeacher]).execute();
    chat.principal = people.find((p) => p.id === demo.primaryPrincipal)!.bot_chat_id!;
    chat.teacher = people.find((p) => p.id === demo.primaryTeacher)!.bot_chat_id!;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const control = () => server.sandbox!.simulator.control;
  const db = () => server.ctx.store.db;
  const lastSeq = (chatId: string) => control().transcript(chatId).at(-1)?.seq ?? 0;
  const botEntries = (chatId: string, after: number) => control().transcript(chatId, after).filter((entry) => entry.side === 'bot');
  const row = (dedupeKey: string) => db().selectFrom('outbox').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirstOrThrow();
  const enqueue = (dedupeKey: string, recipientPersonId: string, text: string, at: Date, link?: string) =>
    enqueueMessage(db(), { dedupeKey, recipientPersonId, text, ...(link ? { link } : {}) }, at);

  it("the server's own worker delivers what is enqueued, with the mini app link", async () => {
    const key = `wire:${randomUUID()}`;
    const before = lastSeq(chat.teacher);
    await enqueue(key, demo.primaryTeacher, `Bài của thầy/cô đã được duyệt (${key}).`, new Date(), '/submissions/abc');
    server.delivery.wake();
    await expect.poll(() => botEntries(chat.teacher, before).length, { timeout: 10_000 }).toBe(1);
    expect(botEntries(chat.teacher, before)[0]!.text).toBe(`Bài của thầy/cô đã được duyệt (${key}).\n\nXem chi tiết: ${server.url}/submissions/abc`);
    await expect.poll(async () => (await row(key)).status, { timeout: 5000 }).toBe('sent');
  });

  describe('test workers (the server worker stopped)', () => {
    const workers: DeliveryWorker[] = [];
    let clock = manualClock();
    beforeAll(async () => {
      await server.delivery.stop();
    });
    afterEach(async () => {
      control().clearFaults();
      await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    });

    /** The real Bot Platform client against the simulator, with a short deadline so a held request times out fast. */
    const simulatorChannel = (): Channel =>
      createZaloBotChannel(createZaloBotClient({ baseUrl: `${server.url}/zalo-sim/bot`, token: server.ctx.config.zalo.botToken, timeoutMs: 1000 }));

    function worker(options: Partial<DeliveryWorkerOptions> = {}): DeliveryWorker {
      const created = createDeliveryWorker({
        ctx: server.ctx,
        channel: simulatorChannel(),
        linkBase: server.url,
        clock,
        instanceId: `test-${randomUUID().slice(0, 8)}`,
        ratePerSecond: 500,
        pollIntervalMs: 20,
        ...options,
      });
      workers.push(created);
      return created;
    }

    it('delivers each message exactly once; 5,000 characters arrive as 3 parts in order', async () => {
      clock = manualClock();
      const tag = randomUUID();
      const long = longText(5000, tag);
      const before = { principal: lastSeq(chat.principal), teacher: lastSeq(chat.teacher) };
      await enqueue(`once:${tag}:short`, demo.primaryPrincipal, `Nhắc hạn ${tag}`, clock.now());
      await enqueue(`once:${tag}:long`, demo.primaryTeacher, long, clock.now(), '/plans/kh-198');
      await enqueue(`once:${tag}:short`, demo.primaryPrincipal, `Nhắc hạn ${tag} (lần hai)`, clock.now());

      const delivery = worker();
      expect(await delivery.runOnce()).toBe(2);
      expect(await delivery.runOnce()).toBe(0);

      expect(botEntries(chat.principal, before.principal).map((entry) => entry.text)).toEqual([`Nhắc hạn ${tag}`]);
      const parts = splitMessage(composeText({ text: long, link: '/plans/kh-198' }, server.url));
      expect(parts).toHaveLength(3);
      const received = botEntries(chat.teacher, before.teacher);
      expect(received.map((entry) => entry.text)).toEqual(parts);
      expect(received.at(-1)!.text).toMatch(new RegExp(`Xem chi tiết: ${server.url}/plans/kh-198$`));

      const sent = await row(`once:${tag}:long`);
      expect(sent).toMatchObject({ status: 'sent', attempts: 0, parts_sent: 3, claimed_until: null, claimed_by: delivery.instanceId, last_error: null });
      expect(JSON.parse(sent.provider_message_id!)).toEqual(received.map((entry) => entry.messageId));
      expect(sent.sent_at).toBe(clock.now().toISOString());
    });

    it('retries 429, 500 and a timeout with backoff, and the message arrives once', async () => {
      clock = manualClock();
      const key = `retry:${randomUUID()}`;
      const before = lastSeq(chat.teacher);
      await enqueue(key, demo.primaryTeacher, `Báo cáo tiến độ ${key}`, clock.now());
      control().injectFaults({ method: 'sendMessage', kind: '429', count: 1 });
      control().injectFaults({ method: 'sendMessage', kind: '500', count: 1 });
      control().injectFaults({ method: 'sendMessage', kind: 'timeout', count: 1 });
      const delivery = worker();

      const expected = [/429/, /500/, /timeout/];
      for (const [index, error] of expected.entries()) {
        const at = clock.now().getTime();
        expect(await delivery.runOnce()).toBe(1);
        const retried = await row(key);
        expect(retried).toMatchObject({ status: 'pending', attempts: index + 1, claimed_until: null });
        expect(retried.last_error).toMatch(error);
        expect(retried.last_error).not.toContain(server.ctx.config.zalo.botToken);
        // Equal jitter: at least half of 2 s, 4 s, 8 s.
        expect(Date.parse(retried.next_attempt_at) - at).toBeGreaterThanOrEqual(1000 * 2 ** index);
        expect(await delivery.runOnce()).toBe(0);
        expect(botEntries(chat.teacher, before)).toHaveLength(0);
        clock.advance(15 * MINUTE);
      }
      expect(await delivery.runOnce()).toBe(1);
      expect(botEntries(chat.teacher, before).map((entry) => entry.text)).toEqual([`Báo cáo tiến độ ${key}`]);
      expect(await row(key)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    });

    it('resumes a split message after the failed part, never repeating a delivered one', async () => {
      clock = manualClock();
      const key = `partial:${randomUUID()}`;
      const text = longText(5000, key);
      const before = lastSeq(chat.teacher);
      await enqueue(key, demo.primaryTeacher, text, clock.now());
      const real = simulatorChannel();
      let calls = 0;
      const flaky: Channel = {
        name: 'zalo-bot',
        send: async (message) => {
          calls += 1;
          if (calls === 2) throw new ZaloBotApiError({ method: 'sendMessage', kind: 'api', errorCode: 503, description: 'Service Unavailable' });
          return real.send(message);
        },
      };
      const delivery = worker({ channel: flaky, linkBase: null });

      expect(await delivery.runOnce()).toBe(1);
      expect(await row(key)).toMatchObject({ status: 'pending', attempts: 1, parts_sent: 1 });
      expect(botEntries(chat.teacher, before)).toHaveLength(1);
      clock.advance(15 * MINUTE);
      expect(await delivery.runOnce()).toBe(1);
      expect(botEntries(chat.teacher, before).map((entry) => entry.text)).toEqual(splitMessage(text));
      const sent = await row(key);
      expect(sent).toMatchObject({ status: 'sent', parts_sent: 3 });
      expect(JSON.parse(sent.provider_message_id!)).toHaveLength(3);
    });

    it('gives up after maxAttempts, or at once on a refusal no retry can fix', async () => {
      clock = manualClock();
      const tag = randomUUID();
      const before = lastSeq(chat.teacher);
      await enqueue(`fail:${tag}`, demo.primaryTeacher, `Sẽ không tới ${tag}`, clock.now());
      control().injectFaults({ method: 'sendMessage', kind: '500', count: 3 });
      const delivery = worker({ maxAttempts: 3 });
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(await delivery.runOnce()).toBe(1);
        clock.advance(15 * MINUTE);
      }
      expect(await delivery.runOnce()).toBe(0);
      const failed = await row(`fail:${tag}`);
      expect(failed).toMatchObject({ status: 'failed', attempts: 3, sent_at: null });
      expect(failed.last_error).toMatch(/500.*gave up after 3 attempts/);

      await enqueue(`refused:${tag}`, demo.primaryTeacher, `Bị từ chối ${tag}`, clock.now());
      const refusing: Channel = {
        name: 'zalo-bot',
        send: async () => {
          throw new ZaloBotApiError({ method: 'sendMessage', kind: 'api', errorCode: 403, description: 'Forbidden' });
        },
      };
      expect(await worker({ channel: refusing }).runOnce()).toBe(1);
      expect(await row(`refused:${tag}`)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'Zalo sendMessage api 403: Forbidden' });
      expect(botEntries(chat.teacher, before)).toHaveLength(0);
    });

    it('marks a person without a linked chat not_linked, and counts states for officers', async () => {
      clock = manualClock();
      const tag = `counts:${randomUUID()}:`;
      await enqueue(`${tag}unlinked`, demo.primaryTeacherUnlinkedBot, 'Chưa liên kết', clock.now());
      await enqueue(`${tag}linked`, demo.primaryTeacher, 'Đã liên kết', clock.now());
      await enqueue(`${tag}later`, demo.primaryTeacher, 'Gửi sau', new Date(clock.now().getTime() + 60 * MINUTE));
      expect(await worker().runOnce()).toBe(2);
      expect(await row(`${tag}unlinked`)).toMatchObject({ status: 'not_linked', attempts: 0, sent_at: null, last_error: 'no linked bot chat' });

      expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag })).toEqual({ pending: 1, sending: 0, sent: 1, failed: 0, not_linked: 1 });
      const primary = await db().selectFrom('units').select('path').where('id', '=', demoUnitIds.primary).executeTakeFirstOrThrow();
      const secondary = await db().selectFrom('units').select('path').where('id', '=', demoUnitIds.secondary).executeTakeFirstOrThrow();
      expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag, unitPath: primary.path })).toEqual({ pending: 1, sending: 0, sent: 1, failed: 0, not_linked: 1 });
      expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag, unitPath: secondary.path })).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, not_linked: 0 });
      expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag, createdSince: new Date(clock.now().getTime() + 1) })).toMatchObject({ pending: 1, sent: 0, not_linked: 0 });
      clock.advance(61 * MINUTE);
      expect(await worker().runOnce()).toBe(1);
    });

    it('two workers racing over 200 rows deliver every message exactly once', { timeout: 60_000 }, async () => {
      clock = manualClock();
      const tag = `race:${randomUUID()}:`;
      const before = { principal: lastSeq(chat.principal), teacher: lastSeq(chat.teacher) };
      const texts: string[] = [];
      for (let i = 0; i < 200; i++) {
        texts.push(`Tin ${i} ${tag}`);
        await enqueue(`${tag}${i}`, i % 2 === 0 ? demo.primaryPrincipal : demo.primaryTeacher, texts[i]!, clock.now());
      }
      const first = worker({ batchSize: 10, ratePerSecond: 1000 });
      const second = worker({ batchSize: 10, ratePerSecond: 1000 });
      // Lockstep rounds: both claim at the same moment every time, so they truly race for rows.
      for (let round = 0; round < 100 && (await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag })).sent < 200; round++) {
        const handled = await Promise.all([first.runOnce(), second.runOnce()]);
        // A pass sends at most its batch: more means one claim took rows past its limit.
        expect(Math.max(...handled)).toBeLessThanOrEqual(10);
      }
      await Promise.all([first.stop(), second.stop()]);

      const received = [...botEntries(chat.principal, before.principal), ...botEntries(chat.teacher, before.teacher)].map((entry) => entry.text!);
      expect(received).toHaveLength(200);
      expect([...received].sort()).toEqual([...texts].sort());
      const holders = await db().selectFrom('outbox').select('claimed_by').distinct().where('dedupe_key', 'like', `${tag}%`).execute();
      expect(holders.map((holder) => holder.claimed_by).sort()).toEqual([first.instanceId, second.instanceId].sort());
    });

    it('takes over rows whose lease ran out (a crashed worker), resuming after delivered parts', async () => {
      clock = manualClock();
      const tag = `crash:${randomUUID()}:`;
      const long = longText(5000, tag);
      const before = lastSeq(chat.teacher);
      const now = clock.now().getTime();
      await enqueue(`${tag}expired`, demo.primaryTeacher, `Bị bỏ dở ${tag}`, clock.now());
      await enqueue(`${tag}partial`, demo.primaryTeacher, long, new Date(now + 1));
      await enqueue(`${tag}alive`, demo.primaryTeacher, `Vẫn đang gửi ${tag}`, new Date(now + 2));
      const claim = (suffix: string, by: string, until: number, extra: { parts_sent?: number; provider_message_id?: string } = {}) =>
        db().updateTable('outbox').set({ status: 'sending', claimed_by: by, claimed_until: new Date(until).toISOString(), ...extra }).where('dedupe_key', '=', `${tag}${suffix}`).execute();
      await claim('expired', 'crashed-instance', now - 1000);
      await claim('partial', 'crashed-instance', now - 1000, { parts_sent: 1, provider_message_id: JSON.stringify(['delivered-before-crash']) });
      await claim('alive', 'live-instance', now + MINUTE);

      const delivery = worker();
      expect(await delivery.runOnce()).toBe(2);
      const parts = splitMessage(long);
      expect(botEntries(chat.teacher, before).map((entry) => entry.text)).toEqual([`Bị bỏ dở ${tag}`, ...parts.slice(1)]);
      expect(await row(`${tag}alive`)).toMatchObject({ status: 'sending', claimed_by: 'live-instance' });
      const resumed = await row(`${tag}partial`);
      expect(resumed).toMatchObject({ status: 'sent', parts_sent: 3, claimed_by: delivery.instanceId });
      expect(JSON.parse(resumed.provider_message_id!)[0]).toBe('delivered-before-crash');

      clock.advance(MINUTE + 1);
      expect(await delivery.runOnce()).toBe(1);
      expect(botEntries(chat.teacher, before).at(-1)!.text).toBe(`Vẫn đang gửi ${tag}`);
    });

    it('keeps to the configured rate: 100 messages at 50/s take at least 1.5 s', async () => {
      clock = manualClock();
      const tag = `rate:${randomUUID()}:`;
      for (let i = 0; i < 100; i++) await enqueue(`${tag}${i}`, i % 2 === 0 ? demo.primaryPrincipal : demo.primaryTeacher, `Nhịp ${i} ${tag}`, clock.now());
      const delivery = worker({ ratePerSecond: 50 });
      const started = performance.now();
      let handled = 0;
      for (let pass = 0; pass < 20 && handled < 100; pass++) handled += await delivery.runOnce();
      const elapsed = performance.now() - started;
      expect(handled).toBe(100);
      expect(elapsed).toBeGreaterThanOrEqual(1500);
      expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: tag })).toMatchObject({ sent: 100 });
    });

    it('stops gracefully: the send in flight completes, claimed rows go back to pending', async () => {
      clock = manualClock();
      const tag = `stop:${randomUUID()}:`;
      const before = lastSeq(chat.teacher);
      for (let i = 0; i < 30; i++) await enqueue(`${tag}${i}`, demo.primaryTeacher, `Dừng ${i} ${tag}`, clock.now());
      const slow = worker({ ratePerSecond: 10 });
      slow.start();
      await expect.poll(() => botEntries(chat.teacher, before).length, { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(3);
      await slow.stop();

      const rows = await db().selectFrom('outbox').selectAll().where('dedupe_key', 'like', `${tag}%`).execute();
      const sent = rows.filter((r) => r.status === 'sent');
      expect(rows.filter((r) => r.status === 'sending')).toEqual([]);
      expect(rows.filter((r) => r.status === 'pending').every((r) => r.claimed_until === null && r.attempts === 0)).toBe(true);
      expect(sent.length).toBeLessThan(30);
      expect(botEntries(chat.teacher, before)).toHaveLength(sent.length);

      const next = worker();
      expect((await next.runOnce()) + (await next.runOnce())).toBe(30 - sent.length);
      const texts = botEntries(chat.teacher, before).map((entry) => entry.text);
      expect(texts).toHaveLength(30);
      expect(new Set(texts).size).toBe(30);
    });
  });
});
