import { randomUUID } from 'node:crypto';
import { planReminders } from '@tds/bot-server/features/reminders/planner';
import { enqueueMany } from '@tds/bot-server/features/outbox/enqueue-many';
import { startTestServer } from '../support/test-server';
import { round, type Benchmark } from './harness';

/**
 * Planning the 30/5 dossier reminder for a province's worth of principals (the commune plan's
 * audience) and enqueueing one outbox row each, against enqueueing the same number of rows alone.
 */
export const reminderPlanningBenchmark: Benchmark = {
  name: 'reminders.planning',
  async run({ short }) {
    const recipients = short ? 2000 : 100_000;
    let now = new Date('2026-05-01T08:00:00+07:00');
    const server = await startTestServer({}, { clock: { now: () => now } });
    try {
      const { db } = server.ctx.store;
      const at = new Date().toISOString();
      const schools = Math.ceil(recipients / 50);
      const commune = await db.selectFrom('units').selectAll().where('id', '=', 'xa-dak-koi').executeTakeFirstOrThrow();
      for (let s = 0; s < schools; s += 500) {
        const units = Array.from({ length: Math.min(500, schools - s) }, (_, i) => ({ id: `bench-school-${s + i}`, kind: 'school', name: `Trường ${s + i}`, parent_id: commune.id, path: `${commune.path}bench-school-${s + i}/`, created_at: at }));
        await db.insertInto('units').values(units).execute();
      }
      for (let p = 0; p < recipients; p += 500) {
        const people = Array.from({ length: Math.min(500, recipients - p) }, (_, i) => ({ id: `bench-${p + i}`, unit_id: `bench-school-${Math.floor((p + i) / 50)}`, full_name: `Hiệu trưởng ${p + i}`, phone: null, role: 'principal', title: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: at, updated_at: at }));
        await db.insertInto('people').values(people).execute();
      }

      // Fourteen working days before Saturday 30/5/2026.
      now = new Date('2026-05-12T07:30:00+07:00');
      const t0 = performance.now();
      const planned = await planReminders(server.ctx, now);
      const planningMs = performance.now() - t0;
      if (planned.reminders < recipients) throw new Error(`planned ${planned.reminders} reminders for ${recipients} principals`);

      const t1 = performance.now();
      await enqueueMany(db, Array.from({ length: planned.reminders }, (_, i) => ({ dedupeKey: `bench:${randomUUID()}:${i}`, recipientPersonId: `bench-${i % recipients}`, text: 'Nhắc hạn' })), now);
      const baselineMs = performance.now() - t1;
      return {
        metrics: { 'reminders.enqueue_100k_s': round(planningMs / 1000, 2), 'reminders.enqueue_ratio_vs_insert': round(planningMs / baselineMs, 2) },
        notes: {
          'reminders.enqueue_100k_s': `planning + enqueueing the 14-day reminder of the 30/5 dossier for ${recipients.toLocaleString('en')} principals on SQLite; target < 5`,
          'reminders.enqueue_ratio_vs_insert': 'the same ÷ inserting as many outbox rows with no planning, same store, same run',
        },
      };
    } finally {
      await server.stop();
    }
  },
};
