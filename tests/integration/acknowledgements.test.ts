import { randomUUID } from 'node:crypto';
import { ACK_HINT, type AckRequestView, type AckRoster, type AnnouncementDelivery, type AnnouncementView, type ApiError, type QuestionView, type ResendResult } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { clockedSessions, vnClock } from '../support/vn-clock';

describe.runIf(storeAvailable())(`"Đã nhận" acknowledgements (${storeKind})`, () => {
  let server: TestServer;
  // A weekday morning: progress questions are not asked in quiet hours.
  const clock = vnClock('2026-05-11T09:00:00');
  const session = clockedSessions(() => server.url, clock);
  const tokenOf = (who: keyof typeof demo) => session(demo[who]);
  const announce = async (text: string, requiresAck: boolean) => {
    const sent = await api<AnnouncementView>(server.url, 'POST', '/api/announcements', { token: await tokenOf('primaryPrincipal'), body: { text, roles: ['teacher'], requiresAck }, headers: { 'idempotency-key': randomUUID() } });
    expect(sent.status).toBe(201);
    return sent.body;
  };
  const report = async (id: string) => (await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${id}/delivery`, { token: await tokenOf('primaryPrincipal') })).body;
  const acknowledge = async (who: keyof typeof demo, body: unknown) => api<AckRequestView & ApiError>(server.url, 'POST', '/api/acknowledgements', { token: await tokenOf(who), body });
  const resend = async (who: keyof typeof demo, id: string, key: string) => api<ResendResult & ApiError>(server.url, 'POST', `/api/announcements/${id}/resend`, { token: await tokenOf(who), body: {}, headers: { 'idempotency-key': key } });

  /** Says something as the teacher in the bot chat and returns the bot's answer. */
  async function say(text: string): Promise<string> {
    const control = server.sandbox!.simulator.control;
    const chat = (await server.ctx.store.db.selectFrom('people').select('bot_user_id').where('id', '=', demo.primaryTeacher).executeTakeFirstOrThrow()).bot_user_id!;
    const before = control.transcript(chat).at(-1)?.seq ?? 0;
    await control.userSays(chat, text).delivered;
    let reply = '';
    await expect.poll(() => (reply = control.transcript(chat, before).find((entry) => entry.side === 'bot' && !entry.text?.startsWith('Thông báo'))?.text ?? ''), { timeout: 5000 }).not.toBe('');
    return reply;
  }

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses confirmations without a session, of someone else’s message, of one that asks for none, and malformed ones', async () => {
    const asked = await announce('Thầy cô xác nhận đã nhận lịch họp hội đồng thi đua ngày 20/5.', true);
    const plain = await announce('Thư viện nhà trường mở cửa cả ngày thứ Bảy tuần này.', false);
    expect((await api(server.url, 'POST', '/api/acknowledgements', { body: { kind: 'announcement', subjectId: asked.id } })).status).toBe(401);
    const bad = await acknowledge('primaryTeacher', { kind: 'thư', subjectId: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ kind: 'Loại tin không hợp lệ', subjectId: 'Thiếu tin cần xác nhận' });
    const notMine = await acknowledge('secondaryPrincipal', { kind: 'announcement', subjectId: asked.id });
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.fields?.subjectId).toBe('Tin này không gửi cho bạn');
    const notAsked = await acknowledge('primaryTeacher', { kind: 'announcement', subjectId: plain.id });
    expect(notAsked.status).toBe(400);
    expect(notAsked.body.error.fields?.subjectId).toMatch(/không yêu cầu xác nhận/);
    expect((await resend('primaryPrincipal', plain.id, randomUUID())).body.error.fields?.announcementId).toMatch(/không yêu cầu xác nhận/);
    expect((await resend('primaryTeacher', asked.id, randomUUID())).status).toBe(403);
  });

  it('confirms in the app, by "đã nhận" in the bot (the latest first), and reports per unit apart from the unreachable', async () => {
    const first = await announce('Nộp kế hoạch bài dạy chuyển đổi số trước ngày 25/5.', true);
    const second = await announce('Tập huấn Bình dân học vụ số chiều thứ Năm tại phòng Tin học.', true);
    await expect.poll(async () => (await report(second.id)).totals.pending, { timeout: 15_000 }).toBe(0);
    const outbox = await server.ctx.store.db.selectFrom('outbox').select('payload').where('dedupe_key', '=', `announcement:${second.id}:${demo.primaryTeacher}`).executeTakeFirstOrThrow();
    expect(JSON.parse(outbox.payload).text).toContain(ACK_HINT);

    expect(await say('Da nhan a')).toBe('Đã ghi nhận bạn xác nhận «Đã nhận»: Tập huấn Bình dân học vụ số chiều thứ Năm tại phòng Tin học.');
    expect(await say('ĐÃ NHẬN')).toMatch(/Nộp kế hoạch bài dạy/);
    const inApp = await acknowledge('primaryGroupLeader', { kind: 'announcement', subjectId: first.id });
    expect(inApp.status).toBe(403);
    const twice = await acknowledge('primaryTeacher', { kind: 'announcement', subjectId: first.id });
    expect(twice.body.acknowledgedAt).not.toBeNull();

    const delivery = await report(first.id);
    expect(delivery.requiresAck).toBe(true);
    expect(delivery.totals).toMatchObject({ recipients: 9, notLinked: 1, acknowledged: 1, awaitingAck: 7 });
    const group = delivery.byUnit.find((unit) => unit.unitName === 'Tổ khối 1–2–3')!;
    expect(group).toMatchObject({ recipients: 5, notLinked: 1, acknowledged: 1, awaitingAck: 3, read: 1 });
    const roster = await api<AckRoster>(server.url, 'GET', `/api/announcements/${first.id}/acknowledgements`, { token: await tokenOf('primaryPrincipal') });
    const stateOf = (personId: string) => roster.body.people.find((person) => person.personId === personId)?.state;
    expect([stateOf(demo.primaryTeacher), stateOf(demo.primaryTeacherUnlinkedBot), stateOf('demo-19')]).toEqual(['acknowledged', 'not_linked', 'awaiting']);
    expect((await api(server.url, 'GET', `/api/announcements/${first.id}/acknowledgements`, { token: await tokenOf('secondaryPrincipal') })).status).toBe(403);
  });

  it('re-sends only to who received and did not confirm, once for a double tap', async () => {
    const notice = await announce('Cập nhật hồ sơ cá nhân trên phần mềm quản lý trước thứ Sáu.', true);
    await expect.poll(async () => (await report(notice.id)).totals.pending, { timeout: 15_000 }).toBe(0);
    await acknowledge('primaryTeacher', { kind: 'announcement', subjectId: notice.id });
    const key = randomUUID();
    const [a, b] = await Promise.all([resend('primaryPrincipal', notice.id, key), resend('primaryPrincipal', notice.id, key)]);
    expect(a.body).toEqual({ resent: 7 });
    expect(b.body).toEqual({ resent: 7 });
    const rows = await server.ctx.store.db.selectFrom('outbox').select(['recipient_person_id', 'payload']).where('dedupe_key', 'like', `ack-resend:${notice.id}:%`).execute();
    expect(rows).toHaveLength(7);
    expect(rows.map((row) => row.recipient_person_id)).not.toContain(demo.primaryTeacher);
    expect(rows.map((row) => row.recipient_person_id)).not.toContain(demo.primaryTeacherUnlinkedBot);
    expect(JSON.parse(rows[0]!.payload).text).toMatch(/^Nhắc lại: Thông báo từ Lương Văn Hùng/);
  });

  it('"1" answers an open yes/no question first and says how to confirm; with no question waiting it confirms', async () => {
    const leftovers = await api<AckRequestView[]>(server.url, 'GET', '/api/acknowledgements', { token: await tokenOf('primaryTeacher') });
    for (const request of leftovers.body.filter((open) => open.acknowledgedAt === null)) await acknowledge('primaryTeacher', request);
    await announce('Xác nhận tham dự chuyên đề dạy học STEM ngày 22/5.', true);
    const question = await api<QuestionView>(server.url, 'POST', '/api/progress/questions', {
      token: await tokenOf('primaryPrincipal'),
      body: { text: 'Thầy/cô đã cài ứng dụng VNeID chưa?', answerType: 'yes_no', unitId: 'th-dak-koi', audienceRoles: ['teacher'], schedule: { kind: 'once', date: '2026-05-11', time: '08:00' }, openDays: 3 },
    });
    expect(question.status).toBe(201);
    clock.set('2026-05-11T09:05:00');
    await createScheduler(server.ctx, () => undefined).tick();

    const answered = await say('1');
    expect(answered).toMatch(/^Đã ghi nhận câu trả lời «Có» cho câu hỏi: Thầy\/cô đã cài ứng dụng VNeID chưa\?/);
    expect(answered).toContain('hãy trả lời «Đã nhận»');
    expect(await say('1')).toMatch(/^Đã ghi nhận bạn xác nhận «Đã nhận»: Xác nhận tham dự chuyên đề/);
    // Nothing left to confirm: "1" corrects the answer again, as before.
    expect(await say('1')).toMatch(/^Đã ghi nhận câu trả lời «Có»/);
    expect(await say('đã nhận')).toBe('Không có tin nào đang chờ bạn xác nhận.');
  });

  it('asks principals to confirm the dossier reminder, and the app confirms that one', async () => {
    // 14 working days before Saturday 30/5: Tuesday 12/5 (reminders count the unit's working days).
    clock.set('2026-05-12T07:30:00');
    await createScheduler(server.ctx, () => undefined).tick();
    const mine = await api<AckRequestView[]>(server.url, 'GET', '/api/acknowledgements', { token: await tokenOf('primaryPrincipal') });
    const reminder = mine.body.find((request) => request.kind === 'reminder');
    expect(reminder).toMatchObject({ acknowledgedAt: null, label: expect.stringMatching(/\(hạn 30\/05\/2026\)$/) as unknown });
    const done = await acknowledge('primaryPrincipal', { kind: 'reminder', subjectId: reminder!.subjectId });
    expect(done.body.acknowledgedAt).toBe(clock.now().toISOString());
    expect((await acknowledge('primaryTeacher', { kind: 'reminder', subjectId: reminder!.subjectId })).status).toBe(403);
  });
});
