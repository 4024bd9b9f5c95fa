import { randomUUID } from 'node:crypto';
import { loadConfig } from '@tds/bot-server/config';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { startServer, type RunningServer } from '@tds/bot-server/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

/** The principals the commune's 30/5 dossier reminder goes to (see reminders.test.ts). */
const principals = ['demo-04', 'demo-05', 'demo-15', 'demo-16', 'demo-28', 'demo-29'];

// Several instances on one database is a PostgreSQL deployment; SQLite serves one instance.
describe.runIf(storeKind === 'postgres' && storeAvailable())('two instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  // Tuesday 12/5/2026 07:30: the first reminder of the 30/5 dossier (14 working days before).
  const clock = { now: () => new Date('2026-05-12T07:30:00+07:00') };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = { PORT: '0', DATA_DIR: database.dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
    a = await startServer(loadConfig(env), { clock });
    // B shares A's data folder (so its session secret) and sends through A's simulator, as both would through Zalo.
    b = await startServer(loadConfig({ ...env, DEMO_DATA: '0', ZALO_BOT_BASE_URL: `${a.url}/zalo-sim/bot` }), { clock });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await database?.drop();
  });

  it('serves a session signed in on A from B', async () => {
    const session = await signInAs(a.url, demo.primaryTeacher);
    const me = await api<{ person: { id: string } }>(b.url, 'GET', '/api/me', { token: session.token });
    expect(me).toMatchObject({ status: 200, body: { person: { id: demo.primaryTeacher } } });
  });

  it('sends each reminder and each broadcast exactly once, with both schedulers and both delivery workers running', { timeout: 60_000 }, async () => {
    // Both instances plan the 07:30 reminders at once, several times, as their per-minute cron would.
    const ticks = [a, b].flatMap((server) => [1, 2, 3].map(() => createScheduler(server.ctx, () => server.delivery.wake())));
    await Promise.all(ticks.map((scheduler) => scheduler.tick()));

    const { token } = await signInAs(a.url, demo.communeOfficer);
    const key = randomUUID();
    const body = { text: 'Kính gửi các trường: họp giao ban trực tuyến lúc 14 giờ thứ Hai.', roles: ['principal'] };
    const sent = await Promise.all([a, b].map((server) => api<{ id: string }>(server.url, 'POST', '/api/announcements', { token, body, headers: { 'idempotency-key': key } })));
    expect(sent.map((response) => response.status)).toEqual([201, 201]);
    expect(sent[0]!.body.id).toBe(sent[1]!.body.id);
    a.delivery.wake();
    b.delivery.wake();

    const db = a.ctx.store.db;
    await expect
      .poll(async () => (await db.selectFrom('outbox').select('status').where('recipient_person_id', 'in', principals).execute()).map((row) => row.status), { timeout: 30_000, interval: 250 })
      .toEqual(Array.from({ length: principals.length * 2 }, () => 'sent'));

    const chats = await db.selectFrom('people').select(['id', 'bot_chat_id']).where('id', 'in', principals).execute();
    const simulator = a.sandbox!.simulator.control;
    for (const { id, bot_chat_id: chatId } of chats) {
      const received = simulator.transcript(chatId!).filter((entry) => entry.side === 'bot').map((entry) => entry.text ?? '');
      expect(received.filter((text) => text.startsWith('Nhắc hạn (còn')), id).toHaveLength(1);
      expect(received.filter((text) => text.includes('họp giao ban trực tuyến')), id).toHaveLength(1);
    }
  });
});
