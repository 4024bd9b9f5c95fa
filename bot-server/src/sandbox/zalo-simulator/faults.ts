import type { Response } from 'express';
import { z } from 'zod';

export const FaultRule = z.object({
  /** Bot method to affect (e.g. `sendMessage`); every method when absent. */
  method: z.string().min(1).optional(),
  /** `timeout` holds the request open until the client gives up (or the simulator closes). */
  kind: z.enum(['429', '500', 'timeout']),
  count: z.number().int().min(1).max(1000),
});
export type FaultRule = z.infer<typeof FaultRule>;

export interface Faults {
  inject(rule: FaultRule): void;
  clear(): void;
  /** Consumes and answers the fault due for this call, if any. */
  take(method: string): FaultRule['kind'] | null;
  /** Keeps a "timeout" request open; released by `releaseAll`, forgotten when the client leaves. */
  hold(res: Response): void;
  releaseAll(): void;
  counts(): { rules: number; held: number };
}

export function createFaults(): Faults {
  const rules: { method: string | undefined; kind: FaultRule['kind']; remaining: number }[] = [];
  const held = new Set<Response>();
  return {
    inject: (rule) => void rules.push({ method: rule.method, kind: rule.kind, remaining: rule.count }),
    clear: () => void rules.splice(0, rules.length),
    take(method) {
      const rule = rules.find((r) => r.remaining > 0 && (r.method === undefined || r.method === method));
      if (!rule) return null;
      rule.remaining -= 1;
      if (rule.remaining === 0) rules.splice(rules.indexOf(rule), 1);
      return rule.kind;
    },
    hold(res) {
      held.add(res);
      res.on('close', () => held.delete(res));
    },
    releaseAll() {
      // Destroying the socket frees server.close() from waiting on a request that will never end.
      for (const res of held) res.socket?.destroy();
      held.clear();
    },
    counts: () => ({ rules: rules.length, held: held.size }),
  };
}

/** Calls allowed per rolling second; `undefined` = unlimited. Zalo's real limits are undocumented. */
export function createRateLimiter(perSecond: number | undefined, now: () => number) {
  const stamps: number[] = [];
  return {
    allow(): boolean {
      if (perSecond === undefined) return true;
      const t = now();
      while (stamps.length > 0 && (stamps[0] ?? 0) <= t - 1000) stamps.shift();
      if (stamps.length >= perSecond) return false;
      stamps.push(t);
      return true;
    },
  };
}
