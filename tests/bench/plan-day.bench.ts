import { randomUUID } from 'node:crypto';
import { planReminders } from '@tds/bot-server/features/reminders/planner';
import { vnHolidaysOfYear } from '@tds/shared/calendar/vn-public-holidays';
import { enqueueMany } from '@tds/bot-server/features/outbox/enqueue-many';
import type { Database } from '@tds/bot-server/store/schema';
import type { Kysely } from 'kysely';
import { startTestServer } from '../support/test-server';
import { round, type Benchmark } from './harness';

const STAFF_PER_SCHOOL = 50;

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Array<Record<string, unknown>>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto(table).values(rows.slice(i, i + 500) as never).execute();
  });
}

/**
 * Schools under the demo commune, each a principal and two tổ of a tổ trưởng and 23 teachers;
 * one school in ten works Saturdays, one in twenty declared an exam week, one person in fifty is
 * on leave, the Sở declared a Tết break.
 */
async function seedSchools(db: Kysely<Database>, people: number): Promise<void> {
  const at = new Date().toISOString();
  const commune = await db.selectFrom('units').selectAll().where('id', '=', 'xa-dak-koi').executeTakeFirstOrThrow();
  const units: Array<Record<string, unknown>> = [];
  const staff: Array<Record<string, unknown>> = [];
  const person = (id: string, unit: string, role: string) => staff.push({ id, unit_id: unit, full_name: `Người ${id}`, phone: null, role, title: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: at, updated_at: at });
  for (let s = 0; s < people / STAFF_PER_SCHOOL; s++) {
    const school = `pd-${s}`;
    units.push({ id: school, kind: 'school', name: `Trường ${s}`, parent_id: commune.id, path: `${commune.path}${school}/`, created_at: at });
    person(`${school}-p`, school, 'principal');
    for (const group of ['a', 'b']) {
      const unit = `${school}-${group}`;
      units.push({ id: unit, kind: 'group', name: `Tổ ${group.toUpperCase()} ${s}`, parent_id: school, path: `${commune.path}${school}/${unit}/`, created_at: at });
      person(`${unit}-l`, unit, 'group_leader');
      for (let t = 0; t < (STAFF_PER_SCHOOL - 1) / 2 - 1; t++) person(`${unit}-${t}`, unit, 'teacher');
    }
  }
  await insertChunked(db, 'units', units);
  await insertChunked(db, 'people', staff);
  const officer = 'demo-02';
  const schools = units.filter((unit) => unit.kind === 'school').map((unit) => unit.id as string);
  await insertChunked(db, 'unit_weekends', schools.filter((_, i) => i % 10 === 0).map((unit_id) => ({ unit_id, weekend: '[7]', updated_by: officer, updated_at: at })));
  await insertChunked(db, 'off_days', [
    { id: randomUUID(), unit_id: 'so-gddt-quang-ngai', from_day: '2026-02-14', to_day: '2026-02-22', label: 'Nghỉ Tết', created_by: 'demo-01', created_at: at },
    ...schools.filter((_, i) => i % 20 === 0).map((unit_id) => ({ id: randomUUID(), unit_id, from_day: '2026-05-25', to_day: '2026-05-27', label: 'Tuần kiểm tra', created_by: officer, created_at: at })),
  ]);
  await insertChunked(db, 'leaves', staff.filter((_, i) => i % 50 === 7).map((row) => ({ id: randomUUID(), person_id: row.id, from_day: '2026-05-28', to_day: '2026-06-02', reason: null, created_by: officer, created_at: at })));
}

/**
 * Planning one day's reminders (29/5/2026, the firm step of the commune's 30/5 duties) for every
 * teacher, tổ trưởng and principal of a province-sized commune: per-unit calendars, leave, and a
 * ladder step telling tổ trưởng, principals and the commune who is missing. Against inserting as
 * many outbox rows with no planning, in the same run.
 */
export const planDayBenchmark: Benchmark = {
  name: 'reminders.plan_day',
  async run({ short }) {
    const people = short ? 2_000 : 50_000;
    let now = new Date('2026-05-01T08:00:00+07:00');
    const server = await startTestServer({}, { clock: { now: () => now } });
    try {
      const { db } = server.ctx.store;
      await seedSchools(db, people);
      const template = await db.selectFrom('obligations').innerJoin('plans', 'plans.id', 'obligations.plan_id').selectAll('obligations').where('plans.issuer_unit_id', '=', 'xa-dak-koi').where('obligations.day', '=', 30).executeTakeFirstOrThrow();
      // A staff report (the template is the commune's dossier, whose reminders also ask each person for "Đã nhận").
      await db.insertInto('obligations').values({ ...template, id: 'pd-staff-duty', kind: 'report', what: 'Báo cáo của cán bộ, giáo viên', audience_roles: JSON.stringify(['teacher', 'group_leader', 'principal']) }).execute();
      const steps = [{ offset: 1, tone: 'firm', chase: ['group_leader', 'principal', 'issuer'] }];
      await db.insertInto('reminder_policies').values({ scope_type: 'obligation', scope_id: 'pd-staff-duty', offsets: '[14,7,3,1,0]', send_at_minute: 450, steps: JSON.stringify(steps), updated_by: null, updated_at: now.toISOString() }).execute();

      // A process pays once per year for its holidays (date-holidays' lunar maths, ~0.2 s a year) and
      // for module loading; a running server has paid it long before. Take it out of the day measured.
      for (const year of [2025, 2026, 2027]) vnHolidaysOfYear(year);
      now = new Date('2026-05-28T07:30:00+07:00');
      await planReminders(server.ctx, now);
      now = new Date('2026-05-29T07:30:00+07:00');
      const t0 = performance.now();
      const planned = await planReminders(server.ctx, now);
      const planningMs = performance.now() - t0;
      if (planned.reminders < people * 0.9 || planned.escalations < people / STAFF_PER_SCHOOL) throw new Error(`planned ${JSON.stringify(planned)} for ${people} people`);

      const t1 = performance.now();
      const rows = planned.reminders + planned.escalations;
      await enqueueMany(db, Array.from({ length: rows }, (_, i) => ({ dedupeKey: `bench:${randomUUID()}:${i}`, recipientPersonId: 'demo-02', text: 'Nhắc hạn' })), now);
      const baselineMs = performance.now() - t1;
      return {
        metrics: { 'reminders.plan_day_ms': Math.round(planningMs), 'reminders.plan_day_ratio_vs_insert': round(planningMs / baselineMs, 2) },
        notes: {
          'reminders.plan_day_ms': `planning one day (29/5/2026) for ${people.toLocaleString('en')} people with per-unit calendars, leave and a three-level nudge step (${planned.reminders.toLocaleString('en')} reminders, ${planned.escalations.toLocaleString('en')} chases) on SQLite; target < 2000`,
          'reminders.plan_day_ratio_vs_insert': 'the same ÷ inserting as many outbox rows with no planning, same store, same run',
        },
      };
    } finally {
      await server.stop();
    }
  },
};
