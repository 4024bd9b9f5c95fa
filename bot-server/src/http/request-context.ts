import type { Actor } from '@tds/shared';

declare global {
  // Express's request is extended by declaration merging; this is the only place that does it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Correlates log lines of one request; echoed in the X-Request-Id header. */
      requestId: string;
      /** Set by `authenticate`; routes behind it may rely on it. */
      actor?: Actor & { fullName: string; unitName: string };
    }
  }
}

export {};
