import { VN_TIME_ZONE } from '@tds/shared';
import { schedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from '../context';
import { fanOutDue } from '../features/announcements/service';
import { askDueQuestions } from '../features/progress/asks';
import { planReminders } from '../features/reminders/planner';
import { refreshUnitStats } from '../features/reports/unit-stats';
import { pruneExpired } from '../features/retention/prune';

export interface Scheduler {
  /** One planning pass at the context clock's "now": what the cron runs every minute, and tests call directly. */
  tick(): Promise<void>;
  /** The nightly retention pass (02:30 Vietnam time, when nobody is working). */
  prune(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Every minute, Vietnam time: plan due reminders, progress questions and scheduled announcements into the outbox, and refresh the dashboards' per-unit counts. Safe to
 * run in every instance at once, and after any downtime: the outbox's dedupe keys make each
 * message exist once, and each tick only asks "what should have been sent by now".
 */
export function createScheduler(ctx: AppContext, onPlanned: () => void): Scheduler {
  let tasks: ScheduledTask[] = [];
  const logger = ctx.logger.child({ component: 'scheduler' });

  async function tick(): Promise<void> {
    const now = ctx.clock.now();
    const reminders = await planReminders(ctx, now);
    const asks = await askDueQuestions(ctx, now);
    const announcements = await fanOutDue(ctx, now);
    // Dashboards catch up their own scope on read; this keeps that catch-up small.
    await refreshUnitStats(ctx.store, now);
    if (reminders.reminders + reminders.escalations + asks + announcements > 0) {
      logger.info({ ...reminders, asks, announcements }, 'planned messages');
      onPlanned();
    }
  }

  async function prune(): Promise<void> {
    const deleted = await pruneExpired(ctx, ctx.clock.now());
    if (deleted.answers + deleted.audit > 0) logger.info(deleted, 'retention: old rows deleted');
  }

  function every(expression: string, name: string, job: () => Promise<void>): ScheduledTask {
    return schedule(
      expression,
      async () => {
        try {
          await job();
        } catch (error) {
          logger.error({ err: error, job: name }, 'scheduled job failed');
        }
      },
      {
        timezone: VN_TIME_ZONE,
        noOverlap: true,
        name,
        // node-cron's own notices (e.g. a tick missed under load) go to our structured log, not stdout.
        logger: {
          info: (message) => logger.debug(message),
          warn: (message) => logger.warn(message),
          error: (message) => logger.error(message),
          debug: (message) => logger.debug(message),
        },
      },
    );
  }

  return {
    tick,
    prune,
    start() {
      tasks = [every('* * * * *', 'plan-messages', tick), every('30 2 * * *', 'retention', prune)];
    },
    async stop() {
      await Promise.all(tasks.map((task) => task.stop()));
      tasks = [];
    },
  };
}
