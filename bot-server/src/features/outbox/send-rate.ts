/**
 * Paces outgoing calls: a token bucket kept as one "theoretical arrival time" (GCRA), so each
 * caller reserves its slot synchronously and concurrent callers never share one. It runs on real
 * time, not the app clock: it spaces real HTTP calls, and a test's frozen clock must not stall it.
 */
export interface SendRate {
  /** Waits for the next slot; false if `signal` aborted the wait (nothing was sent). */
  take(signal?: AbortSignal): Promise<boolean>;
  /** No slot before `ms` from now: the provider said 429 and how long to wait (`retry_after`). */
  pause(ms: number): void;
  /**
   * The provider said 429 without saying for how long. Its limit is about what it accepted over the
   * past second, so: slow to that (never below half the current rate at once, nor below 1/s), wait
   * until the oldest of those calls is a second old (at most 1 s), then creep back towards the
   * configured rate.
   */
  throttled(): void;
  /** Current calls per second: the configured rate, or less after `throttled()`. */
  perSecond(): number;
}

export interface SendRateOptions {
  perSecond: number;
  /** Calls allowed back to back after an idle spell. Default: a tenth of a second's worth, at least 1. */
  burst?: number;
  /** After `throttled()`, the rate climbs back by this many calls per second, every second. Default 0.5. */
  recoveryPerSecond?: number;
  /** Monotonic milliseconds. Default `performance.now`. */
  now?: () => number;
  /** How a wait is spent. Default a timer (`sleep`); tests record the waits instead. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<boolean>;
}

export function createSendRate(options: SendRateOptions): SendRate {
  if (!(options.perSecond > 0)) throw new RangeError('perSecond must be positive');
  const now = options.now ?? (() => performance.now());
  const wait = options.wait ?? sleep;
  const configured = options.perSecond;
  const recovery = options.recoveryPerSecond ?? 0.5;
  // After a 429: the rate it set and when; the rate then climbs linearly back to `configured`.
  let throttledTo = configured;
  let throttledAt = 0;
  // When each of the past second's calls was let through (what a 429 measures the limit by).
  const recent: number[] = [];
  let arrival = now();

  const rateAt = (t: number) => Math.min(configured, throttledTo + (recovery * (t - throttledAt)) / 1000);
  // A small burst keeps a backlog from landing on Zalo as one spike at the top of every second.
  const toleranceAt = (perSecond: number) => (Math.max(1, Math.floor(options.burst ?? perSecond / 10)) - 1) * (1000 / perSecond);
  const forget = (t: number) => {
    while (recent.length > 0 && recent[0]! <= t - 1000) recent.shift();
  };
  const pause = (ms: number) => {
    arrival = Math.max(arrival, now() + ms + toleranceAt(rateAt(now())));
  };

  return {
    take(signal) {
      const t = now();
      const perSecond = rateAt(t);
      const tolerance = toleranceAt(perSecond);
      const start = Math.max(arrival, t);
      arrival = start + 1000 / perSecond;
      const waitMs = Math.max(0, start - tolerance - t);
      forget(t);
      recent.push(t + waitMs);
      return wait(waitMs, signal);
    },
    pause,
    throttled() {
      const t = now();
      forget(t);
      const current = rateAt(t);
      // The call that got the 429 is among `recent`; the others are what the provider accepted.
      const accepted = recent.length - 1;
      throttledTo = Math.max(Math.min(1, configured), current / 2, Math.min(current, accepted));
      throttledAt = t;
      const windowFrees = (recent[0] ?? t) + 1000 - t;
      pause(Math.min(1000, Math.max(1000 / throttledTo, windowFrees)));
    },
    perSecond: () => rateAt(now()),
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
