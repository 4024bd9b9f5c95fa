import { randomUUID } from 'node:crypto';
import type { Clock } from '@tds/bot-server/context';
import { createDeliveryWorker } from '@tds/bot-server/features/outbox/delivery-worker';
import { enqueueMany } from '@tds/bot-server/features/outbox/enqueue-many';
import { deliveryStatusCounts } from '@tds/bot-server/features/outbox/repo';
import { defaultRetryPolicy } from '@tds/bot-server/features/outbox/retry-policy';
import { demoPeople } from '@tds/bot-server/sandbox/demo-roster';
import { demoZaloId } from '@tds/bot-server/sandbox/seed-demo';
import { listenZaloSimulator, type RunningSimulator } from '@tds/bot-server/sandbox/zalo-simulator/listen';
import { openStore, type Store } from '@tds/bot-server/store/open-store';
import { createZaloBotClient } from '@tds/bot-server/zalo/bot-client';
import { createZaloBotChannel, type Channel } from '@tds/bot-server/zalo/channel';
import { ZaloBotApiError } from '@tds/bot-server/zalo/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { startTestServer, type TestServer } from '../support/test-server';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

const BOT_TOKEN = '1234567890:fault-test-bot-secret';
const MESSAGES = 10_000;
const KILLS = 5;

/** Bot-side texts the simulator received that carry `tag`, with how many times each arrived. */
function receivedTimes(sim: RunningSimulator, tag: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const entries of sim.state.transcripts.values()) {
    for (const entry of entries) {
      if (entry.side === 'bot' && entry.text?.includes(tag)) times.set(entry.text, (times.get(entry.text) ?? 0) + 1);
    }
  }
  return times;
}

describe.runIf(storeAvailable())(`a 10,000-message fan-out survives kill -9 (${storeKind})`, () => {
  let database: TestDatabase;
  let sim: RunningSimulator;
  let store: Store | undefined;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Zalo outlives our process: the simulator runs here, in the test, and keeps its transcript across the server's crashes.
    sim = await listenZaloSimulator({ appSecret: 'fault-test-app-secret', botToken: BOT_TOKEN, botName: 'Thi Đua Số (kiểm thử sự cố)' });
    for (const person of demoPeople.filter((candidate) => candidate.botLinked)) {
      sim.control.createUser({ name: person.fullName, zaloAppUserId: demoZaloId(person.id, 'app'), botUserId: demoZaloId(person.id, 'bot') });
    }
  });
  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await sim?.close();
    await database?.drop();
  });

  const start = () =>
    spawnServer({
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.url,
      ZALO_BOT_BASE_URL: sim.botBaseUrl,
      ZALO_BOT_TOKEN: BOT_TOKEN,
      // As fast as the server can go: the store, not the pacing, is what a crash interrupts.
      BOT_SEND_RATE: '1000',
      // Rows the killed process held come back after 3 s instead of the 2 min default.
      OUTBOX_LEASE_MS: '3000',
    });

  it(`delivers every message, at most one duplicate per kill, across ${KILLS} crashes`, { timeout: 120_000 }, async () => {
    server = await start();
    store = await openStore(database.url);
    const db = store.db;
    const linked = await db.selectFrom('people').select('id').where('bot_chat_id', 'is not', null).where('active', '=', 1).orderBy('id').execute();
    expect(linked.length).toBeGreaterThan(10);

    const tag = `fanout-${randomUUID().slice(0, 8)}`;
    const prefix = `${tag}:`;
    const texts = Array.from({ length: MESSAGES }, (_, i) => `Thông báo ${i + 1}/${MESSAGES} [${tag}#${i}]`);
    const messages = texts.map((text, i) => ({ dedupeKey: `${prefix}${i}`, recipientPersonId: linked[i % linked.length]!.id, text }));
    expect(await enqueueMany(db, messages, new Date())).toBe(MESSAGES);

    const sentSoFar = async () => (await deliveryStatusCounts(db, { dedupeKeyPrefix: prefix })).sent;
    const sentAtKill: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      // A random moment while this process delivers, counted in messages rather than seconds: after
      // a random part of at most an even share of what is left, so every kill lands mid fan-out
      // however fast the machine delivers (a time-based pause once outlasted the whole fan-out).
      const sent = await sentSoFar();
      const share = Math.floor((MESSAGES - sent) / (KILLS - kill + 1));
      const target = sent + 1 + Math.floor(Math.random() * share);
      await expect.poll(sentSoFar, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(target);
      await server.kill9();
      sentAtKill.push(await sentSoFar());
      server = await start();
    }
    // Every kill landed mid fan-out.
    expect(sentAtKill.at(-1)!).toBeLessThan(MESSAGES);

    await expect.poll(sentSoFar, { timeout: 60_000, interval: 250 }).toBe(MESSAGES);
    await server.stop();
    expect(await deliveryStatusCounts(db, { dedupeKeyPrefix: prefix })).toEqual({ pending: 0, sending: 0, sent: MESSAGES, failed: 0, not_linked: 0 });

    const times = receivedTimes(sim, tag);
    expect(texts.filter((text) => !times.has(text))).toEqual([]);
    expect(times.size).toBe(MESSAGES);
    // Zalo has no idempotency key, so the outbox is at-least-once in exactly one place: a part Zalo
    // accepted before the process died, whose progress was not yet saved, is sent again by the next
    // owner. Parts go out one at a time per process, so each kill can repeat at most one message.
    const duplicates = [...times.values()].reduce((sum, n) => sum + n - 1, 0);
    console.info(`[kill -9 fan-out, ${storeKind}] ${MESSAGES} messages, ${KILLS} kills at sent=${sentAtKill.join(', ')}; duplicates: ${duplicates}`);
    expect(duplicates).toBeLessThanOrEqual(KILLS);
  });
});

