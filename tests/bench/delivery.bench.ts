import { randomUUID } from 'node:crypto';
import { enqueueMany } from '@tds/bot-server/features/outbox/enqueue-many';
import { startTestServer } from '../support/test-server';
import { round, type Benchmark } from './harness';

/** The simulated Zalo's limit, and the worker's own rate set above it so Zalo's 429s are what throttles. */
const SIM_LIMIT = 50;
const WORKER_RATE = 100;

/**
 * The server's own outbox worker draining a fan-out through the sandbox simulator, which answers
 * 429 past `SIM_LIMIT` calls per rolling second: how close to the provider's limit delivery runs
 * when the worker only learns the limit from 429s. Measured over a fixed window with a backlog
 * throughout, so it is the sustained rate (a fan-out's last few messages also wait out the
 * backoff of their 429, a tail of a second or two that says nothing about the pace).
 */
export const deliveryBenchmark: Benchmark = {
  name: 'reminders.delivery',
  async run({ short }) {
    const windowS = short ? 6 : 60;
    // More than the window can take, so the worker never runs dry.
    const messages = Math.ceil(SIM_LIMIT * windowS * 1.3);
    const server = await startTestServer({ DEMO_DATA: '0', SIM_BOT_RATE_LIMIT: String(SIM_LIMIT), BOT_SEND_RATE: String(WORKER_RATE) });
    try {
      const { db } = server.ctx.store;
      const { control, state } = server.sandbox!.simulator;
      const at = new Date().toISOString();
      await db.insertInto('units').values({ id: 'bench-school', kind: 'school', name: 'Trường đo', parent_id: null, path: '/bench-school/', created_at: at }).execute();
      const people = Array.from({ length: 50 }, (_, i) => ({ id: `bench-${i}`, chat: `bench-chat-${i}` }));
      await db
        .insertInto('people')
        .values(people.map((person, i) => ({ id: person.id, unit_id: 'bench-school', full_name: `Hiệu trưởng ${i}`, phone: null, role: 'principal', title: null, zalo_user_id: null, bot_user_id: person.chat, bot_chat_id: person.chat, active: 1, created_at: at, updated_at: at })))
        .execute();
      for (const [i, person] of people.entries()) control.createUser({ name: `Hiệu trưởng ${i}`, botUserId: person.chat });

      const tag = `bench-${randomUUID()}`;
      const rateLimitedBefore = state.stats.rateLimited;
      const started = Date.now();
      await enqueueMany(db, Array.from({ length: messages }, (_, i) => ({ dedupeKey: `${tag}:${i}`, recipientPersonId: people[i % people.length]!.id, text: `Nhắc hạn ${i}: hồ sơ đề nghị khen thưởng, hạn 30/05/2026 [${tag}]` })), new Date(started));
      server.delivery.wake();
      await new Promise((resolve) => setTimeout(resolve, windowS * 1000));
      const ends = started + windowS * 1000;
      const rateLimited = state.stats.rateLimited - rateLimitedBefore;
      let delivered = 0;
      for (const entries of state.transcripts.values()) {
        delivered += entries.filter((entry) => entry.side === 'bot' && entry.at <= ends && entry.text?.endsWith(`[${tag}]`)).length;
      }
      if (delivered >= messages) throw new Error('the backlog ran out before the window ended: enqueue more');
      const perSecond = delivered / windowS;
      return {
        metrics: {
          'reminders.delivery_per_s': round(perSecond, 1),
          'reminders.delivery_ratio_vs_limit': round(perSecond / SIM_LIMIT, 3),
          'reminders.delivery_429_per_message': round(rateLimited / delivered, 3),
        },
        notes: {
          'reminders.delivery_per_s': `one-part messages the simulator accepted in the ${windowS} s after a ${messages.toLocaleString('en')}-message fan-out was enqueued, sent by the server's own worker (BOT_SEND_RATE=${WORKER_RATE}) to the sandbox simulator limited to ${SIM_LIMIT} calls per rolling second`,
          'reminders.delivery_ratio_vs_limit': `the same ÷ the simulator's limit (${SIM_LIMIT}/s): how much of Zalo's allowance the worker uses when only 429s tell it the limit; target ≥ 0.95`,
          'reminders.delivery_429_per_message': "the simulator's 429 answers in the window ÷ messages delivered (each costs its message a retry)",
        },
      };
    } finally {
      await server.stop();
    }
  },
};
