import type { SimulatorState, SimUpdate } from './state';

export type DeliveryReport =
  | { via: 'webhook'; delivered: boolean; attempts: number; lastStatus: number | null }
  | { via: 'long-poll' }
  | { via: 'queue' }
  | { via: 'dropped' };

export interface DeliveryOptions {
  state: SimulatorState;
  /** Pauses between webhook attempts after a non-2xx answer or a network error, as a platform retries. */
  retryDelaysMs: number[];
  /** How long one webhook POST may take before it counts as failed. */
  webhookTimeoutMs: number;
}

export interface Delivery {
  /** To the webhook if one is set (resolving when delivered or given up), else to a waiting poll, else queued. */
  deliver(update: SimUpdate): Promise<DeliveryReport>;
  /** For getUpdates: the next update, or null after `timeoutMs` or when `signal` aborts (client gone). */
  nextUpdate(timeoutMs: number, signal: AbortSignal): Promise<SimUpdate | null>;
  /** Puts back an update whose poller vanished before it could be written, so it is not lost. */
  requeue(update: SimUpdate): void;
  /** Fails waiting polls with null, cancels retries and in-flight POSTs. */
  close(): void;
  counts(): { pendingPolls: number; pendingRetries: number };
}

interface Waiter {
  resolve(update: SimUpdate | null): void;
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const { state } = options;
  const waiters: Waiter[] = [];
  const shutdown = new AbortController();
  let pendingRetries = 0;

  async function deliver(update: SimUpdate): Promise<DeliveryReport> {
    if (shutdown.signal.aborted) return { via: 'dropped' };
    if (!state.webhook) return handToPoller(update);
    let lastStatus: number | null = null;
    const maxAttempts = options.retryDelaysMs.length + 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const webhook = state.webhook;
      if (!webhook) return handToPoller(update); // deleted meanwhile: fall back like the platform would
      lastStatus = await post(webhook.url, webhook.secretToken, update);
      if (lastStatus !== null && lastStatus >= 200 && lastStatus < 300) {
        return { via: 'webhook', delivered: true, attempts: attempt, lastStatus };
      }
      state.stats.webhookFailures += 1;
      const delay = options.retryDelaysMs[attempt - 1];
      if (delay === undefined || !(await pause(delay))) return { via: 'webhook', delivered: false, attempts: attempt, lastStatus };
    }
    return { via: 'webhook', delivered: false, attempts: maxAttempts, lastStatus };
  }

  function handToPoller(update: SimUpdate): DeliveryReport {
    const waiter = waiters.shift();
    if (waiter) {
      waiter.resolve(update);
      return { via: 'long-poll' };
    }
    state.queue.push(update);
    return { via: 'queue' };
  }

  async function post(url: string, secretToken: string, update: SimUpdate): Promise<number | null> {
    state.stats.webhookAttempts += 1;
    const signal = AbortSignal.any([shutdown.signal, AbortSignal.timeout(options.webhookTimeoutMs)]);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': secretToken },
        body: JSON.stringify(update),
        signal,
      });
      await res.arrayBuffer(); // drain, so the connection is reusable
      return res.status;
    } catch {
      return null;
    }
  }

  /** Resolves false when the simulator closes during the pause. */
  function pause(ms: number): Promise<boolean> {
    pendingRetries += 1;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(true), ms);
      shutdown.signal.addEventListener('abort', onAbort, { once: true });
      function onAbort() {
        finish(false);
      }
      function finish(ok: boolean) {
        clearTimeout(timer);
        shutdown.signal.removeEventListener('abort', onAbort);
        pendingRetries -= 1;
        resolve(ok);
      }
    });
  }

  function nextUpdate(timeoutMs: number, signal: AbortSignal): Promise<SimUpdate | null> {
    const queued = state.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (shutdown.signal.aborted || timeoutMs <= 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = { resolve: finish };
      const timer = setTimeout(() => finish(null), timeoutMs);
      signal.addEventListener('abort', onGone, { once: true });
      shutdown.signal.addEventListener('abort', onGone, { once: true });
      waiters.push(waiter);
      function onGone() {
        finish(null);
      }
      function finish(update: SimUpdate | null) {
        clearTimeout(timer);
        signal.removeEventListener('abort', onGone);
        shutdown.signal.removeEventListener('abort', onGone);
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        resolve(update);
      }
    });
  }

  return {
    deliver,
    nextUpdate,
    requeue(update) {
      const waiter = waiters.shift();
      if (waiter) waiter.resolve(update);
      else state.queue.unshift(update);
    },
    close: () => shutdown.abort(),
    counts: () => ({ pendingPolls: waiters.length, pendingRetries }),
  };
}