const MINUTE = 60_000;

describe.runIf(storeAvailable())(`a 10-minute storm of 429 and 500 (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    // No demo data: no plans for the server's scheduler to fill the outbox with behind the test's back.
    server = await startTestServer({ DEMO_DATA: '0' });
    await server.delivery.stop();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('delivers every message once after it, each retried on the backoff policy and none given up', { timeout: 60_000 }, async () => {
    const { db } = server.ctx.store;
    const control = server.sandbox!.simulator.control;
    const tag = `storm-${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    await db.insertInto('units').values({ id: tag, kind: 'school', name: 'Trường kiểm thử', parent_id: null, path: `/${tag}/`, created_at: at }).execute();
    const people = Array.from({ length: 20 }, (_, i) => ({ id: `${tag}-p${i}`, chat: `${tag}-chat-${i}` }));
    await db
      .insertInto('people')
      .values(people.map((person, i) => ({ id: person.id, unit_id: tag, full_name: `Giáo viên ${i}`, phone: null, role: 'teacher', title: null, zalo_user_id: null, bot_user_id: person.chat, bot_chat_id: person.chat, active: 1, created_at: at, updated_at: at })))
      .execute();
    for (const [i, person] of people.entries()) control.createUser({ name: `Giáo viên ${i}`, botUserId: person.chat });

    let now = Date.parse('2026-05-16T07:30:00+07:00');
    const clock: Clock = { now: () => new Date(now) };
    const stormEnds = now + 10 * MINUTE;
    const texts = Array.from({ length: 40 }, (_, i) => `Nhắc hạn ${i} [${tag}]`);
    await enqueueMany(db, texts.map((text, i) => ({ dedupeKey: `${tag}:${i}`, recipientPersonId: people[i % people.length]!.id, text })), clock.now());

    // Every call the worker makes, by message, on the test's clock: what Zalo answered and when.
    const calls = new Map<string, Array<{ at: number; code: number }>>();
    const real = createZaloBotChannel(createZaloBotClient({ baseUrl: `${server.url}/zalo-sim/bot`, token: server.ctx.config.zalo.botToken, timeoutMs: 2000 }));
    const recording: Channel = {
      name: 'zalo-bot',
      async send(message) {
        const log = calls.get(message.text) ?? [];
        calls.set(message.text, log);
        try {
          const sent = await real.send(message);
          log.push({ at: now, code: 200 });
          return sent;
        } catch (error) {
          log.push({ at: now, code: error instanceof ZaloBotApiError ? error.errorCode : -1 });
          throw error;
        }
      },
    };
    const worker = createDeliveryWorker({ ctx: server.ctx, channel: recording, linkBase: null, clock, instanceId: `storm-${tag}`, ratePerSecond: 500 });

    const rowsOf = () => db.selectFrom('outbox').select(['dedupe_key', 'status', 'attempts', 'next_attempt_at']).where('dedupe_key', 'like', `${tag}:%`).execute();
    const attemptsBefore = new Map<string, number>();
    for (let minute = 0; minute < 60; minute++) {
      control.clearFaults();
      // Zalo is down for the first ten minutes: every sendMessage answers 429 (the first of each
      // minute, since each one pauses the worker a real second) or 500.
      if (now < stormEnds) {
        control.injectFaults({ method: 'sendMessage', kind: '429', count: 1 });
        control.injectFaults({ method: 'sendMessage', kind: '500', count: 1000 });
      }
      while ((await worker.runOnce()) > 0);
      // Each failure just now set the next attempt per the policy: 2 s doubling (capped), equal jitter.
      for (const row of await rowsOf()) {
        if (row.attempts === (attemptsBefore.get(row.dedupe_key) ?? 0)) continue;
        attemptsBefore.set(row.dedupe_key, row.attempts);
        expect(row.status).toBe('pending');
        const full = Math.min(defaultRetryPolicy.maxDelayMs, defaultRetryPolicy.baseDelayMs * 2 ** (row.attempts - 1));
        const wait = Date.parse(row.next_attempt_at) - now;
        expect(wait).toBeGreaterThanOrEqual(full / 2);
        expect(wait).toBeLessThanOrEqual(full);
      }
      if ((await rowsOf()).every((row) => row.status === 'sent')) break;
      now += MINUTE;
    }

    const rows = await rowsOf();
    expect(rows.filter((row) => row.status !== 'sent')).toEqual([]);
    // Nobody was given up on: the policy's attempts outlast ten minutes of failures.
    expect(Math.max(...rows.map((row) => row.attempts))).toBeLessThan(defaultRetryPolicy.maxAttempts);
    for (const text of texts) {
      const log = calls.get(text) ?? [];
      const failures = log.slice(0, -1);
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.every((call) => call.at < stormEnds && (call.code === 429 || call.code === 500))).toBe(true);
      expect(log.at(-1)).toMatchObject({ code: 200 });
      expect(log.at(-1)!.at).toBeGreaterThanOrEqual(stormEnds);
      // Never retried before its backoff was over (the clock moves a minute at a time, so at most a minute after).
      for (let k = 1; k < log.length; k++) {
        const full = Math.min(defaultRetryPolicy.maxDelayMs, defaultRetryPolicy.baseDelayMs * 2 ** (k - 1));
        expect(log[k]!.at - log[k - 1]!.at).toBeGreaterThanOrEqual(full / 2);
        expect(log[k]!.at - log[k - 1]!.at).toBeLessThanOrEqual(full + MINUTE);
      }
    }
    const received = people.flatMap((person) => control.transcript(person.chat).filter((entry) => entry.side === 'bot').map((entry) => entry.text));
    expect(received).toHaveLength(texts.length);
    expect([...received].sort()).toEqual([...texts].sort());
    const codes = [...calls.values()].flat().map((call) => call.code);
    console.info(`[storm, ${storeKind}] ${texts.length} messages, ${codes.length} calls (${codes.filter((c) => c === 429).length} × 429, ${codes.filter((c) => c === 500).length} × 500), most attempts ${Math.max(...rows.map((row) => row.attempts))}, all sent by minute ${(Math.max(...[...calls.values()].map((log) => log.at(-1)!.at)) - stormEnds) / MINUTE + 10}`);
  });
});
