import { randomUUID } from 'node:crypto';
import type { ApiError, DigestSetting } from '@tds/shared';
import { createDeliveryWorker, type DeliveryWorker } from '@tds/bot-server/features/outbox/delivery-worker';
import { collectDigests } from '@tds/bot-server/features/outbox/digest';
import { enqueueMessage } from '@tds/bot-server/features/outbox/enqueue';
import { claimDue, deliveryStatusCounts } from '@tds/bot-server/features/outbox/repo';
import { createZaloBotClient } from '@tds/bot-server/zalo/bot-client';
import { createZaloBotChannel } from '@tds/bot-server/zalo/channel';
import { MAX_MESSAGE_LENGTH } from '@tds/bot-server/zalo/split-message';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { clockedSessions, vnClock } from '../support/vn-clock';

describe.runIf(storeAvailable())(`daily digest in the outbox (${storeKind})`, () => {
  let server: TestServer;
  // The server's and the workers' clock.
  const clock = vnClock('2026-05-11T09:00:00');
  const teacherToken = clockedSessions(() => server.url, clock);
  const workers: DeliveryWorker[] = [];
  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    // Test workers only: each pass is run by hand at the test's clock.
    await server.delivery.stop();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  const db = () => server.ctx.store.db;
  const control = () => server.sandbox!.simulator.control;
  let chat = '';
  const teacherChat = async () => (chat ||= (await db().selectFrom('people').select('bot_chat_id').where('id', '=', demo.primaryTeacher).executeTakeFirstOrThrow()).bot_chat_id!);
  const lastSeq = async () => control().transcript(await teacherChat()).at(-1)?.seq ?? 0;
  const received = async (after: number) => control().transcript(await teacherChat(), after).flatMap((entry) => (entry.side === 'bot' && entry.text !== null ? [entry.text] : []));
  const enqueue = (tag: string, text: string, urgent = false) => enqueueMessage(db(), { dedupeKey: `digest-test:${tag}`, recipientPersonId: demo.primaryTeacher, text, urgent }, clock.now());
  const statuses = async (prefix: string) => (await db().selectFrom('outbox').select('status').where('dedupe_key', 'like', `digest-test:${prefix}%`).execute()).map((row) => row.status).sort();
  function worker(instanceId = `test-${randomUUID().slice(0, 8)}`): DeliveryWorker {
    const channel = createZaloBotChannel(createZaloBotClient({ baseUrl: `${server.url}/zalo-sim/bot`, token: server.ctx.config.zalo.botToken, timeoutMs: 1000 }));
    const created = createDeliveryWorker({ ctx: server.ctx, channel, linkBase: null, clock, instanceId, ratePerSecond: 500, pollIntervalMs: 20 });
    workers.push(created);
    return created;
  }
  const setDigest = async (digestAt: string | null) => {
    const token = await teacherToken(demo.primaryTeacher);
    return api<DigestSetting & ApiError>(server.url, 'PUT', '/api/me/digest', { token, body: { digestAt } });
  };
  async function say(text: string): Promise<string> {
    const user = (await db().selectFrom('people').select('bot_user_id').where('id', '=', demo.primaryTeacher).executeTakeFirstOrThrow()).bot_user_id!;
    const before = control().transcript(user).at(-1)?.seq ?? 0;
    await control().userSays(user, text).delivered;
    let reply = '';
    await expect.poll(() => (reply = control().transcript(user, before).find((entry) => entry.side === 'bot')?.text ?? ''), { timeout: 5000 }).not.toBe('');
    return reply;
  }

  it('takes the digest hour from the profile, refusing malformed and quiet-hour times', async () => {
    const token = await teacherToken(demo.primaryTeacher);
    expect((await api(server.url, 'PUT', '/api/me/digest', { body: { digestAt: '17:00' } })).status).toBe(401);
    expect((await setDigest('5h chiều')).body.error.fields).toEqual({ digestAt: 'Giờ nhận tin tổng hợp phải có dạng HH:mm' });
    expect((await setDigest('23:00')).body.error.fields).toEqual({ digestAt: 'Chọn giờ trong khoảng 07:00–21:00' });
    expect((await api<DigestSetting>(server.url, 'GET', '/api/me/digest', { token })).body).toEqual({ digestAt: null });
    expect((await setDigest('17:00')).body).toEqual({ digestAt: '17:00' });
    expect((await api<DigestSetting>(server.url, 'GET', '/api/me/digest', { token })).body).toEqual({ digestAt: '17:00' });
  });

  it('holds messages until the digest hour and sends them as one; urgent ones go at once', async () => {
    const before = await lastSeq();
    await enqueue('a', 'Nhắc hạn (còn 7 ngày): Báo cáo sơ kết học kỳ II');
    await enqueue('b', 'Câu hỏi tiến độ: Thầy/cô đã hoàn thành khóa học chưa?');
    await enqueue('b', 'Câu hỏi tiến độ: bản trùng, không được gửi');
    await enqueue('c', 'Nhắc hạn (hạn là HÔM NAY): Nộp minh chứng kỹ năng số', true);
    const delivery = worker();
    expect(await delivery.runOnce()).toBe(1);
    expect(await received(before)).toEqual(['Nhắc hạn (hạn là HÔM NAY): Nộp minh chứng kỹ năng số']);
    expect(await statuses('')).toEqual(['held', 'held', 'sent']);
    expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: 'digest-test:' })).toMatchObject({ pending: 2, sent: 1 });

    clock.set('2026-05-11T16:59:00');
    expect(await delivery.runOnce()).toBe(0);
    clock.set('2026-05-11T17:00:00');
    // Two instances collecting at once still make one digest.
    expect((await Promise.all([collectDigests(server.ctx.store, clock.now()), collectDigests(server.ctx.store, clock.now())])).reduce((a, b) => a + b)).toBe(1);
    expect(await delivery.runOnce()).toBe(1);
    expect(await received(before)).toEqual([
      'Nhắc hạn (hạn là HÔM NAY): Nộp minh chứng kỹ năng số',
      'Tin tổng hợp ngày 11/05/2026 (2 tin):\n\n1. Nhắc hạn (còn 7 ngày): Báo cáo sơ kết học kỳ II\n\n2. Câu hỏi tiến độ: Thầy/cô đã hoàn thành khóa học chưa?',
    ]);
    expect(await statuses('')).toEqual(['digested', 'digested', 'sent']);
    expect(await deliveryStatusCounts(db(), { dedupeKeyPrefix: 'digest-test:' })).toMatchObject({ pending: 0, sent: 3 });
    expect(await delivery.runOnce()).toBe(0);
  });

  it('splits a long digest within Zalo’s limit without cutting an item, and a crashed claim is sent once by the next worker', async () => {
    clock.set('2026-05-12T08:00:00');
    const before = await lastSeq();
    const items = Array.from({ length: 5 }, (_, i) => `Thông báo ${i + 1}: ${'Kế hoạch triển khai chuyển đổi số trong nhà trường. '.repeat(17).trim()}`);
    for (const [i, text] of items.entries()) await enqueue(`long-${i}`, text);
    clock.set('2026-05-12T17:00:00');
    await collectDigests(server.ctx.store, clock.now());
    // A worker claims the digest and dies before sending: its lease must run out first.
    expect(await claimDue(db(), { instanceId: 'crashed', now: clock.now(), until: new Date(clock.now().getTime() + 120_000), limit: 10 })).toHaveLength(1);
    const delivery = worker();
    expect(await delivery.runOnce()).toBe(0);
    clock.set('2026-05-12T17:03:00');
    expect(await delivery.runOnce()).toBe(1);
    const parts = await received(before);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => part.length <= MAX_MESSAGE_LENGTH)).toBe(true);
    for (const text of items) expect(parts.filter((part) => part.includes(text))).toHaveLength(1);
    expect(await delivery.runOnce()).toBe(0);
    expect(await received(before)).toHaveLength(parts.length);
  });

  it('moves held messages to a new hour set by bot, and sends them at once on "/tungtin"', async () => {
    clock.set('2026-05-13T09:00:00');
    expect(await say('/gopngay 25h')).toMatch(/^Chưa hiểu giờ/);
    expect(await say('/gopngay 18h')).toMatch(/lúc 18:00/);
    await enqueue('switch-1', 'Thông báo: lịch kiểm tra hồ sơ chuyên môn tuần sau.');
    await enqueue('switch-2', 'Nhắc hạn (còn 3 ngày): Kế hoạch bài dạy ứng dụng CNTT.');
    const held = await db().selectFrom('outbox').select('next_attempt_at').where('dedupe_key', '=', 'digest-test:switch-1').executeTakeFirstOrThrow();
    expect(held.next_attempt_at).toBe(new Date('2026-05-13T18:00:00+07:00').toISOString());
    const delivery = worker();
    expect(await delivery.runOnce()).toBe(0);
    expect(await say('/tungtin')).toMatch(/^Đã chuyển về nhận từng tin/);
    const before = await lastSeq();
    expect(await delivery.runOnce()).toBe(2);
    expect(await received(before)).toEqual(['Thông báo: lịch kiểm tra hồ sơ chuyên môn tuần sau.', 'Nhắc hạn (còn 3 ngày): Kế hoạch bài dạy ứng dụng CNTT.']);
    expect(await say('/huongdan')).toContain('/gopngay 17:00');
  });

  it('still sends at once a message held by an enqueue that raced the switch back', async () => {
    clock.set('2026-05-14T09:00:00');
    expect((await setDigest('17:00')).status).toBe(200);
    await enqueue('raced', 'Thông báo: nộp sổ điểm trước 16 giờ.');
    // The switch committed after the enqueue read the old setting: only `people` changed.
    await db().updateTable('people').set({ digest_minute: null }).where('id', '=', demo.primaryTeacher).execute();
    const before = await lastSeq();
    expect(await worker().runOnce()).toBe(1);
    expect(await received(before)).toEqual(['Thông báo: nộp sổ điểm trước 16 giờ.']);
  });
});
