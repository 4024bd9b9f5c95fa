/**
 * Paces outgoing calls: a token bucket kept as one "theoretical arrival time" (GCRA), so each
 * caller reserves its slot synchronously and concurrent callers never share one. It runs on real
 * time, not the app clock: it spaces real HTTP calls, and a test's frozen clock must not stall it.
 */
export interface SendRate {
  /** Waits for the next slot; false if `signal` aborted the wait (nothing was sent). */
  take(signal?: AbortSignal): Promise<boolean>;
  /** No slot before `ms` from now: the provider said 429. */
  pause(ms: number): void;
}

export interface SendRateOptions {
  perSecond: number;
  /** Calls allowed back to back after an idle spell. Default: a tenth of a second's worth, at least 1. */
  burst?: number;
  /** Monotonic milliseconds. Default `performance.now`. */
  now?: () => number;
  /** How a wait is spent. Default a timer (`sleep`); tests record the waits instead. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<boolean>;
}

export function createSendRate(options: SendRateOptions): SendRate {
  if (!(options.perSecond > 0)) throw new RangeError('perSecond must be positive');
  const now = options.now ?? (() => performance.now());
  const wait = options.wait ?? sleep;
  const interval = 1000 / options.perSecond;
  // A small burst keeps a backlog from landing on Zalo as one spike at the top of every second.
  const burst = Math.max(1, Math.floor(options.burst ?? options.perSecond / 10));
  const tolerance = (burst - 1) * interval;
  let arrival = now();

  return {
    take(signal) {
      const t = now();
      const start = Math.max(arrival, t);
      arrival = start + interval;
      return wait(Math.max(0, start - tolerance - t), signal);
    },
    pause(ms) {
      arrival = Math.max(arrival, now() + ms + tolerance);
    },
  };
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
