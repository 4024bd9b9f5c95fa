import type { RequestHandler } from 'express';
import type { Clock } from '../context';
import { tooManyRequests } from './errors';

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  clock: Clock;
}

/**
 * Fixed-window limiter per client address, kept in memory. Guessing join codes or hammering
 * sign-in is what it stops, and a per-instance count is enough for that.
 */
export function rateLimit({ limit, windowMs, clock }: RateLimitOptions): RequestHandler {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (req, res, next) => {
    const now = clock.now().getTime();
    const key = req.ip ?? 'unknown';
    let window = windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      throw tooManyRequests(retryAfter);
    }
    next();
  };
}
