import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer } from '../support/test-server';
import type { Benchmark } from './harness';
import { round } from './harness';
import { loadFromSecondProcess } from './load';

/**
 * The price of the API's per-request work (session check, person lookup, scope check, presenter)
 * against the cheapest route of the same server: `/healthz`.
 */
export const apiAuthBenchmark: Benchmark = {
  name: 'api.authenticated_read',
  async run({ short }) {
    const server = await startTestServer();
    try {
      const { token } = await signInAs(server.url, demo.primaryPrincipal);
      const load = { concurrency: 16, durationMs: short ? 500 : 5000, maxRequests: short ? 200 : 200_000 };
      const baseline = await loadFromSecondProcess({ ...load, url: `${server.url}/healthz` });
      const me = await loadFromSecondProcess({ ...load, url: `${server.url}/api/me`, headers: { authorization: `Bearer ${token}` } });
      if (me.errors > 0) throw new Error(`${me.errors} failed requests to /api/me`);
      return {
        metrics: {
          'api.me_per_s': round(me.perSecond, 0),
          'api.me_p95_ms': round(me.p95Ms, 2),
          'api.me_ratio_vs_healthz': round(me.perSecond / baseline.perSecond),
        },
        notes: {
          'api.me_per_s': 'GET /api/me (signed session + person lookup), 16 connections from a second process',
          'api.me_p95_ms': 'same run, 95th percentile latency',
          'api.me_ratio_vs_healthz': 'throughput of /api/me ÷ /healthz on the same server, same run',
        },
      };
    } finally {
      await server.stop();
    }
  },
};
