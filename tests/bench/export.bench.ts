import { signInAs } from '../support/api-client';
import { startTestServer } from '../support/test-server';
import { province, seedProvince, small } from './dashboard.bench';
import { round, type Benchmark } from './harness';
import { loadFromSecondProcess } from './load';

/**
 * The staff .xlsx export of a whole province (50,000 rows), fetched from a second process while
 * this process (the server) samples its memory; against GET /api/me for the same server.
 */
export const exportBenchmark: Benchmark = {
  name: 'export',
  async run({ short }) {
    const server = await startTestServer();
    try {
      const scale = { ...(short ? small : province), questions: 0 };
      await seedProvince(server.ctx.store.db, scale);
      const rows = scale.communes * scale.schoolsPerCommune * scale.staffPerSchool;
      const { token } = await signInAs(server.url, 'demo-01');
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const t0 = performance.now();
      const result = await loadFromSecondProcess({ url: `${server.url}/api/reports/staff.xlsx?unitId=so-gddt-quang-ngai`, headers: { authorization: `Bearer ${token}` }, concurrency: 1, durationMs: 600_000, maxRequests: 1 });
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      if (result.errors > 0) throw new Error('export failed');
      return {
        metrics: { 'export.rows_per_s': round(rows / seconds, 0), 'export.rss_growth_mb': round((peak - before) / 1024 / 1024, 1) },
        notes: {
          'export.rows_per_s': `GET /api/reports/staff.xlsx for the Sở over ${rows.toLocaleString('en')} staff (+ their submissions), one request from a second process`,
          'export.rss_growth_mb': 'server RSS peak growth during that export; target < 200',
        },
      };
    } finally {
      await server.stop();
    }
  },
};
