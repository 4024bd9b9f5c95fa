import { ZaloBotApiError } from '../../zalo/errors';

export interface RetryPolicy {
  /**
   * Failed attempts after which a row is `failed` for good. Default 12: even with the shortest
   * jitter the 11 waits add up to 18.5 min (at most 37), so a message outlasts a Zalo outage of a
   * quarter of an hour. 8 gave up after 2–4 min of failures, i.e. on any outage longer than that.
   */
  maxAttempts: number;
  /** Backoff after the first failure, before jitter. Default 2 s. */
  baseDelayMs: number;
  /** Longest backoff, before honouring Zalo's own `retry_after`. Default 10 min. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 12, baseDelayMs: 2000, maxDelayMs: 600_000 };

/** Zalo's `retry_after` is obeyed, but a garbled one cannot park a message for days. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * The wait before attempt `failures + 1`: exponential (2 s, 4 s, 8 s … capped at 10 min), with
 * "equal jitter" (between half and all of it) so a burst of failures does not retry in lockstep,
 * and never shorter than the provider's `retryAfterMs`.
 */
export function backoffMs(policy: RetryPolicy, failures: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failures - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

export interface SendFailure {
  retryable: boolean;
  /** For `last_error`: what failed, never the token, the chat id or the message text. */
  reason: string;
  /** Zalo said 429: the whole worker should slow down, not just this row. */
  rateLimited: boolean;
  retryAfterMs: number | undefined;
}

/**
 * Reads a failed send. Zalo errors say themselves whether a retry can help; anything else is an
 * unexpected fault of ours, retried (it may be passing) but bounded by `maxAttempts` like the rest.
 */
export function classifySendError(error: unknown, secrets: readonly string[] = []): SendFailure {
  if (error instanceof ZaloBotApiError) {
    const code = error.errorCode ? ` ${error.errorCode}` : '';
    return {
      retryable: error.retryable,
      reason: redact(`Zalo ${error.method} ${error.kind}${code}: ${error.description}`, secrets),
      rateLimited: error.errorCode === 429,
      retryAfterMs: error.retryAfterMs,
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { retryable: true, reason: `internal error (${name})`, rateLimited: false, retryAfterMs: undefined };
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('<redacted>');
  return out.slice(0, 500);
}
