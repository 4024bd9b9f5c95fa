import type { ZaloBotClient } from './bot-client';
import { ZaloBotApiError } from './errors';
import { errorFields, type ZaloLogger } from './logger';
import { updateDedupeKey, type ZaloUpdate } from './update-schema';

export interface LongPollerOptions {
  client: Pick<ZaloBotClient, 'getUpdates' | 'getWebhookInfo' | 'deleteWebhook'>;
  /** Awaited before the next poll, so one chat's messages are handled in order. Failures are logged. */
  onUpdate: (update: ZaloUpdate) => Promise<void>;
  /** Same dedupe store as the webhook: switching modes must not replay a message. */
  isFirstDelivery: (key: string) => Promise<boolean>;
  logger: ZaloLogger;
  /** Seconds Zalo holds each poll open (sent as `timeout`); 30 is typical. */
  timeoutSeconds: number;
  /** Delete an existing webhook instead of refusing to start. Off by default: it would silence production. */
  takeOverWebhook?: boolean;
  /** Backoff after failures: doubles from `initialMs` up to `maxMs`, with jitter. Defaults 1 s and 60 s. */
  backoff?: { initialMs: number; maxMs: number };
  /** For tests: a deterministic source for the jitter. */
  random?: () => number;
}

export interface LongPoller {
  /** Checks there is no webhook, then polls in the background. Rejects if a webhook is set (unless taking over). */
  start(): Promise<void>;
  /** Aborts the in-flight poll and resolves once the loop has ended (and the running handler finished). */
  stop(): Promise<void>;
  readonly running: boolean;
}

export class WebhookActiveError extends Error {
  override readonly name = 'WebhookActiveError';
}

export function createLongPoller(options: LongPollerOptions): LongPoller {
  const { client, logger } = options;
  const backoff = options.backoff ?? { initialMs: 1000, maxMs: 60_000 };
  const random = options.random ?? Math.random;
  let abort: AbortController | null = null;
  let loop: Promise<void> | null = null;
  // Bumped by stop(), so a stop() that lands while start() awaits Zalo still wins.
  let generation = 0;

  async function start(): Promise<void> {
    if (loop) return;
    const startedAt = generation;
    const info = await client.getWebhookInfo();
    if (info.url) {
      if (!options.takeOverWebhook) {
        logger.warn({}, 'zalo long poll refused: a webhook is set (delete it or pass takeOverWebhook)');
        throw new WebhookActiveError('A webhook is set; long polling would get nothing. Delete it first or pass takeOverWebhook.');
      }
      logger.warn({}, 'zalo long poll: deleting the existing webhook as instructed');
      await client.deleteWebhook();
    }
    if (generation !== startedAt || loop) return;
    abort = new AbortController();
    loop = run(abort.signal);
  }

  async function run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    logger.info({ timeoutSeconds: options.timeoutSeconds }, 'zalo long poll started');
    while (!signal.aborted) {
      try {
        const updates = await client.getUpdates({ timeout: options.timeoutSeconds }, { signal });
        failures = 0;
        for (const update of updates) await handle(update);
      } catch (err) {
        if (signal.aborted) break;
        failures += 1;
        const delayMs = backoffDelay(failures, err);
        logger.warn({ failures, delayMs, ...errorFields(err) }, 'zalo long poll failed; backing off');
        await sleep(delayMs, signal);
      }
    }
    logger.info({}, 'zalo long poll stopped');
  }

  async function handle(update: ZaloUpdate): Promise<void> {
    const key = updateDedupeKey(update);
    try {
      if (key !== null && !(await options.isFirstDelivery(key))) return;
      await options.onUpdate(update);
    } catch (err) {
      logger.error({ key, event: update.event_name, ...errorFields(err) }, 'zalo long poll: handler failed');
    }
  }

  /** "Equal jitter": half the exponential step fixed, half random, so restarts do not poll in lockstep. */
  function backoffDelay(failures: number, err: unknown): number {
    const step = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(failures - 1, 30));
    const jittered = step / 2 + (random() * step) / 2;
    const hinted = err instanceof ZaloBotApiError ? (err.retryAfterMs ?? 0) : 0;
    return Math.max(jittered, hinted);
  }

  async function stop(): Promise<void> {
    generation += 1;
    abort?.abort(new Error('long poller stopped'));
    const ending = loop;
    abort = null;
    loop = null;
    await ending;
  }

  return {
    start,
    stop,
    get running() {
      return loop !== null;
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
