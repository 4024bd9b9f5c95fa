import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppContext } from '../../context';
import type { RowOutcome } from '../outbox/deliver-message';

export interface Metrics {
  registry: Registry;
  /** Labelled by route pattern, never the raw path: raw paths carry ids and would explode the series count. */
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** A delivery attempt that did not reach the person: `retry` (will try again) or `failed` (gave up). */
  countDelivery(outcome: RowOutcome): void;
}

/**
 * One registry per server (not prom-client's global one), so two servers in one test process keep
 * separate counts. The outbox gauge is read from the store at scrape time: every instance reports
 * the same shared depth, which is what an alert on "messages stuck" needs.
 */
export function createMetrics(ctx: AppContext): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'tds_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const deliveryFailures = new Counter({
    name: 'tds_outbox_delivery_failures_total',
    help: 'Outbox delivery attempts that did not reach the person (retry = will try again, failed = gave up)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'tds_outbox_depth',
    help: 'Outbox messages not yet delivered, by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const rows = await ctx.store.db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('status', 'in', ['pending', 'sending', 'failed'])
        .groupBy('status')
        .execute();
      this.reset();
      for (const status of ['pending', 'sending', 'failed']) this.set({ status }, Number(rows.find((row) => row.status === status)?.n ?? 0));
    },
  });
  return {
    registry,
    httpDuration,
    countDelivery(outcome) {
      if (outcome === 'retry' || outcome === 'failed') deliveryFailures.inc({ outcome });
    },
  };
}
