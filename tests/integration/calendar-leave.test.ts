import type { LeaveView, MyDeadline, NudgeLadder, OffDayView, PlanSummary, QuestionResults, QuestionView, UnitCalendarView } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

type Failure = { error: { message: string; fields?: Record<string, string> } };

describe.runIf(storeAvailable())(`working calendar, leave and the nudge ladder over HTTP (${storeKind})`, () => {
  let server: TestServer;
  let tokens: Record<keyof typeof demo, string>;
  const now = new Date('2026-05-25T09:00:00+07:00');
  beforeAll(async () => {
    server = await startTestServer({}, { clock: { now: () => now } });
    tokens = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 401 without a session', async () => {
    for (const [method, path] of [['GET', '/api/calendar/units/th-dak-koi?year=2026'], ['POST', '/api/calendar/off-days'], ['POST', '/api/leave'], ['GET', '/api/reminders/ladder/x']]) {
      expect((await api(server.url, method!, path!, method === 'GET' ? {} : { body: {} })).status).toBe(401);
    }
  });

  it('refuses off days outside the campaign, ending before they start, or a year outside it, in Vietnamese', async () => {
    const outside = await api<Failure>(server.url, 'POST', '/api/calendar/off-days', { token: tokens.deptOfficer, body: { unitId: 'so-gddt-quang-ngai', from: '2031-01-02', label: 'Nghỉ' } });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields).toEqual({ from: 'Ngày nghỉ phải nằm trong thời gian phong trào (2025–2030)' });
    const backwards = await api<Failure>(server.url, 'POST', '/api/calendar/off-days', { token: tokens.deptOfficer, body: { unitId: 'so-gddt-quang-ngai', from: '2026-02-22', to: '2026-02-14', label: 'Nghỉ Tết' } });
    expect(backwards.body.error.fields).toEqual({ to: 'Ngày kết thúc phải từ ngày bắt đầu trở đi' });
    const year = await api<Failure>(server.url, 'GET', '/api/calendar/units/th-dak-koi?year=2035', { token: tokens.primaryPrincipal });
    expect(year.body.error.fields).toEqual({ year: 'Năm phải trong thời gian phong trào (2025–2030)' });
  });

  it('lets the Sở declare a break every school inherits, which only the Sở can remove', async () => {
    const added = await api<OffDayView>(server.url, 'POST', '/api/calendar/off-days', { token: tokens.deptOfficer, body: { unitId: 'so-gddt-quang-ngai', from: '2026-02-14', to: '2026-02-22', label: 'Nghỉ Tết Nguyên đán' } });
    expect(added.status).toBe(201);
    const school = await api<UnitCalendarView>(server.url, 'GET', '/api/calendar/units/th-dak-koi?year=2026', { token: tokens.primaryTeacher });
    expect(school.body.offDays).toEqual([expect.objectContaining({ id: added.body.id, inherited: true, unitName: added.body.unitName })]);
    expect(school.body.holidays).toContainEqual({ day: '2026-02-17', label: 'Tết Nguyên Đán' });
    expect(school.body).toMatchObject({ weekend: [6, 7], weekendFrom: null });
    expect((await api(server.url, 'DELETE', `/api/calendar/off-days/${added.body.id}`, { token: tokens.primaryPrincipal })).status).toBe(403);
    expect((await api(server.url, 'DELETE', `/api/calendar/off-days/${added.body.id}`, { token: tokens.deptOfficer })).status).toBe(204);
  });

  it('notes a deadline that falls on a day off in "Hạn của tôi"', async () => {
    const mine = await api<MyDeadline[]>(server.url, 'GET', '/api/me/deadlines', { token: tokens.primaryPrincipal });
    // 30/5/2026 is a Saturday.
    expect(mine.body.find((deadline) => deadline.dueOn === '2026-05-30')).toMatchObject({ dueDayOff: 'Thứ Bảy' });
  });

  it('takes leave for oneself or one’s staff, and refuses bad ranges, overlaps and people out of reach', async () => {
    const own = await api<LeaveView>(server.url, 'POST', '/api/leave', { token: tokens.primaryTeacher, body: { from: '2026-05-25', to: '2026-05-29', reason: 'Nghỉ ốm' } });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ personId: demo.primaryTeacher, from: '2026-05-25', to: '2026-05-29' });
    const overlap = await api<Failure>(server.url, 'POST', '/api/leave', { token: tokens.primaryPrincipal, body: { personId: demo.primaryTeacher, from: '2026-05-28', to: '2026-06-02' } });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.fields).toEqual({ from: 'Trùng với kỳ nghỉ phép đã đặt từ 25/05/2026 đến 29/05/2026' });
    const backwards = await api<Failure>(server.url, 'POST', '/api/leave', { token: tokens.primaryTeacher, body: { from: '2026-06-10', to: '2026-06-01' } });
    expect(backwards.body.error.fields).toEqual({ to: 'Ngày kết thúc phải từ ngày bắt đầu trở đi' });
    const message = 'Bạn chỉ đặt nghỉ phép cho bản thân hoặc cán bộ, giáo viên thuộc đơn vị mình phụ trách';
    for (const [who, personId] of [['primaryTeacher', 'demo-19'], ['primaryGroupLeader', 'demo-24'], ['primaryPrincipal', 'demo-31']] as const) {
      const refused = await api<Failure>(server.url, 'POST', '/api/leave', { token: tokens[who], body: { personId, from: '2026-06-01', to: '2026-06-02' } });
      expect({ who, status: refused.status, fields: refused.body.error.fields }).toEqual({ who, status: 403, fields: { personId: message } });
    }
    // The tổ trưởng for a teacher of their own tổ.
    expect((await api(server.url, 'POST', '/api/leave', { token: tokens.primaryGroupLeader, body: { personId: 'demo-19', from: '2026-05-25', to: '2026-05-26' } })).status).toBe(201);
    const staff = await api<LeaveView[]>(server.url, 'GET', '/api/leave?unitId=th-dak-koi', { token: tokens.primaryPrincipal });
    expect(staff.body.map((leave) => leave.personId).sort()).toEqual([demo.primaryTeacher, 'demo-19']);
    const mine = await api<LeaveView[]>(server.url, 'GET', '/api/leave', { token: tokens.primaryTeacher });
    expect(mine.body.map((leave) => leave.id)).toEqual([own.body.id]);
  });

  it('shows who is on leave apart from the non-responders, and does not nudge them', async () => {
    const question = await api<QuestionView>(server.url, 'POST', '/api/progress/questions', {
      token: tokens.primaryPrincipal,
      body: { text: 'Thầy/cô đã nộp minh chứng chưa?', answerType: 'yes_no', unitId: 'th-dak-koi-to-1-3', audienceRoles: ['teacher'], schedule: { kind: 'once', date: '2026-05-25', time: '08:00' }, openDays: 3 },
    });
    await createScheduler(server.ctx, () => undefined).tick();
    const results = await api<QuestionResults>(server.url, 'GET', `/api/progress/questions/${question.body.id}/results`, { token: tokens.primaryPrincipal });
    expect(results.body.onLeave.map((person) => person.personId).sort()).toEqual([demo.primaryTeacher, 'demo-19']);
    expect(results.body.nonResponders.map((person) => person.personId)).not.toContain(demo.primaryTeacher);
    const nudged = await api<{ reminded: number }>(server.url, 'POST', `/api/progress/questions/${question.body.id}/remind`, { token: tokens.primaryPrincipal });
    expect(nudged.body.reminded).toBe(results.body.nonResponders.length);
  });

  it('shows and configures the nudge ladder per plan', async () => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: tokens.communeOfficer });
    const plan = plans.body.find((candidate) => candidate.issuerUnitId === 'xa-dak-koi')!;
    const detail = await api<{ obligations: Array<{ id: string; day: number | null }> }>(server.url, 'GET', `/api/plans/${plan.id}`, { token: tokens.communeOfficer });
    const obligationId = detail.body.obligations.find((obligation) => obligation.day === 30)!.id;
    const ladder = await api<NudgeLadder>(server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token: tokens.primaryPrincipal });
    expect(ladder.body).toMatchObject({ source: 'default', sendAt: '07:30' });
    expect(ladder.body.steps.map((step) => `${step.offset}:${step.tone}:${step.chase.join('+')}`)).toEqual(['14:gentle:', '7:gentle:', '3:gentle:', '1:firm:principal+issuer', '0:urgent:']);

    const bad = await api<Failure>(server.url, 'PUT', '/api/reminders/policy', { token: tokens.communeOfficer, body: { scopeType: 'plan', scopeId: plan.id, offsets: [10, 5, 0], sendAt: '07:30', steps: [{ offset: 4, tone: 'firm', chase: [] }] } });
    expect(bad.body.error.fields).toEqual({ 'steps.0.offset': 'Bậc nhắc 4 ngày không có trong các lần nhắc' });
    const steps = [{ offset: 5, tone: 'firm', chase: ['group_leader'] }, { offset: 2, tone: 'firm', chase: ['principal', 'issuer'] }];
    expect((await api(server.url, 'PUT', '/api/reminders/policy', { token: tokens.communeOfficer, body: { scopeType: 'plan', scopeId: plan.id, offsets: [10, 5, 2, 0], sendAt: '08:00', steps } })).status).toBe(200);
    const changed = await api<NudgeLadder>(server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token: tokens.primaryPrincipal });
    expect(changed.body.source).toBe('plan');
    expect(changed.body.steps.map((step) => `${step.offset}:${step.tone}:${step.chase.join('+')}`)).toEqual(['10:gentle:', '5:firm:group_leader', '2:firm:principal+issuer', '0:urgent:']);
  });
});
