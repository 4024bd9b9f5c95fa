import type { NudgeLadder, PlanSummary, QuestionResults, QuestionView } from '@tds/shared';
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

describe.runIf(storeAvailable())(`reminders and progress questions (${storeKind})`, () => {
  let server: TestServer;
  const clock = manualClock('2026-05-10T08:00:00');
  // Sessions last 15 minutes of the test's clock: sign in again whenever the clock has moved.
  const sessions = new Map<string, string>();
  const tokenOf = async (who: keyof typeof demo) => {
    const key = `${who}@${clock.now().toISOString()}`;
    if (!sessions.has(key)) sessions.set(key, (await signInAs(server.url, demo[who])).token);
    return sessions.get(key)!;
  };
  const tick = () => createScheduler(server.ctx, () => undefined).tick();
  const outbox = (prefix: string) => server.ctx.store.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `${prefix}%`).execute();
  const communeDossierId = async () => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: await tokenOf('communeOfficer') });
    const plan = plans.body.find((candidate) => candidate.issuerUnitId === 'xa-dak-koi')!;
    const detail = await api<{ obligations: Array<{ id: string; kind: string; recurrence: string; day: number | null; month: number | null }> }>(server.url, 'GET', `/api/plans/${plan.id}`, { token: await tokenOf('communeOfficer') });
    return { planId: plan.id, obligationId: detail.body.obligations.find((o) => o.kind === 'dossier' && o.recurrence === 'yearly' && o.day === 30)!.id };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('plans the 30/5 dossier reminder once per principal, at 07:30 fourteen working days before, however often it ticks', async () => {
    const { obligationId } = await communeDossierId();
    // 30/5/2026 is a Saturday: fourteen working days before is Tuesday 12/5.
    clock.set('2026-05-12T07:29:00');
    await tick();
    expect(await outbox(`reminder:${obligationId}:`)).toHaveLength(0);
    clock.set('2026-05-12T07:30:00');
    await Promise.all([tick(), tick(), tick()]);
    const rows = await outbox(`reminder:${obligationId}:2026-05-30:`);
    const recipients = rows.map((row) => row.recipient_person_id).sort();
    expect(recipients).toEqual(['demo-04', 'demo-05', 'demo-15', 'demo-16', 'demo-28', 'demo-29']);
    expect(rows.every((row) => row.dedupe_key.endsWith(':14'))).toBe(true);
    expect(JSON.parse(rows[0]!.payload).text).toMatch(/^Nhắc hạn \(còn 18 ngày\): Hồ sơ đề nghị khen thưởng[\s\S]*30\/05\/2026 \(hạn rơi vào ngày nghỉ: Thứ Bảy\)[\s\S]*Gửi: UBND xã/);
  });

  it('after an outage sends only the latest useful reminder, and stops for a school marked done', async () => {
    const { planId, obligationId } = await communeDossierId();
    const done = await api<{ occurrence: string }>(server.url, 'POST', `/api/plans/${planId}/obligations/${obligationId}/done`, { token: await tokenOf('secondaryPrincipal'), body: {} });
    expect(done.body.occurrence).toBe('2026-05-30');
    expect((await api(server.url, 'POST', `/api/plans/${planId}/obligations/${obligationId}/done`, { token: await tokenOf('primaryTeacher'), body: {} })).status).toBe(403);

    clock.set('2026-05-28T09:00:00');
    await tick();
    const rows = await outbox(`reminder:${obligationId}:2026-05-30:`);
    const offsets = rows.map((row) => Number(row.dedupe_key.split(':').at(-1)));
    expect(offsets.filter((offset) => offset === 7)).toHaveLength(0);
    const latest = rows.filter((row) => row.dedupe_key.endsWith(':3')).map((row) => row.recipient_person_id).sort();
    // The secondary school marked it done: neither of its principals is reminded again.
    expect(latest).toEqual(['demo-04', 'demo-05', 'demo-15', 'demo-16']);
  });

  it('marks done once when the same deadline is tapped several times at once (a key violation on PostgreSQL, found by fuzzing)', async () => {
    const { planId, obligationId } = await communeDossierId();
    const token = await tokenOf('primaryPrincipal');
    const taps = await Promise.all(Array.from({ length: 6 }, () => api(server.url, 'POST', `/api/plans/${planId}/obligations/${obligationId}/done`, { token, body: {} })));
    expect(taps.map((tap) => tap.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await server.ctx.store.db.selectFrom('obligation_completions').select('subject_id').where('obligation_id', '=', obligationId).where('subject_id', '=', demoUnitIds.primary).execute()).toHaveLength(1);
    expect((await api(server.url, 'POST', `/api/plans/${planId}/obligations/${obligationId}/done`, { token, body: { done: false } })).status).toBe(200);
  });

  it('tells the commune officers the day before which schools have not finished', async () => {
    const { obligationId } = await communeDossierId();
    clock.set('2026-05-29T07:30:00');
    await tick();
    const escalations = await outbox(`escalation:${obligationId}:2026-05-30:`);
    expect(escalations.map((row) => row.recipient_person_id).sort()).toEqual(['demo-02', 'demo-03']);
    const text = JSON.parse(escalations[0]!.payload).text as string;
    expect(text).toContain('Còn 2 chưa hoàn thành');
    expect(text).toContain('Trường Mầm non Đăk Kôi');
    expect(text).not.toContain('THCS');
  });

  it('lets the issuing officer move a plan’s reminders, and nobody else', async () => {
    const { planId, obligationId } = await communeDossierId();
    const policy = { scopeType: 'plan', scopeId: planId, offsets: [10, 2], sendAt: '08:15' };
    expect((await api(server.url, 'PUT', '/api/reminders/policy', { token: await tokenOf('primaryPrincipal'), body: policy })).status).toBe(403);
    const bad = await api<{ error: { fields: Record<string, string> } }>(server.url, 'PUT', '/api/reminders/policy', { token: await tokenOf('communeOfficer'), body: { ...policy, offsets: [3, 3], sendAt: '8h' } });
    expect(bad.body.error.fields).toMatchObject({ offsets: 'Các lần nhắc không được trùng nhau', sendAt: 'Giờ phải có dạng HH:mm' });
    expect((await api(server.url, 'PUT', '/api/reminders/policy', { token: await tokenOf('communeOfficer'), body: policy })).status).toBe(200);
    // 30/5/2027 is a Sunday: ten working days before is Monday 17/5.
    clock.set('2027-05-17T08:14:00');
    await tick();
    expect(await outbox(`reminder:${obligationId}:2027-05-30:`)).toHaveLength(0);
    clock.set('2027-05-17T08:15:00');
    await tick();
    const rows = await outbox(`reminder:${obligationId}:2027-05-30:`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.dedupe_key.endsWith(':10'))).toBe(true);
  });

  it('drops a scope’s own reminder setting on request, for its managers only, and falls back to the one above', async () => {
    const { planId, obligationId } = await communeDossierId();
    const ladder = async () => (await api<NudgeLadder>(server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token: await tokenOf('communeOfficer') })).body;
    const own = { scopeType: 'obligation', scopeId: obligationId, offsets: [4, 0], sendAt: '09:45' };
    expect((await api(server.url, 'PUT', '/api/reminders/policy', { token: await tokenOf('communeOfficer'), body: own })).status).toBe(200);
    expect(await ladder()).toMatchObject({ source: 'obligation', sendAt: '09:45' });

    expect((await api(server.url, 'DELETE', `/api/reminders/policy/obligation/${obligationId}`, { token: await tokenOf('primaryPrincipal') })).status).toBe(403);
    const bad = await api<{ error: { fields: Record<string, string> } }>(server.url, 'DELETE', `/api/reminders/policy/school/${obligationId}`, { token: await tokenOf('communeOfficer') });
    expect({ status: bad.status, fields: bad.body.error.fields }).toEqual({ status: 400, fields: { scopeType: 'Phạm vi không hợp lệ' } });
    expect((await api(server.url, 'DELETE', '/api/reminders/policy/plan/00000000-0000-4000-8000-000000000000', { token: await tokenOf('communeOfficer') })).status).toBe(404);

    expect((await api(server.url, 'DELETE', `/api/reminders/policy/obligation/${obligationId}`, { token: await tokenOf('communeOfficer') })).status).toBe(204);
    // The plan's setting from the test before applies again; dropping what is not there changes nothing.
    expect(await ladder()).toMatchObject({ source: 'plan', sendAt: '08:15' });
    expect((await api(server.url, 'DELETE', `/api/reminders/policy/obligation/${obligationId}`, { token: await tokenOf('communeOfficer') })).status).toBe(204);
    const audit = await server.ctx.store.db.selectFrom('audit_log').select('action').where('subject_id', '=', obligationId).where('action', 'like', 'reminder_policy.%').execute();
    expect(audit.map((row) => row.action)).toEqual(['reminder_policy.set', 'reminder_policy.cleared']);
    expect((await api(server.url, 'DELETE', `/api/reminders/policy/plan/${planId}`, { token: await tokenOf('communeOfficer') })).status).toBe(204);
    expect((await ladder()).source).toBe('default');
  });

  it('asks a progress question by bot, parses the reply, and shows it to the asker at once', async () => {
    const created = await api<QuestionView>(server.url, 'POST', '/api/progress/questions', {
      token: await tokenOf('primaryPrincipal'),
      body: { text: 'Thầy/cô đã hoàn thành khóa Bình dân học vụ số chưa?', answerType: 'yes_no', unitId: 'th-dak-koi', audienceRoles: ['teacher'], schedule: { kind: 'once', date: '2026-05-29', time: '08:00' }, openDays: 3 },
    });
    expect(created.status).toBe(201);
    const invalid = await api<{ error: { fields: Record<string, string> } }>(server.url, 'POST', '/api/progress/questions', { token: await tokenOf('primaryPrincipal'), body: { text: 'Chọn?', answerType: 'choice', choices: ['Một'], unitId: 'th-dak-koi', audienceRoles: [], schedule: { kind: 'weekly', weekday: 9, time: '25:00' } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toMatchObject({ choices: 'Cần ít nhất 2 lựa chọn', audienceRoles: 'Chọn ít nhất một vai trò được hỏi' });
    expect((await api(server.url, 'POST', '/api/progress/questions', { token: await tokenOf('primaryPrincipal'), body: { ...created.body, text: 'Câu hỏi cho trường khác', answerType: 'yes_no', unitId: 'thcs-dak-koi', audienceRoles: ['teacher'], schedule: { kind: 'once', date: '2026-05-29', time: '08:00' } } })).status).toBe(403);

    clock.set('2026-05-29T08:05:00');
    await tick();
    const asks = await outbox(`ask:${created.body.id}:once:`);
    expect(asks.map((row) => row.recipient_person_id)).toContain(demo.primaryTeacher);
    expect(JSON.parse(asks[0]!.payload).text).toContain('Trả lời: 1. Có   2. Không');

    const control = server.sandbox!.simulator.control;
    const chat = (await server.ctx.store.db.selectFrom('people').select('bot_user_id').where('id', '=', demo.primaryTeacher).executeTakeFirstOrThrow()).bot_user_id!;
    const say = async (text: string) => {
      const before = control.transcript(chat).at(-1)?.seq ?? 0;
      await control.userSays(chat, text).delivered;
      let reply = '';
      await expect.poll(() => (reply = control.transcript(chat, before).find((entry) => entry.side === 'bot')?.text ?? ''), { timeout: 5000 }).not.toBe('');
      return reply;
    };
    expect(await say('để mai')).toMatch(/^Chưa hiểu câu trả lời\. Vui lòng trả lời 1 \(Có\) hoặc 2 \(Không\)\./);
    expect(await say('Có ạ')).toMatch(/^Đã ghi nhận câu trả lời «Có»/);
    const results = await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${created.body.id}/results`, { token: await tokenOf('primaryPrincipal') });
    expect(results.body).toMatchObject({ occurrence: 'once', answered: 1, distribution: [{ label: 'Có', count: 1 }] });
    expect(results.body.nonResponders.map((person) => person.personId)).toContain('demo-19');
    expect(await say('khong')).toMatch(/«Không»/);
    const again = await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${created.body.id}/results`, { token: await tokenOf('primaryPrincipal') });
    expect(again.body.distribution).toEqual([{ label: 'Không', count: 1 }]);
    const history = await server.ctx.store.db.selectFrom('progress_answers').select('current').where('person_id', '=', demo.primaryTeacher).execute();
    expect(history.map((row) => row.current).sort()).toEqual([0, 1]);
    expect((await api(server.url, 'GET', `/api/progress/questions/${created.body.id}/results`, { token: await tokenOf('secondaryPrincipal') })).status).toBe(403);

    const nudged = await api<{ reminded: number }>(server.url, 'POST', `/api/progress/questions/${created.body.id}/remind`, { token: await tokenOf('primaryPrincipal') });
    expect(nudged.body.reminded).toBe(again.body.nonResponders.length);
    const nudgedAgain = await api<{ reminded: number }>(server.url, 'POST', `/api/progress/questions/${created.body.id}/remind`, { token: await tokenOf('primaryPrincipal') });
    expect(nudgedAgain.body.reminded).toBe(0);
    expect(await say('/tiendo')).toContain('Thầy/cô đã hoàn thành khóa Bình dân học vụ số chưa? (đã trả lời, gửi lại để sửa)');
    expect(await say('/han')).toMatch(/^Các hạn sắp tới của bạn:|^Hiện chưa có hạn nào/);
    expect(await say('/dung')).toMatch(/^Đã tạm dừng nhắc việc/);
    expect(await say('/batdau')).toMatch(/^Đã bật lại nhắc việc/);
    expect(await say('/huongdan')).toContain('/tiendo');
  });
});
