import { addDays, weekdayOf } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { dailyInstants, settableClock, tickAt, vnDayOf } from '../support/campaign-run';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/**
 * Days off by law, written out here (not read from date-holidays) so the run is checked against an
 * independent table: the solar holidays, the five days of Tết (eve to mùng 4) and Giỗ Tổ Hùng Vương.
 */
const lunar = { 2026: ['2026-02-17', '2026-04-26'], 2027: ['2027-02-06', '2027-04-16'], 2028: ['2028-01-26', '2028-04-04'], 2029: ['2029-02-13', '2029-04-23'], 2030: ['2030-02-02', '2030-04-12'] } as const;
const publicHolidays = new Set(
  Object.entries(lunar).flatMap(([year, [tet, gioTo]]) => [`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`, gioTo, ...[-1, 0, 1, 2, 3].map((shift) => addDays(tet, shift))]),
);
/** The Tết breaks the Sở announces each year (longer than the law's five days). */
const tetBreaks = [
  { from: '2026-02-14', to: '2026-02-22' },
  { from: '2027-02-03', to: '2027-02-11' },
  { from: '2028-01-22', to: '2028-01-30' },
  { from: '2029-02-10', to: '2029-02-18' },
  { from: '2030-01-30', to: '2030-02-07' },
];
const inBreak = (day: string) => tetBreaks.some((range) => range.from <= day && day <= range.to);
const leaves = [
  { personId: demo.primaryTeacher, from: '2027-01-20', to: '2027-02-03' },
  { personId: 'demo-19', from: '2028-02-10', to: '2028-02-14' },
];
/**
 * Due dates whose lead-up the run ticks through: the two duties added around Tết and Quốc khánh and
 * the seeded 30/5 dossier (Giỗ Tổ, 30/4, 1/5 fall before it). The seeded plans' other duties are
 * planned at the same ticks; days far from every due date cannot produce a reminder.
 */
const dueDays = ['02-15', '05-30', '09-03'];

