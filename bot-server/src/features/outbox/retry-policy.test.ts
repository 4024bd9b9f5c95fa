import { describe, expect, it } from 'vitest';
import { ZaloBotApiError } from '../../zalo/errors';
import { backoffMs, classifySendError, defaultRetryPolicy } from './retry-policy';

describe('backoffMs', () => {
  it('doubles from about 2 s up to 10 min, jittered between half and all of it', () => {
    const low = (n: number) => backoffMs(defaultRetryPolicy, n, undefined, () => 0);
    const high = (n: number) => backoffMs(defaultRetryPolicy, n, undefined, () => 1);
    expect([1, 2, 3, 4].map(high)).toEqual([2000, 4000, 8000, 16_000]);
    expect([1, 2, 3, 4].map(low)).toEqual([1000, 2000, 4000, 8000]);
    expect(high(20)).toBe(600_000);
    expect(low(20)).toBe(300_000);
  });

  it('keeps a message through a 15-minute outage before giving up, even on the shortest jitter', () => {
    const waits = Array.from({ length: defaultRetryPolicy.maxAttempts - 1 }, (_, i) => backoffMs(defaultRetryPolicy, i + 1, undefined, () => 0));
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThan(15 * 60_000);
  });

  it("never retries before Zalo's retry_after, within reason", () => {
    expect(backoffMs(defaultRetryPolicy, 1, 30_000, () => 1)).toBe(30_000);
    expect(backoffMs(defaultRetryPolicy, 1, 10 * 86_400_000, () => 1)).toBe(3_600_000);
  });
});

describe('classifySendError', () => {
  const zalo = (errorCode: number, kind: 'api' | 'timeout' = 'api', description = 'x') =>
    new ZaloBotApiError({ method: 'sendMessage', kind, errorCode, description });

  it('retries 429, 5xx and timeouts; gives up on other refusals', () => {
    expect(classifySendError(zalo(429))).toMatchObject({ retryable: true, rateLimited: true });
    expect(classifySendError(zalo(502))).toMatchObject({ retryable: true, rateLimited: false });
    expect(classifySendError(zalo(0, 'timeout'))).toMatchObject({ retryable: true, reason: 'Zalo sendMessage timeout: x' });
    expect(classifySendError(zalo(400, 'api', 'Bad Request: chat not found'))).toMatchObject({ retryable: false, reason: 'Zalo sendMessage api 400: Bad Request: chat not found' });
  });

  it('keeps secrets and internals out of the reason', () => {
    const reason = classifySendError(zalo(500, 'api', 'boom 123:secret-token'), ['123:secret-token']).reason;
    expect(reason).toBe('Zalo sendMessage api 500: boom <redacted>');
    expect(classifySendError(new TypeError('row 42 of Nguyễn Văn A'))).toEqual({ retryable: true, reason: 'internal error (TypeError)', rateLimited: false, retryAfterMs: undefined });
  });
});
