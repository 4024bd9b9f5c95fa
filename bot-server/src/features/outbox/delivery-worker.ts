import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext, Clock } from '../../context';
import type { Channel } from '../../zalo/channel';
import { deliverRow, type RowDeliveryDeps, type RowOutcome } from './deliver-message';
import { collectDigests } from './digest';
import { claimDue, recipientsOf, releaseClaims } from './repo';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy';
import { createSendRate, sleep } from './send-rate';

export interface DeliveryWorkerOptions {
  ctx: AppContext;
  /** Where messages go: `createZaloBotChannel(client)`. */
  channel: Channel;
  /** Prefix of the mini app links appended to messages (`config.publicUrl`, or the sandbox's URL); null sends no link. */
  linkBase: string | null;
  /** Decides what is due and stamps rows. Default `ctx.clock`. */
  clock?: Clock;
  /** Names this worker in `claimed_by`; unique per process. Default host-pid-random. */
  instanceId?: string;
  /** Rows claimed per pass. Default 20. */
  batchSize?: number;
  /** Sends (message parts) per second, shared by every row of this worker. Default `config.zalo.sendRatePerSecond`. */
  ratePerSecond?: number;
  /** Failed attempts before a row is `failed`. Default 12 (`defaultRetryPolicy`: outlasts a 15-minute outage). */
  maxAttempts?: number;
  /** Idle wait between passes that found nothing (`wake()` cuts it short). Default 1000 ms. */
  pollIntervalMs?: number;
  /**
   * How long a claim is exclusive. Past it, another instance may take the row over, so it must be
   * well over twice the channel's call timeout (a part is sent without re-checking while more than
   * half the lease is left). Default 2 min.
   */
  leaseMs?: number;
  /** Backoff bounds. Default 2 s doubling to 10 min. */
  backoff?: Partial<Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>>;
  /** Told every row's outcome (metrics count the failures). */
  onOutcome?: (outcome: RowOutcome) => void;
}

export interface DeliveryWorker {
  readonly instanceId: string;
  /** Polls and delivers until `stop()`. Calling it while running does nothing. */
  start(): void;
  /**
   * Graceful shutdown: the part being sent finishes and is recorded; rows claimed but not started
   * (or between parts) go back to `pending` with their lease cleared and their progress kept.
   */
  stop(): Promise<void>;
  /** One pass (claim one batch, send it): how many rows reached an outcome. For tests and tools. */
  runOnce(): Promise<number>;
  /** Something was just enqueued: end the idle wait now. */
  wake(): void;
}

/** The outbox delivery worker; safe to run in every instance on one database (claims are exclusive). */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { ctx, channel } = options;
  const instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const batchSize = options.batchSize ?? 20;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 120_000;
  const clock = options.clock ?? ctx.clock;
  const retry: RetryPolicy = { ...defaultRetryPolicy, ...options.backoff, maxAttempts: options.maxAttempts ?? defaultRetryPolicy.maxAttempts };
  const rate = createSendRate({ perSecond: options.ratePerSecond ?? ctx.config.zalo.sendRatePerSecond });
  const logger = ctx.logger.child({ component: 'outbox', instanceId });
  const db = ctx.store.db;

  let stopping = new AbortController();
  let loop: Promise<void> | null = null;
  let passes: Promise<unknown> = Promise.resolve();
  let wakeIdle: (() => void) | null = null;
  let wokenEarly = false;

  async function pass(signal: AbortSignal): Promise<{ claimed: number; handled: number }> {
    if (signal.aborted) return { claimed: 0, handled: 0 };
    const now = clock.now();
    await collectDigests(ctx.store, now);
    const rows = await claimDue(db, { instanceId, now, until: new Date(now.getTime() + leaseMs), limit: batchSize });
    if (rows.length === 0) return { claimed: 0, handled: 0 };
    const deps: RowDeliveryDeps = { db, channel, clock, rate, instanceId, leaseMs, retry, linkBase: options.linkBase, secrets: [ctx.config.zalo.botToken], logger, signal };
    const toRelease: string[] = [];
    let handled = 0;
    try {
      const recipients = await recipientsOf(db, [...new Set(rows.map((row) => row.recipientPersonId))]);
      for (const row of rows) {
        if (signal.aborted) {
          toRelease.push(row.id);
          continue;
        }
        try {
          const outcome = await deliverRow(deps, row, recipients.get(row.recipientPersonId) ?? null);
          options.onOutcome?.(outcome);
          if (outcome === 'released') toRelease.push(row.id);
          else if (outcome !== 'lost') handled += 1;
        } catch (error) {
          // The store failed around a send: the row keeps its claim and is taken up again when the lease ends.
          logger.error({ err: error, outboxId: row.id }, 'outbox row not recorded; retried after its lease');
        }
      }
    } finally {
      await releaseClaims(db, toRelease, instanceId);
    }
    return { claimed: rows.length, handled };
  }

  /** Passes never overlap within one worker: each row of a claim is sent by exactly one pass. */
  function serialPass(): Promise<{ claimed: number; handled: number }> {
    const signal = stopping.signal;
    const next = passes.then(() => pass(signal));
    passes = next.catch(() => undefined);
    return next;
  }

  function idle(signal: AbortSignal): Promise<unknown> {
    if (wokenEarly) {
      wokenEarly = false;
      return Promise.resolve();
    }
    const woken = new AbortController();
    wakeIdle = () => woken.abort();
    return sleep(pollIntervalMs, AbortSignal.any([signal, woken.signal])).finally(() => {
      wakeIdle = null;
    });
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let full = false;
      try {
        full = (await serialPass()).claimed >= batchSize;
      } catch (error) {
        logger.error({ err: error }, 'outbox pass failed');
      }
      if (!full) await idle(signal);
    }
  }

  return {
    instanceId,
    start() {
      if (loop) return;
      if (stopping.signal.aborted) stopping = new AbortController();
      loop = run(stopping.signal);
      logger.debug('outbox delivery started');
    },
    async stop() {
      stopping.abort();
      await loop;
      loop = null;
      await passes;
    },
    runOnce: async () => (await serialPass()).handled,
    wake() {
      if (wakeIdle) wakeIdle();
      else wokenEarly = true;
    },
  };
}
