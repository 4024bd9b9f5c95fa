import type { LeaveView, QuestionResults, QuestionView } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { clockedSessions, vnClock } from '../support/vn-clock';

/** Teachers of Tổ khối 1–2–3: back in the round, away past its close, leave cancelled early. */
const backInRound = demo.primaryTeacher;
const awayAllRound = 'demo-19';
const cancelled = 'demo-20';

/**
 * A weekly question (Monday 08:00, open 3 days: the 25/05/2026 round closes 28/05 08:00) and three
 * teachers on leave when it opens. Nobody is asked while away; back while the round is open, they
 * are asked once; a round that closed while they were away is never asked afterwards.
 */
describe.runIf(storeAvailable())(`progress questions and leave (${storeKind})`, () => {
  let server: TestServer;
  let questionId = '';
  const clock = vnClock('2026-05-22T10:00:00');
  const tokenOf = clockedSessions(() => server.url, clock);
  const tickAt = async (vn: string) => {
    clock.set(vn);
    await createScheduler(server.ctx, () => undefined).tick();
  };
  const askedIn = async (occurrence: string) =>
    (await server.ctx.store.db.selectFrom('question_asks').select('person_id').where('question_id', '=', questionId).where('occurrence', '=', occurrence).execute()).map((row) => row.person_id);
  const messagesTo = async (personId: string) =>
    (await server.ctx.store.db.selectFrom('outbox').select('dedupe_key').where('dedupe_key', 'like', `ask:${questionId}:%`).where('recipient_person_id', '=', personId).execute()).map((row) => row.dedupe_key);
  const results = async () => (await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${questionId}/results`, { token: await tokenOf(demo.primaryPrincipal) })).body;
  let cancelledLeave = '';

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    const principal = await tokenOf(demo.primaryPrincipal);
    const created = await api<QuestionView>(server.url, 'POST', '/api/progress/questions', {
      token: principal,
      body: { text: 'Tuần này thầy cô đã cập nhật sổ điểm điện tử chưa?', answerType: 'yes_no', unitId: demoUnitIds.primaryGroup, audienceRoles: ['teacher'], schedule: { kind: 'weekly', weekday: 1, time: '08:00' }, openDays: 3 },
    });
    questionId = created.body.id;
    for (const [personId, from, to] of [[backInRound, '2026-05-25', '2026-05-26'], [awayAllRound, '2026-05-22', '2026-05-29'], [cancelled, '2026-05-25', '2026-06-05']] as const) {
      const leave = await api<LeaveView>(server.url, 'POST', '/api/leave', { token: principal, body: { personId, from, to } });
      expect(leave.status).toBe(201);
      if (personId === cancelled) cancelledLeave = leave.body.id;
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('does not ask people on leave when the round opens, and lists them as on leave, not as missing', async () => {
    await tickAt('2026-05-25T08:05:00');
    const asked = await askedIn('2026-05-25');
    expect(asked.length).toBeGreaterThan(0);
    for (const away of [backInRound, awayAllRound, cancelled]) expect(asked).not.toContain(away);
    const shown = await results();
    expect(shown.onLeave.map((person) => person.personId).sort()).toEqual([backInRound, awayAllRound, cancelled].sort());
    for (const away of [backInRound, awayAllRound, cancelled]) expect(shown.nonResponders.map((person) => person.personId)).not.toContain(away);
    expect(shown.asked).toBe(asked.length);
    // Still away the next day: still not asked.
    await tickAt('2026-05-26T10:00:00');
    expect(await messagesTo(backInRound)).toEqual([]);
  });

  it('asks someone whose leave is cancelled at the next tick', async () => {
    expect((await api(server.url, 'DELETE', `/api/leave/${cancelledLeave}`, { token: await tokenOf(demo.primaryPrincipal) })).status).toBe(204);
    await tickAt('2026-05-26T10:01:00');
    expect(await messagesTo(cancelled)).toEqual([`ask:${questionId}:2026-05-25:${cancelled}`]);
  });

  it('asks the round still open on the morning after the leave, once', async () => {
    // Quiet hours until 07:00: the first tick of the day catches the return at midnight.
    await tickAt('2026-05-27T06:59:00');
    expect(await messagesTo(backInRound)).toEqual([]);
    await tickAt('2026-05-27T07:01:00');
    await tickAt('2026-05-27T07:30:00');
    expect(await messagesTo(backInRound)).toEqual([`ask:${questionId}:2026-05-25:${backInRound}`]);
    expect(await askedIn('2026-05-25')).toContain(backInRound);
    const shown = await results();
    expect(shown.onLeave.map((person) => person.personId)).toEqual([awayAllRound]);
    expect(shown.nonResponders.map((person) => person.personId)).toEqual(expect.arrayContaining([backInRound, cancelled]));
  });

  it('never asks a round that closed while the person was away, and asks the next one', async () => {
    await tickAt('2026-05-30T09:00:00');
    await tickAt('2026-06-01T08:05:00');
    expect(await messagesTo(awayAllRound)).toEqual([`ask:${questionId}:2026-06-01:${awayAllRound}`]);
    expect(await askedIn('2026-05-25')).not.toContain(awayAllRound);
  });

  it('judges a closed round by who was away during it, not by who is away today', async () => {
    // The cancelled teacher was asked and did not answer; away only from today, they still missed it.
    const leave = await api<LeaveView>(server.url, 'POST', '/api/leave', { token: await tokenOf(demo.primaryPrincipal), body: { personId: cancelled, from: '2026-06-01', to: '2026-06-03' } });
    expect(leave.status).toBe(201);
    const closed = (await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${questionId}/results?occurrence=2026-05-25`, { token: await tokenOf(demo.primaryPrincipal) })).body;
    expect(closed.onLeave.map((person) => person.personId)).toEqual([awayAllRound]);
    expect(closed.nonResponders.map((person) => person.personId)).toEqual(expect.arrayContaining([backInRound, cancelled]));
    expect(closed.nonResponders.map((person) => person.personId)).not.toContain(awayAllRound);
    // Today's open round: the cancelled teacher is away now, and listed so.
    const open = await results();
    expect(open.occurrence).toBe('2026-06-01');
    expect(open.onLeave.map((person) => person.personId)).toEqual([cancelled]);
  });
});
