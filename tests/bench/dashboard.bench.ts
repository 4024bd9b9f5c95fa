import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { backfillQuestionTallies } from '@tds/bot-server/store/migrations/0014-question-tallies';
import type { Database } from '@tds/bot-server/store/schema';
import { noteUnitsChanged, refreshUnitStats } from '@tds/bot-server/features/reports/unit-stats';
import { signInAs } from '../support/api-client';
import { startTestServer } from '../support/test-server';
import type { StoreKind } from '../support/test-store';
import { round, type Benchmark } from './harness';
import { loadFromSecondProcess } from './load';

interface Scale {
  communes: number;
  schoolsPerCommune: number;
  staffPerSchool: number;
  submissionsPerPerson: number;
  questions: number;
}

/** 1 Sở, 100 communes, 1,500 schools, 50,000 staff, 250,000 submissions, 2,000,000 answers. */
export const province: Scale = { communes: 100, schoolsPerCommune: 15, staffPerSchool: 33, submissionsPerPerson: 5, questions: 40 };
export const small: Scale = { communes: 4, schoolsPerCommune: 3, staffPerSchool: 10, submissionsPerPerson: 2, questions: 3 };

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Array<Record<string, unknown>>, size: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += size) await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  });
}

/** A province under the demo Sở, written straight into the store (the API would take hours). */
export async function seedProvince(db: Kysely<Database>, scale: Scale): Promise<void> {
  const at = new Date().toISOString();
  // Asks close a week after they go out, so the seeded answers are on time, not late.
  const closesAt = new Date(Date.parse(at) + 7 * 86_400_000).toISOString();
  const dept = await db.selectFrom('units').selectAll().where('id', '=', 'so-gddt-quang-ngai').executeTakeFirstOrThrow();
  const units: Array<Record<string, unknown>> = [];
  const people: Array<Record<string, unknown>> = [];
  for (let c = 0; c < scale.communes; c++) {
    const commune = `bc-${c}`;
    units.push({ id: commune, kind: 'commune', name: `Xã ${c}`, parent_id: dept.id, path: `${dept.path}${commune}/`, created_at: at });
    for (let s = 0; s < scale.schoolsPerCommune; s++) {
      const school = `bs-${c}-${s}`;
      units.push({ id: school, kind: 'school', name: `Trường ${c}-${s}`, parent_id: commune, path: `${dept.path}${commune}/${school}/`, created_at: at });
      for (let p = 0; p < scale.staffPerSchool; p++) {
        people.push({ id: `bp-${c}-${s}-${p}`, unit_id: school, full_name: `Giáo viên ${c}-${s}-${p}`, phone: null, role: p === 0 ? 'principal' : 'teacher', title: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: at, updated_at: at });
      }
    }
  }
  await insertChunked(db, 'units', units, 500);
  await insertChunked(db, 'people', people, 500);
  // What the org and submissions repositories note when they write these rows one by one.
  await noteUnitsChanged(db, units.map((unit) => unit.id as string));
  const statuses = ['submitted', 'approved', 'forwarded', 'returned', 'draft'];
  const submissions = people.flatMap((person, i) =>
    Array.from({ length: scale.submissionsPerPerson }, (_, k) => ({
      id: randomUUID(), kind: k % 2 === 0 ? 'initiative' : 'training', author_person_id: person.id, unit_id: person.unit_id, status: statuses[(i + k) % statuses.length], title: 'Sáng kiến', data: '{}', version: 1, client_key: randomUUID(),
      reviewer_person_id: null, reviewer_comment: null, submitted_at: at, reviewed_at: null, created_at: at, updated_at: at,
    })),
  );
  await insertChunked(db, 'submissions', submissions, 500);
  for (let q = 0; q < scale.questions; q++) {
    const questionId = randomUUID();
    await db.insertInto('progress_questions').values({ id: questionId, author_person_id: 'demo-01', unit_id: dept.id, text: `Câu hỏi ${q}`, answer_type: 'yes_no', choices: '[]', audience_roles: '["teacher"]', schedule: '{"kind":"once","date":"2026-05-20","time":"08:00"}', open_days: 7, active: 0, created_at: at }).execute();
    await insertChunked(db, 'question_asks', people.map((person) => ({ question_id: questionId, occurrence: 'once', person_id: person.id, asked_at: at, closes_at: closesAt })), 1000);
    await insertChunked(db, 'progress_answers', people.map((person, i) => ({ id: randomUUID(), question_id: questionId, occurrence: 'once', person_id: person.id, value: `{"type":"yes_no","yes":${i % 3 !== 0}}`, raw_text: 'có', channel: 'bot', received_at: at, current: 1 })), 1000);
  }
  // The rows went in past the write path, so the tallies come from the migration's own recount.
  await backfillQuestionTallies(db);
}

/** The Sở officer's unit-completion dashboard over a province, p95 from a second process, against GET /api/me. */
export const dashboardBenchmark: Benchmark = {
  name: 'dashboard',
  async run({ short }) {
    const sqlite = await measure('sqlite', short);
    // PostgreSQL when a test cluster is configured (npm run test:all provides one; see scripts/pg-cluster.sh).
    const postgres = process.env.TDS_TEST_DATABASE_URL ? await measure('postgres', short) : { metrics: {}, notes: {} };
    return { metrics: { ...sqlite.metrics, ...postgres.metrics }, notes: { ...sqlite.notes, ...postgres.notes } };
  },
};

async function measure(store: StoreKind, short: boolean) {
  const server = await startTestServer({}, { store });
  try {
    const t0 = performance.now();
    await seedProvince(server.ctx.store.db, short ? small : province);
    // The scheduler's minute tick brings the per-unit counts up to date in a running server.
    await refreshUnitStats(server.ctx.store, new Date());
    const seedSeconds = (performance.now() - t0) / 1000;
    // The seed held this process (client and server alike) for minutes: let the server's overdue
    // keep-alive timers close the idle connections before the client would reuse one of them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { token } = await signInAs(server.url, 'demo-01');
    const headers = { authorization: `Bearer ${token}` };
    const load = { concurrency: 1, durationMs: short ? 1500 : 20_000, maxRequests: short ? 10 : 60 };
    const view = await loadFromSecondProcess({ ...load, url: `${server.url}/api/reports/dashboard`, headers });
    if (view.errors > 0) throw new Error(`${view.errors} dashboard requests failed`);
    const baseline = await loadFromSecondProcess({ ...load, url: `${server.url}/api/me`, headers });
    const key = `dashboard.p95_ms_${store}`;
    return {
      metrics: { [key]: round(view.p95Ms, 1), [`${key}_ratio_vs_me`]: round(view.p95Ms / baseline.p95Ms, 1) },
      notes: {
        [key]: `GET /api/reports/dashboard for the Sở over ${short ? 'a small' : 'a province-sized'} data set (1 Sở, ${(short ? small : province).communes} communes, …; seeded in ${round(seedSeconds, 0)} s), p95 of one client; target < 100`,
        [`${key}_ratio_vs_me`]: 'the same ÷ p95 of GET /api/me on the same server, same run',
      },
    };
  } finally {
    await server.stop();
  }
}
