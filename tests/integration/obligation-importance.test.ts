import { ACK_HINT, type ApiError, type NudgeLadder, type PlanDetail, type PlanSummary, type ReminderAckRoster, type StoredObligation } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { clockedSessions, vnClock } from '../support/vn-clock';

/**
 * The officer's "important" mark: reminders of important obligations ask for "Đã nhận", others do
 * not; unmarked, dossier duties are important (the old rule). Only managers of the plan's issuing unit may mark.
 */
describe.runIf(storeAvailable())(`important obligations and "Đã nhận" (${storeKind})`, () => {
  let server: TestServer;
  const clock = vnClock('2026-05-11T09:00:00');
  const session = clockedSessions(() => server.url, clock);
  const tokenOf = (who: keyof typeof demo) => session(demo[who]);
  let dossier: StoredObligation;
  let report: StoredObligation;
  let deptObligation: StoredObligation;
  const mark = async (who: keyof typeof demo, obligationId: string, body: unknown) =>
    api<NudgeLadder & ApiError>(server.url, 'PUT', `/api/reminders/importance/${obligationId}`, { token: await tokenOf(who), body });
  const ladder = async (obligationId: string) => (await api<NudgeLadder>(server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token: await tokenOf('primaryPrincipal') })).body;
  const planOf = async (unitId: string) => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: await tokenOf('communeOfficer') });
    return (await api<PlanDetail>(server.url, 'GET', `/api/plans/${plans.body.find((plan) => plan.issuerUnitId === unitId)!.id}`, { token: await tokenOf('communeOfficer') })).body;
  };
  /** Reminders of an obligation sent so far, and the "Đã nhận" requests they made. */
  const sentFor = async (obligationId: string) => {
    const { db } = server.ctx.store;
    const reminders = await db.selectFrom('outbox').select('payload').where('dedupe_key', 'like', `reminder:${obligationId}:%`).execute();
    const requests = await db.selectFrom('ack_requests').select('person_id').where('kind', '=', 'reminder').where('subject_id', 'like', `${obligationId}:%`).execute();
    return { reminders: reminders.length, withHint: reminders.filter((row) => (JSON.parse(row.payload) as { text: string }).text.includes(ACK_HINT)).length, requests: requests.length };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    const commune = await planOf(demoUnitIds.commune);
    dossier = commune.obligations.find((obligation) => obligation.kind === 'dossier' && obligation.day === 30 && obligation.month === 5)!;
    report = commune.obligations.find((obligation) => obligation.kind !== 'dossier' && obligation.audienceRoles.includes('principal') && obligation.nextDueOn !== null)!;
    deptObligation = (await planOf(demoUnitIds.department)).obligations[0]!;
    expect([dossier, report, deptObligation].every(Boolean)).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 401 without a session, 400 in Vietnamese on the field, 404 for an unknown obligation', async () => {
    expect((await api(server.url, 'PUT', `/api/reminders/importance/${report.id}`, { body: { important: true } })).status).toBe(401);
    for (const body of [{}, { important: 'có' }, { important: 1 }]) {
      const bad = await mark('communeOfficer', report.id, body);
      expect({ status: bad.status, fields: bad.body.error.fields }).toEqual({ status: 400, fields: { important: 'Chọn có hoặc không' } });
    }
    expect((await mark('communeOfficer', '00000000-0000-4000-8000-000000000000', { important: true })).status).toBe(404);
  });

  it('refuses an officer or principal of another unit with 403', async () => {
    // The Sở's plan is above the commune; the commune's plan is outside a school's reach.
    expect((await mark('communeOfficer', deptObligation.id, { important: true })).status).toBe(403);
    expect((await mark('secondaryPrincipal', report.id, { important: true })).status).toBe(403);
    expect((await ladder(report.id)).important).toBe(false);
  });

  it('keeps the old rule unmarked: the dossier is important, a report is not', async () => {
    expect((await ladder(dossier.id)).important).toBe(true);
    expect((await ladder(report.id)).important).toBe(false);
  });

  it('lets the issuing unit’s officer mark a report important and the dossier not', async () => {
    const marked = await mark('communeOfficer', report.id, { important: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ obligationId: report.id, important: true });
    expect((await mark('deptOfficer', dossier.id, { important: false })).body.important).toBe(false);
    expect((await ladder(report.id)).important).toBe(true);
  });

  it('asks for "Đã nhận" in the reminders of important obligations only', async () => {
    // Each on its due day at 07:30 (the due day is always a step of the ladder, even on a day off).
    for (const day of [report.nextDueOn!, '2026-05-30']) {
      clock.set(`${day}T07:30:00`);
      await createScheduler(server.ctx, () => undefined).tick();
    }
    const ofReport = await sentFor(report.id);
    expect(ofReport.reminders).toBeGreaterThan(0);
    expect(ofReport).toEqual({ reminders: ofReport.reminders, withHint: ofReport.reminders, requests: ofReport.reminders });
    const ofDossier = await sentFor(dossier.id);
    expect(ofDossier.reminders).toBeGreaterThan(0);
    expect(ofDossier).toEqual({ reminders: ofDossier.reminders, withHint: 0, requests: 0 });
  });

  it('shows the issuing officer who confirmed the reminders of a due day, and re-sends only to who received and did not', async () => {
    const { db } = server.ctx.store;
    const day = report.nextDueOn!;
    const roster = async (who: keyof typeof demo = 'communeOfficer', query = '') =>
      api<ReminderAckRoster & ApiError>(server.url, 'GET', `/api/reminders/acknowledgements/${report.id}${query}`, { token: await tokenOf(who) });
    clock.set(`${day}T07:31:00`);
    // On the due day the worker sends its reminders: who could be reached is known once it is done.
    await expect.poll(async () => (await db.selectFrom('outbox').select('id').where('dedupe_key', 'like', `reminder:${report.id}:%`).where('status', 'in', ['pending', 'sending']).execute()).length, { timeout: 15_000 }).toBe(0);

    const before = await roster();
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ obligationId: report.id, occurrence: day, occurrences: [day] });
    const asked = (await sentFor(report.id)).requests;
    expect(before.body.people).toHaveLength(asked);
    const linked = new Set((await db.selectFrom('people').select('id').where('bot_chat_id', 'is not', null).execute()).map((row) => row.id));
    for (const person of before.body.people) expect(person.state).toBe(linked.has(person.personId) ? 'awaiting' : 'not_linked');
    expect(before.body.people.map((person) => person.unitName)).toEqual([...before.body.people.map((person) => person.unitName)].sort((a, b) => a.localeCompare(b, 'vi')));

    const confirmed = await api(server.url, 'POST', '/api/acknowledgements', { token: await tokenOf('primaryPrincipal'), body: { kind: 'reminder', subjectId: `${report.id}:${day}` } });
    expect(confirmed.status).toBe(200);
    const after = await roster('communeOfficer', `?occurrence=${day}`);
    expect(after.body.people.find((person) => person.personId === demo.primaryPrincipal)).toMatchObject({ state: 'acknowledged', acknowledgedAt: expect.any(String) });

    expect((await roster('primaryPrincipal')).status).toBe(403);
    expect((await roster('communeOfficer', '?occurrence=30/05/2026')).body.error.fields).toEqual({ occurrence: 'Ngày phải có dạng dd/mm/yyyy' });
    expect((await api(server.url, 'GET', '/api/reminders/acknowledgements/00000000-0000-4000-8000-000000000000', { token: await tokenOf('communeOfficer') })).status).toBe(404);

    // A double tap sends once; only those reached who have not confirmed get it, asking again for "Đã nhận".
    const awaiting = after.body.people.filter((person) => person.state === 'awaiting').map((person) => person.personId);
    expect(awaiting.length).toBeGreaterThan(0);
    expect(after.body.resendable).toBe(awaiting.length);
    const press = async () =>
      api<{ resent: number }>(server.url, 'POST', `/api/reminders/acknowledgements/${report.id}/resend`, { token: await tokenOf('communeOfficer'), body: { occurrence: day }, headers: { 'idempotency-key': 'resend-report-once' } });
    const [first, second] = await Promise.all([press(), press()]);
    expect([first.body.resent, second.body.resent]).toEqual([awaiting.length, awaiting.length]);
    const resent = await db.selectFrom('outbox').select(['recipient_person_id', 'payload']).where('dedupe_key', 'like', `ack-resend:${report.id}:${day}:%`).execute();
    expect(resent.map((row) => row.recipient_person_id).sort()).toEqual([...awaiting].sort());
    expect((JSON.parse(resent[0]!.payload) as { text: string }).text).toMatch(new RegExp(`^Nhắc lại: .*\\(hạn .*\\)\\.\\n\\n${ACK_HINT}$`));
  });

  it('withdraws the unanswered "Đã nhận" requests when the officer unmarks it, keeping those confirmed', async () => {
    const { db } = server.ctx.store;
    const asked = await db.selectFrom('ack_requests').select(['subject_id', 'person_id']).where('kind', '=', 'reminder').where('subject_id', 'like', `${report.id}:%`).execute();
    const confirmer = asked.find((request) => request.person_id === demo.primaryPrincipal)!;
    expect(confirmer).toBeDefined();
    const confirmed = await api(server.url, 'POST', '/api/acknowledgements', { token: await tokenOf('primaryPrincipal'), body: { kind: 'reminder', subjectId: confirmer.subject_id } });
    expect(confirmed.status).toBe(200);
    // Requests about anything else stay as they are (another obligation, an announcement).
    await db.insertInto('ack_requests').values({ kind: 'reminder', subject_id: `${dossier.id}:2026-05-30`, person_id: demo.primaryPrincipal, label: 'Hồ sơ', link: null, requested_at: clock.now().toISOString(), acknowledged_at: null, channel: null }).execute();
    const othersNow = () => db.selectFrom('ack_requests').select(['kind', 'subject_id', 'person_id', 'acknowledged_at']).where('subject_id', 'not like', `${report.id}:%`).orderBy('subject_id').orderBy('person_id').execute();
    const others = await othersNow();
    expect(others.length).toBeGreaterThan(0);

    expect((await mark('communeOfficer', report.id, { important: false })).body.important).toBe(false);
    const left = await db.selectFrom('ack_requests').select(['person_id', 'acknowledged_at']).where('kind', '=', 'reminder').where('subject_id', 'like', `${report.id}:%`).execute();
    expect(left).toEqual([{ person_id: demo.primaryPrincipal, acknowledged_at: expect.any(String) }]);
    const waiting = await api<Array<{ subjectId: string }>>(server.url, 'GET', '/api/acknowledgements', { token: await tokenOf('secondaryPrincipal') });
    expect(waiting.body.filter((request) => request.subjectId.startsWith(`${report.id}:`))).toEqual([]);
    expect(await othersNow()).toEqual(others);
  });
});
