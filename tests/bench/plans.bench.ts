import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractDeadlines, foldVietnamese, parsePlan } from '@tds/shared';
import { insertPlan, listObligations, listSections } from '@tds/bot-server/features/plans/repo';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer } from '../support/test-server';
import { medianMs, round, type Benchmark } from './harness';
import { loadFromSecondProcess } from './load';

const planFiles = ['so-gddt-quang-ngai-2025.txt', 'ubnd-xa-dak-koi-2025.txt', 'thcs-vinh-phong-1-2025.txt'];
const plans = planFiles.map((file) => readFileSync(new URL(`../../bot-server/src/sandbox/demo-plans/${file}`, import.meta.url), 'utf8'));
const PAGE_CHARS = 3000;

/** Parsing + deadline extraction per page, against one accent-folding pass over the same text. */
export const planExtractionBenchmark: Benchmark = {
  name: 'plans.extraction',
  async run({ short }) {
    const runs = short ? 3 : 25;
    const pages = plans.reduce((sum, text) => sum + text.length, 0) / PAGE_CHARS;
    const extract = await medianMs(runs, () => plans.forEach((text) => (parsePlan(text), extractDeadlines(text))));
    const fold = await medianMs(runs, () => plans.forEach((text) => foldVietnamese(text)));
    return {
      metrics: {
        'plans.extract_ms_per_page': round(extract / pages),
        'plans.extract_ratio_vs_fold': round(extract / fold, 1),
      },
      notes: {
        'plans.extract_ms_per_page': `parsePlan + extractDeadlines on the three real plans (${round(pages, 1)} pages of 3,000 characters), median of ${runs}; target < 5`,
        'plans.extract_ratio_vs_fold': 'the same ÷ one accent-folding pass over the same text (the cheapest full read)',
      },
    };
  },
};

/** Search over a library of 1,000 plans, end to end over HTTP, against GET /api/me on the same server. */
export const planSearchBenchmark: Benchmark = {
  name: 'plans.search',
  async run({ short }) {
    const server = await startTestServer();
    try {
      const count = short ? 30 : 1000;
      await cloneSeededPlans(server.ctx.store.db, count);
      const { token } = await signInAs(server.url, demo.secondaryPrincipal);
      const headers = { authorization: `Bearer ${token}` };
      const load = { concurrency: 1, durationMs: short ? 1500 : 15_000, maxRequests: short ? 10 : 300 };
      const queries = ['sang kien', 'ho so khen thuong', 'binh dan hoc vu so', 'chuyen doi so', 'tri tue nhan tao'];
      const p95s: number[] = [];
      for (const q of queries) {
        const result = await loadFromSecondProcess({ ...load, maxRequests: Math.ceil(load.maxRequests / queries.length), url: `${server.url}/api/plans/search?q=${encodeURIComponent(q)}`, headers });
        if (result.errors > 0) throw new Error(`search "${q}" failed ${result.errors} times`);
        p95s.push(result.p95Ms);
      }
      const baseline = await loadFromSecondProcess({ ...load, url: `${server.url}/api/me`, headers });
      const worst = Math.max(...p95s);
      return {
        metrics: { 'plans.search_p95_ms': round(worst, 1), 'plans.search_ratio_vs_me': round(worst / baseline.p95Ms, 1) },
        notes: {
          'plans.search_p95_ms': `GET /api/plans/search over ${count} published plans, worst p95 of ${queries.length} queries, one client in a second process; target < 50`,
          'plans.search_ratio_vs_me': 'the same ÷ p95 of GET /api/me on the same server, same run',
        },
      };
    } finally {
      await server.stop();
    }
  },
};

type Db = Parameters<typeof insertPlan>[0];

/** Copies the three seeded plans (rows, sections, obligations) under new ids until the library holds `count`. */
async function cloneSeededPlans(db: Db, count: number): Promise<void> {
  const seeded = await db.selectFrom('plans').selectAll().execute();
  for (let i = seeded.length; i < count; i++) {
    const source = seeded[i % seeded.length]!;
    const id = randomUUID();
    const sections = (await listSections(db, source.id)).map((section) => ({ ...section, plan_id: id }));
    const obligations = (await listObligations(db, [source.id])).map((obligation) => ({ ...obligation, id: randomUUID(), plan_id: id, parent_obligation_id: null }));
    await insertPlan(db, { ...source, id, number: source.number ? `${i}-${source.number}` : null, parent_plan_id: null }, sections, obligations);
  }
}
