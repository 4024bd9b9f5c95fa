import type { Dashboard, OpenQuestion, QuestionResults, QuestionView } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/** A clock the test moves by hand, in Vietnam wall-clock time. */
function manualClock(startVn: string) {
  let now = new Date(`${startVn}+07:00`);
  return { now: () => now, set: (vn: string) => (now = new Date(`${vn}+07:00`)) };
}

/** Wednesday 20/05/2026: the weekly Monday 08:00 question next opens on 25/05 and closes on 27/05. */
const ROUND = '2026-05-25';

describe.runIf(storeAvailable())(`progress answers ahead, edits, late answers and their tallies (${storeKind})`, () => {
  let server: TestServer;
  let questionId = '';
  const clock = manualClock('2026-05-20T10:00:00');
  // Sessions last 15 minutes of the test's clock: sign in again whenever the clock has moved.
  const sessions = new Map<string, string>();
  const tokenOf = async (personId: string) => {
    const key = `${personId}@${clock.now().toISOString()}`;
    if (!sessions.has(key)) sessions.set(key, (await signInAs(server.url, personId)).token);
    return sessions.get(key)!;
  };
  const tick = () => createScheduler(server.ctx, () => undefined).tick();
  const answer = async (personId: string, text: string, occurrence?: string) =>
    api<{ summary?: string; error?: { message: string; fields?: Record<string, string> } }>(server.url, 'POST', `/api/progress/questions/${questionId}/answer`, { token: await tokenOf(personId), body: { text, occurrence } });
  const asksTo = async (occurrence: string) => (await server.ctx.store.db.selectFrom('outbox').select('recipient_person_id').where('dedupe_key', 'like', `ask:${questionId}:${occurrence}:%`).execute()).map((row) => row.recipient_person_id);
  const tally = () => server.ctx.store.db.selectFrom('question_tallies').select(['asked', 'answered', 'late']).where('question_id', '=', questionId).where('occurrence', '=', ROUND).executeTakeFirst();

  /** The tally's numbers counted afresh from the asks and current answers, as the dashboard used to. */
  async function freshCount() {
    const { db } = server.ctx.store;
    const rows = await db
      .selectFrom('question_asks')
      .leftJoin('progress_answers', (join) =>
        join.onRef('progress_answers.question_id', '=', 'question_asks.question_id').onRef('progress_answers.occurrence', '=', 'question_asks.occurrence').onRef('progress_answers.person_id', '=', 'question_asks.person_id').on('progress_answers.current', '=', 1),
      )
      .select(['question_asks.closes_at', 'progress_answers.received_at'])
      .where('question_asks.question_id', '=', questionId)
      .where('question_asks.occurrence', '=', ROUND)
      .execute();
    const answered = rows.filter((row) => row.received_at !== null);
    return { asked: rows.length, answered: answered.length, late: answered.filter((row) => row.received_at! >= row.closes_at).length };
  }
  const expectTallyConsistent = async () => expect(await tally()).toEqual(await freshCount());

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    const created = await api<QuestionView>(server.url, 'POST', '/api/progress/questions', {
      token: await tokenOf(demo.primaryPrincipal),
      body: { text: 'Tuần này thầy cô đã cập nhật sổ điểm điện tử chưa?', answerType: 'yes_no', unitId: demoUnitIds.primary, audienceRoles: ['teacher'], schedule: { kind: 'weekly', weekday: 1, time: '08:00' }, openDays: 2 },
    });
    questionId = created.body.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses answers without a session, to rounds that do not exist, unreadable ones and from people not asked', async () => {
    expect((await api(server.url, 'POST', `/api/progress/questions/${questionId}/answer`, { body: { text: 'có', occurrence: ROUND } })).status).toBe(401);
    const noRound = await answer(demo.primaryTeacher, 'có', '2026-05-26');
    expect(noRound.status).toBe(400);
    expect(noRound.body.error?.fields).toEqual({ occurrence: 'Câu hỏi không hỏi vào ngày 26/05/2026' });
    const malformedRound = await answer(demo.primaryTeacher, 'có', 'thứ hai');
    expect(malformedRound.status).toBe(400);
    expect(malformedRound.body.error?.fields).toEqual({ occurrence: 'Lần hỏi không hợp lệ' });
    const unreadable = await answer(demo.primaryTeacher, 'để mai', ROUND);
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error?.fields).toEqual({ text: 'Vui lòng trả lời 1 (Có) hoặc 2 (Không).' });
    const notAddressed = await answer(demo.secondaryPrincipal, 'có', ROUND);
    expect(notAddressed.status).toBe(403);
    expect(notAddressed.body.error?.fields).toEqual({ questionId: 'Câu hỏi này không dành cho bạn' });
    expect((await answer(demo.primaryPrincipal, 'có', ROUND)).status).toBe(403); // the author
    expect((await api(server.url, 'POST', '/api/progress/questions/00000000-0000-4000-8000-000000000000/answer', { token: await tokenOf(demo.primaryTeacher), body: { text: 'có', occurrence: ROUND } })).status).toBe(404);
  });

  it('takes an answer ahead, and the bot then does not ask that person', async () => {
    const mine = await api<OpenQuestion[]>(server.url, 'GET', '/api/progress/mine', { token: await tokenOf(demo.primaryTeacher) });
    expect(mine.body.find((question) => question.questionId === questionId)).toMatchObject({ status: 'upcoming', occurrence: ROUND, currentAnswer: null, closesAt: new Date('2026-05-27T01:00:00Z').toISOString() });
    expect((await answer(demo.primaryTeacher, 'không', ROUND)).status).toBe(200);
    expect((await answer(demo.primaryTeacher, 'có', ROUND)).body.summary).toBe('Có');
    expect(await tally()).toBeUndefined(); // counted once asked

    clock.set('2026-05-25T08:01:00');
    await tick();
    const asked = await asksTo(ROUND);
    expect(asked.length).toBeGreaterThan(5);
    expect(asked).not.toContain(demo.primaryTeacher);
    expect(await tally()).toMatchObject({ asked: asked.length + 1, answered: 1, late: 0 });
    await expectTallyConsistent();
  });

  it('counts an edit once, tops up only newcomers, and sends nothing twice', async () => {
    const other = 'demo-19';
    expect((await answer(other, 'không', ROUND)).status).toBe(200);
    expect((await answer(other, 'có')).status).toBe(200); // no round named: the open one
    expect((await answer(demo.primaryTeacher, 'không', ROUND)).status).toBe(200);
    expect(await tally()).toMatchObject({ answered: 2, late: 0 });
    await expectTallyConsistent();

    // A teacher who joins while the round is open is asked at the next minute, and only they are.
    const before = await asksTo(ROUND);
    const now = clock.now().toISOString();
    const newcomer = { unit_id: 'th-dak-koi-to-4-5', role: 'teacher', title: null, phone: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: now, updated_at: now };
    await server.ctx.store.db.insertInto('people').values([{ ...newcomer, id: 'newcomer-1', full_name: 'Giáo viên mới' }]).execute();
    clock.set('2026-05-25T08:02:00');
    await tick();
    await tick();
    const after = await asksTo(ROUND);
    expect(after.filter((personId) => !before.includes(personId))).toEqual(['newcomer-1']);
    expect(after.length).toBe(new Set(after).size);
    await expectTallyConsistent();

    // One who answers in the app before the scheduler reached them is asked on the spot, without a message.
    await server.ctx.store.db.insertInto('people').values([{ ...newcomer, id: 'newcomer-2', full_name: 'Giáo viên mới hai', created_at: clock.now().toISOString(), updated_at: clock.now().toISOString() }]).execute();
    const { ctx } = server;
    const { answerFromApp } = await import('@tds/bot-server/features/progress/answers');
    await answerFromApp(ctx, { personId: 'newcomer-2', role: 'teacher', unitId: 'th-dak-koi-to-4-5', unitPath: '/so-gddt-quang-ngai/xa-dak-koi/th-dak-koi/th-dak-koi-to-4-5/' }, questionId, { text: 'có', occurrence: ROUND });
    clock.set('2026-05-25T08:03:00');
    await tick();
    expect(await asksTo(ROUND)).not.toContain('newcomer-2');
    expect(await tally()).toMatchObject({ answered: 3 });
    await expectTallyConsistent();

    // Once nobody has changed for a while, a minute's tick reads two small queries and writes nothing.
    const mark = async () => (await server.ctx.store.db.selectFrom('question_tallies').select('fanned_out_at').where('question_id', '=', questionId).where('occurrence', '=', ROUND).executeTakeFirstOrThrow()).fanned_out_at;
    clock.set('2026-05-25T08:20:00');
    await tick();
    expect(await mark()).toBe(clock.now().toISOString());
    clock.set('2026-05-25T08:21:00');
    await tick();
    expect(await mark()).toBe(new Date('2026-05-25T08:20:00+07:00').toISOString());
  });

  it('keeps one current answer, counted once, when first answers of one person arrive together', async () => {
    const { db } = server.ctx.store;
    const { saveAnswer } = await import('@tds/bot-server/features/progress/repo');
    const currentOf = (personId: string, occurrence = ROUND) =>
      db.selectFrom('progress_answers').select('value').where('question_id', '=', questionId).where('occurrence', '=', occurrence).where('person_id', '=', personId).where('current', '=', 1).execute();
    // A round of its own, so the rows written here past the tally do not touch ROUND's count.
    const row = (id: string, value: string) => ({ id, questionId, occurrence: '2026-06-01', personId: 'newcomer-1', value, raw: value, channel: 'bot', at: clock.now().toISOString() });

    // The second save starts while the first is written but not committed (on PostgreSQL it waits
    // for it): it must see itself as the edit, so the tally adds the person once.
    let second: Promise<boolean> | undefined;
    const first = await db.transaction().execute(async (trx) => {
      const replaced = await saveAnswer(trx, row('race-first', '"yes"'));
      second = db.transaction().execute((other) => saveAnswer(other, row('race-second', '"no"')));
      await new Promise((resolve) => setTimeout(resolve, 200));
      return replaced;
    });
    expect([first, await second]).toEqual([false, true]);
    expect(await currentOf('newcomer-1', '2026-06-01')).toEqual([{ value: '"no"' }]);

    // Through the API: three answers at once from someone not yet answered, one current, counted once.
    const before = (await tally())!;
    const replies = await Promise.all(['có', 'không', 'có'].map((text) => answer(demo.primaryTeacherUnlinkedBot, text, ROUND)));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(await currentOf(demo.primaryTeacherUnlinkedBot)).toHaveLength(1);
    expect(await tally()).toMatchObject({ answered: before.answered + 1 });
    await expectTallyConsistent();
  });

  it('keeps a first answer after the close as late, and refuses to change an answer once closed', async () => {
    clock.set('2026-05-27T09:00:00');
    const mine = await api<OpenQuestion[]>(server.url, 'GET', '/api/progress/mine', { token: await tokenOf('demo-21') });
    expect(mine.body.find((question) => question.occurrence === ROUND)).toMatchObject({ status: 'closed', currentAnswer: null });
    expect((await answer('demo-21', 'có', ROUND)).status).toBe(200);
    const late = await api<OpenQuestion[]>(server.url, 'GET', '/api/progress/mine', { token: await tokenOf('demo-21') });
    expect(late.body.find((question) => question.occurrence === ROUND)).toMatchObject({ status: 'closed', currentAnswer: 'Có', late: true });
    const edit = await answer(demo.primaryTeacher, 'có', ROUND);
    expect(edit.status).toBe(409);
    expect(edit.body.error?.fields).toEqual({ text: 'Câu hỏi đã đóng ngày 27/05/2026, không sửa được câu trả lời' });
    expect(await tally()).toMatchObject({ answered: 5, late: 1 });
    await expectTallyConsistent();

    const results = await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${questionId}/results?occurrence=${ROUND}`, { token: await tokenOf(demo.primaryPrincipal) });
    expect(results.body).toMatchObject({ answered: 5, late: 1 });
    expect(results.body.answers.filter((row) => row.late).map((row) => row.personId)).toEqual(['demo-21']);
    const dashboard = await api<Dashboard>(server.url, 'GET', `/api/reports/dashboard?unitId=${demoUnitIds.primary}`, { token: await tokenOf(demo.primaryPrincipal) });
    const fresh = await freshCount();
    expect(dashboard.body.questions.find((question) => question.questionId === questionId)).toMatchObject({ occurrence: ROUND, asked: fresh.asked, answered: fresh.answered });
  });

  it('rebuilds the same tallies from the stored rows (the migration’s backfill)', async () => {
    const { db } = server.ctx.store;
    const { backfillQuestionTallies } = await import('@tds/bot-server/store/migrations/0014-question-tallies');
    const before = await db.selectFrom('question_tallies').select(['question_id', 'occurrence', 'asked', 'answered', 'late', 'last_asked_at']).orderBy('question_id').orderBy('occurrence').execute();
    await backfillQuestionTallies(db);
    const after = await db.selectFrom('question_tallies').select(['question_id', 'occurrence', 'asked', 'answered', 'late', 'last_asked_at']).orderBy('question_id').orderBy('occurrence').execute();
    expect(after).toEqual(before);
  });
});