describe.runIf(storeAvailable())(`2026–2030 on the real holiday calendar (${storeKind})`, () => {
  let server: TestServer;
  const clock = settableClock(new Date('2026-01-02T08:00:00+07:00'));
  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    const { db } = server.ctx.store;
    // Two yearly duties of the commune's plan for every school's staff, due 15/2 (in or right after Tết) and 3/9.
    const template = await db.selectFrom('obligations').innerJoin('plans', 'plans.id', 'obligations.plan_id').selectAll('obligations').where('plans.issuer_unit_id', '=', 'xa-dak-koi').where('obligations.day', '=', 30).where('obligations.recurrence', '=', 'yearly').executeTakeFirstOrThrow();
    for (const [id, day, month] of [['sim-tet', 15, 2], ['sim-quoc-khanh', 3, 9]] as const) {
      await db.insertInto('obligations').values({ ...template, id, day, month, what: `Báo cáo mô phỏng ${day}/${month}`, audience_roles: JSON.stringify(['teacher', 'group_leader', 'principal']) }).execute();
    }
    const dept = (await signInAs(server.url, demo.deptOfficer)).token;
    for (const range of tetBreaks) {
      expect((await api(server.url, 'POST', '/api/calendar/off-days', { token: dept, body: { unitId: 'so-gddt-quang-ngai', ...range, label: 'Nghỉ Tết Nguyên đán theo thông báo của Sở' } })).status).toBe(201);
    }
    // The secondary school works Saturday mornings.
    expect((await api(server.url, 'PUT', '/api/calendar/weekend', { token: (await signInAs(server.url, demo.secondaryPrincipal)).token, body: { unitId: 'thcs-dak-koi', weekend: [7] } })).status).toBe(200);
    const principal = (await signInAs(server.url, demo.primaryPrincipal)).token;
    for (const leave of leaves) expect((await api(server.url, 'POST', '/api/leave', { token: principal, body: { ...leave, reason: 'Nghỉ ốm' } })).status).toBe(201);

    // Each day of the 40 days before a due date (14 working days can span a Tết break) at 08:00,
    // and 22:00 on due days (quiet hours do not hold back a due day). Other days cannot matter.
    const nearDue = (day: string) => dueDays.some((due) => [0, 1].some((next) => {
      const dueOn = `${Number(day.slice(0, 4)) + next}-${due}`;
      return day <= dueOn && addDays(day, 40) >= dueOn;
    }));
    const isDue = (day: string) => dueDays.includes(day.slice(5));
    await tickAt(server, clock, dailyInstants('2026-01-01', '2030-12-31', [8, 22], (day, hour) => (hour === 22 ? isDue(day) : nearDue(day))));
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  const messages = () =>
    server.ctx.store.db
      .selectFrom('outbox')
      .innerJoin('people', 'people.id', 'outbox.recipient_person_id')
      .innerJoin('units', 'units.id', 'people.unit_id')
      .select(['outbox.dedupe_key', 'outbox.recipient_person_id', 'outbox.created_at', 'outbox.payload', 'units.path'])
      .where((eb) => eb.or([eb('outbox.dedupe_key', 'like', 'reminder:%'), eb('outbox.dedupe_key', 'like', 'escalation:%')]))
      .execute();
  /** A reminder on its due day is the one message allowed on a day off. */
  const dueDayReminder = (key: string, day: string) => key.startsWith('reminder:') && key.endsWith(':0') && key.split(':')[2] === day;

  it('sends nothing on a public holiday or inside the announced Tết break, except on the due day', async () => {
    const rows = await messages();
    expect(rows.length).toBeGreaterThan(500);
    const offending = rows.filter((row) => {
      const day = vnDayOf(row.created_at);
      return (publicHolidays.has(day) || inBreak(day)) && !dueDayReminder(row.dedupe_key, day);
    });
    expect(offending.map((row) => `${row.dedupe_key} @ ${vnDayOf(row.created_at)}`)).toEqual([]);
    // The due day inside a break still gets its reminder: 15/2/2026 and 15/2/2029 fall in the break.
    expect(rows.filter((row) => row.dedupe_key.startsWith('reminder:sim-tet:2029-02-15:') && row.dedupe_key.endsWith(':0')).length).toBeGreaterThan(0);
  });

  it('keeps each unit’s weekend: Saturday reminders only where the school works Saturdays', async () => {
    const reminders = (await messages()).filter((row) => row.dedupe_key.startsWith('reminder:'));
    const onWeekend = (row: (typeof reminders)[number]) => {
      const day = vnDayOf(row.created_at);
      const off = row.path.includes('/thcs-dak-koi/') ? [7] : [6, 7];
      return off.includes(weekdayOf(day)) && !dueDayReminder(row.dedupe_key, day);
    };
    expect(reminders.filter(onWeekend).map((row) => row.dedupe_key)).toEqual([]);
    expect(reminders.some((row) => row.path.includes('/thcs-dak-koi/') && weekdayOf(vnDayOf(row.created_at)) === 6)).toBe(true);
  });

  it('sends nothing to a person on leave, and tells the principal who is on leave instead of counting them', async () => {
    const rows = await messages();
    for (const leave of leaves) {
      const during = rows.filter((row) => row.recipient_person_id === leave.personId && leave.from <= vnDayOf(row.created_at) && vnDayOf(row.created_at) <= leave.to);
      expect(during.map((row) => row.dedupe_key)).toEqual([]);
    }
    // The 2027 Tết duty reached the teacher after the leave (the latest point still useful), not during it.
    const teacher2027 = rows.filter((row) => row.dedupe_key.startsWith(`reminder:sim-tet:2027-02-15:${demo.primaryTeacher}:`));
    expect(teacher2027.length).toBeGreaterThan(0);
    expect(teacher2027.length).toBeLessThan(5);
    // 14/2/2028, the firm step (offset 1): demo-19 is on leave, so listed apart, not as missing.
    const chase = rows.find((row) => row.dedupe_key === `escalation:sim-tet:2028-02-15:${demo.primaryPrincipal}:1`);
    const text = JSON.parse(chase!.payload).text as string;
    const [missing, away] = text.split('Đang nghỉ phép (không tính):');
    expect(away).toMatch(/\S/);
    const name = (await server.ctx.store.db.selectFrom('people').select('full_name').where('id', '=', 'demo-19').executeTakeFirstOrThrow()).full_name;
    expect(away).toContain(name);
    expect(missing).not.toContain(name);
  });

  it('delivers each still-relevant reminder exactly once: every offset of every year, one row each', async () => {
    const rows = await messages();
    expect(new Set(rows.map((row) => row.dedupe_key)).size).toBe(rows.length);
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      // Every offset once, the last on the due day; in 2028 demo-19's leave (10–14/2) swallowed 3 and 1.
      const expected = ['sim-quoc-khanh@0', 'sim-quoc-khanh@1', 'sim-quoc-khanh@14', 'sim-quoc-khanh@3', 'sim-quoc-khanh@7', 'sim-tet@0', 'sim-tet@1', 'sim-tet@14', 'sim-tet@3', 'sim-tet@7'];
      const offsets = rows.filter((row) => row.dedupe_key.startsWith(`reminder:sim-tet:${year}-02-15:demo-19:`) || row.dedupe_key.startsWith(`reminder:sim-quoc-khanh:${year}-09-03:demo-22:`));
      expect(offsets.map((row) => row.dedupe_key.split(':').slice(1, 2).concat(row.dedupe_key.split(':').at(-1)!).join('@')).sort()).toEqual(
        expected.filter((key) => year !== 2028 || !['sim-tet@3', 'sim-tet@1'].includes(key)),
      );
      const dueDay = rows.find((row) => row.dedupe_key === `reminder:sim-tet:${year}-02-15:demo-19:0`)!;
      expect(vnDayOf(dueDay.created_at)).toBe(`${year}-02-15`);
    }
  });
});
