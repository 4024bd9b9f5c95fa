import { askPeople } from '@tds/bot-server/features/progress/asks';
import { findQuestion } from '@tds/bot-server/features/progress/repo';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { occurrenceByKey, type AnnouncementView, type MyDeadline, type QuestionSchedule, type QuestionView } from '@tds/shared';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { browserAvailable } from '../support/browser';
import { demo, demoUnitIds } from '../support/demo';
import { ensureCommunePlanPublished, goHome, settle, text, usePhoneApp, visible } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

/** 20/5/2026 10:00 in Vietnam, for the server and the phone alike: ten days before the commune's 30/5 dossier. */
const now = new Date('2026-05-20T03:00:00Z');
const questionText = 'Thầy cô đã nộp hồ sơ thi đua năm học này chưa?';
const aheadText = 'Thứ Sáu này thầy cô có dự sinh hoạt chuyên môn không?';
const lateText = 'Thầy cô đã nộp kế hoạch bài dạy tuần trước chưa?';
const announcementText = 'Đề nghị các trường hoàn thiện hồ sơ thi đua và gửi về UBND xã trước ngày 30/5/2026.';

/** The suffix of the test id of the first element whose id starts with `prefix`. */
async function idAfter(locator: Locator, prefix: string): Promise<string> {
  return ((await locator.getAttribute('data-testid')) ?? '').slice(prefix.length);
}

describe.runIf(browserAvailable() && storeAvailable())(`progress questions, "Hạn của tôi" and announcements in the mini app, in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('progress-announcements', { now });
  let questionId = '';
  let lateQuestionId = '';

  it('the principal asks the teachers of the school a yes/no question, once, now', async () => {
    const { page } = app;
    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await page.getByTestId('tile-progress').click();
    await page.getByTestId('progress-tab-unit').click();
    await expect.poll(() => visible(page.getByTestId('unit-questions-empty')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => visible(page.getByTestId('paused-empty')), { timeout: 15_000 }).toBe(true);
    await app.shot('unit-questions-empty');

    await page.getByTestId('question-create').click();
    await expect.poll(() => page.getByTestId('question-unit').inputValue(), { timeout: 15_000 }).toBe(demoUnitIds.primary);
    expect(await page.getByTestId('question-date').inputValue()).toBe('20/05/2026');
    expect(await page.getByTestId('question-time').inputValue()).toBe('10:00');
    expect(await page.getByTestId('question-role-teacher').isChecked()).toBe(true);
    expect(await page.getByTestId('question-type-yes_no').getAttribute('aria-checked')).toBe('true');

    // Too short, and no role: refused on the phone, in Vietnamese, under each field.
    await page.getByTestId('question-text').fill('Nộp?');
    await page.getByTestId('question-role-teacher').uncheck();
    await page.getByTestId('question-submit').click();
    await expect.poll(() => text(page.getByTestId('field-error-text'))).toBe('Câu hỏi quá ngắn');
    expect(await text(page.getByTestId('field-error-audienceRoles'))).toBe('Chọn ít nhất một vai trò được hỏi');
    await app.shot('create-errors');

    await page.getByTestId('question-text').fill(questionText);
    await page.getByTestId('question-role-teacher').check();
    await page.getByTestId('question-submit').scrollIntoViewIfNeeded();
    await app.shot('create-filled');
    await page.getByTestId('question-submit').click();
    const item = page.locator('[data-testid^="question-results-"]', { hasText: questionText });
    await expect.poll(() => visible(item), { timeout: 15_000 }).toBe(true);
    expect(await text(item)).toContain('Một lần, 10:00 ngày 20/05/2026');
    questionId = await idAfter(item, 'question-results-');
    await app.shot('unit-questions');

    // Two more, through the API, so the teacher meets every kind of answer control.
    const principal = await signInAs(app.server.url, demo.primaryPrincipal);
    const base = { unitId: demoUnitIds.primary, audienceRoles: ['teacher'], schedule: { kind: 'once', date: '2026-05-20', time: '10:00' }, openDays: 3 };
    for (const body of [
      { ...base, text: 'Hồ sơ thi đua của thầy cô đang ở bước nào?', answerType: 'choice', choices: ['Đã nộp', 'Đang hoàn thiện', 'Chưa bắt đầu'] },
      { ...base, text: 'Lớp thầy cô có bao nhiêu em đã làm xong bài kiểm tra kỹ năng số?', answerType: 'number' },
    ]) {
      expect((await api(app.server.url, 'POST', '/api/progress/questions', { token: principal.token, body })).status).toBe(201);
    }

    // The scheduler's minute: the question goes out to the school's teachers.
    await createScheduler(app.server.ctx, () => undefined).tick();

    // A weekly one the teachers may answer ahead (next asked Friday 22/05), and one asked on 10/05
    // that closed on 13/05, asked back then through the scheduler's own code.
    const weekly = { ...base, text: aheadText, answerType: 'yes_no', schedule: { kind: 'weekly', weekday: 5, time: '08:00' } };
    expect((await api(app.server.url, 'POST', '/api/progress/questions', { token: principal.token, body: weekly })).status).toBe(201);
    const past = await api<QuestionView>(app.server.url, 'POST', '/api/progress/questions', { token: principal.token, body: { ...base, text: lateText, answerType: 'yes_no', schedule: { kind: 'once', date: '2026-05-10', time: '08:00' } } });
    lateQuestionId = past.body.id;
    const { ctx } = app.server;
    const question = (await findQuestion(ctx.store.db, lateQuestionId))!;
    const round = occurrenceByKey(JSON.parse(question.schedule) as QuestionSchedule, question.open_days, 'once')!;
    const teachers = await ctx.store.db.selectFrom('people').select('id').where('unit_id', 'like', `${demoUnitIds.primary}%`).where('role', '=', 'teacher').execute();
    await ctx.store.transact((trx) => askPeople(trx, question, round, teachers.map((teacher) => teacher.id), round.opensAt, true));
  });

  it('a teacher answers “Có” in the mini app, changes it, and answers a choice and a number', async () => {
    const { page } = app;
    await app.signIn(demo.primaryTeacher, 'Y Vân');
    await expect.poll(() => text(page.getByTestId('tile-count-progress')), { timeout: 15_000 }).toBe('3');
    await app.shot('teacher-home');
    await page.getByTestId('tile-progress').click();
    const card = page.getByTestId(`question-${questionId}`);
    await expect.poll(() => visible(card), { timeout: 15_000 }).toBe(true);
    expect(await text(card)).toContain(questionText);
    expect(await text(card)).toContain('Nhận trả lời đến 10:00 27/05/2026');
    expect(await page.getByTestId('progress-tab-unit').count()).toBe(0);
    await app.shot('teacher-questions');

    // "Không" first, then changed to "Có": the last answer counts.
    await card.getByTestId('answer-no').click();
    await expect.poll(() => text(card.getByTestId('answer-current'))).toContain('Đã ghi nhận: Không');
    await card.getByTestId('answer-yes').click();
    await expect.poll(() => text(card.getByTestId('answer-current'))).toContain('Đã ghi nhận: Có');
    expect(await card.getByTestId('answer-yes').getAttribute('aria-pressed')).toBe('true');
    expect(await card.getByTestId('answer-no').getAttribute('aria-pressed')).toBe('false');

    const choice = page.locator('[data-testid^="question-"]', { hasText: 'đang ở bước nào' });
    await choice.getByTestId('answer-choice-2').click();
    await expect.poll(() => text(choice.getByTestId('answer-current'))).toContain('Đã ghi nhận: Đang hoàn thiện');

    const number = page.locator('[data-testid^="question-"]', { hasText: 'bài kiểm tra kỹ năng số' });
    await number.getByTestId('answer-number').fill('mười hai');
    await number.getByTestId('answer-submit').click();
    await expect.poll(() => text(number.getByTestId('answer-error'))).toBe('Vui lòng trả lời bằng số, ví dụ "12" hoặc "12/15".');
    await number.scrollIntoViewIfNeeded();
    await app.shot('teacher-number-hint');
    await number.getByTestId('answer-number').fill('12 trên 15');
    await number.getByTestId('answer-submit').click();
    await expect.poll(() => text(number.getByTestId('answer-current'))).toContain('Đã ghi nhận: 12/15');
    expect(await number.getByTestId('answer-number').inputValue()).toBe('12/15');
    expect(await text(number.getByTestId('answer-submit'))).toBe('Sửa câu trả lời');
    await card.scrollIntoViewIfNeeded();
    await app.shot('teacher-answered');

    // Friday's round, answered ahead: the bot will not ask it.
    const ahead = page.getByTestId('my-questions-upcoming').locator('article', { hasText: aheadText });
    expect(await text(ahead.getByTestId('answer-ahead'))).toBe('Trả lời trước');
    expect(await text(ahead.getByTestId('question-when'))).toBe('Bot sẽ hỏi lúc 08:00 22/05/2026');
    await ahead.getByTestId('answer-yes').click();
    await expect.poll(() => text(ahead.getByTestId('answer-current'))).toContain('Đã ghi nhận: Có · đã trả lời trước, bot sẽ không hỏi lại');
    await ahead.scrollIntoViewIfNeeded();
    await app.shot('teacher-answered-ahead');

    // The round that closed on 13/05: a first answer is still kept, marked late, and then cannot change.
    const late = page.getByTestId('my-questions-closed').locator('article', { hasText: lateText });
    expect(await text(late.getByTestId('question-when'))).toBe('Đã đóng lúc 08:00 13/05/2026 · trả lời bây giờ được ghi nhận là trễ hạn');
    await late.getByTestId('answer-no').click();
    await expect.poll(() => text(late.getByTestId('answer-current'))).toContain('Đã ghi nhận: Không · trễ hạn');
    expect(await late.getByTestId('answer-yes').count()).toBe(0);
    await late.scrollIntoViewIfNeeded();
    await app.shot('teacher-answered-late');
    await goHome(page);
    await expect.poll(() => page.getByTestId('tile-count-progress').count()).toBe(0);
  });

  it('the principal sees the answer, the distribution and reminds the others once', async () => {
    const { page } = app;
    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await page.getByTestId('tile-progress').click();
    await page.getByTestId('progress-tab-unit').click();
    await page.getByTestId(`question-results-${questionId}`).click();
    await expect.poll(() => text(page.getByTestId('results-summary')), { timeout: 15_000 }).toContain('Đã trả lời 1/9');
    expect(await text(page.getByTestId('results-rate'))).toBe('Tỉ lệ trả lời: 11,1%');
    expect(await text(page.getByTestId('distribution-0'))).toBe('Có1 · 100%');
    expect(await text(page.getByTestId('distribution-1'))).toBe('Không0 · 0%');
    expect(await text(page.getByTestId('results-answers'))).toContain('Y Vân');
    expect(await text(page.getByTestId('results-answers'))).toContain('qua ứng dụng');
    expect(await page.locator('[data-testid^="non-responder-"]').count()).toBe(8);
    await app.shot('results');

    const remind = page.getByTestId('remind-button');
    expect(await text(remind)).toBe('Nhắc lại 8 người chưa trả lời');
    await remind.click();
    await expect.poll(() => text(page.getByTestId('remind-result'))).toBe('Đã nhắc lại 8 người chưa trả lời.');
    expect(await remind.isDisabled()).toBe(true);
    expect(await text(remind)).toBe('Đã nhắc lại hôm nay');
    await page.getByTestId('results-non-responders').scrollIntoViewIfNeeded();
    await app.shot('reminded');

    // The round that closed on 13/05: Y Vân's answer shows as late.
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId(`question-results-${lateQuestionId}`).click();
    await expect.poll(() => text(page.getByTestId('results-late')), { timeout: 15_000 }).toBe(' · 1 trả lời trễ hạn');
    expect(await text(page.getByTestId(`answer-row-${demo.primaryTeacher}`))).toContain('Khôngtrễ hạn');
    await page.getByTestId('results-answers').scrollIntoViewIfNeeded();
    await app.shot('results-late');
  });

  it('the principal marks the 30/05 dossier done in “Hạn của tôi”, for the school', async () => {
    await ensureCommunePlanPublished(app.server.url);
    const { page } = app;
    await goHome(page);
    await page.getByTestId('tile-deadlines').click();
    const dossier = page.locator('[data-testid^="deadline-item-"]', { hasText: 'Hạn 30/05/2026' }).first();
    await expect.poll(() => visible(dossier), { timeout: 15_000 }).toBe(true);
    const obligationId = await idAfter(dossier, 'deadline-item-');
    const toggle = page.getByTestId(`deadline-done-${obligationId}`);
    expect(await text(toggle)).toBe('Đánh dấu đã xong');
    expect(await text(dossier)).toContain('Còn 10 ngày');
    await app.shot('deadlines');

    await toggle.click();
    await expect.poll(() => text(page.getByTestId(`deadline-done-chip-${obligationId}`))).toBe('✓ Đã xong');
    await expect.poll(() => toggle.isDisabled()).toBe(false);
    expect(await text(toggle)).toBe('✓Bỏ đánh dấu');
    await app.shot('deadline-done');

    // Recorded on the server, for the school: the vice principal sees it done too.
    const vice = await signInAs(app.server.url, 'demo-16'); // A Khoa, Phó Hiệu trưởng of the same school
    const deadlines = await api<MyDeadline[]>(app.server.url, 'GET', '/api/me/deadlines', { token: vice.token });
    expect(deadlines.body.find((row) => row.obligationId === obligationId)?.done).toBe(true);
  });

  it('the commune officer sends an announcement that asks for “Đã nhận” to every principal and watches it reach all 6', async () => {
    const { page } = app;
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await page.getByTestId('tile-announcements').click();
    await page.getByTestId('compose-open').click();
    await expect.poll(() => visible(page.getByTestId('compose-text')), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('compose-role-principal').isChecked()).toBe(true);
    expect(await page.getByTestId('compose-units-all').isChecked()).toBe(true);
    await page.getByTestId('compose-text').fill(announcementText);
    expect(await text(page.getByTestId('compose-count'))).toBe(`${announcementText.length}/3.000 ký tự`);

    await page.getByTestId('compose-preview').click();
    await expect.poll(() => text(page.getByTestId('preview-recipients')), { timeout: 15_000 }).toBe('6');
    for (const school of [demoUnitIds.kindergarten, demoUnitIds.primary, demoUnitIds.secondary]) {
      expect(await text(page.getByTestId(`preview-unit-${school}`))).toMatch(/2\s*0$/);
    }
    await page.getByTestId('compose-preview-result').scrollIntoViewIfNeeded();
    await app.shot('compose-preview');
    await page.getByTestId('compose-requires-ack').check();
    await page.getByTestId('compose-requires-ack').scrollIntoViewIfNeeded();
    await app.shot('compose-requires-ack');

    await page.getByTestId('compose-send').click();
    await expect.poll(() => text(page.getByTestId('confirm'))).toContain('Thông báo sẽ đến 6 người (6 người qua Zalo).');
    await app.shot('compose-confirm');
    await page.getByTestId('confirm-ok').click();

    await expect.poll(() => visible(page.getByTestId('delivery-totals')), { timeout: 15_000 }).toBe(true);
    expect(await text(page.getByTestId('delivery-total-recipients'))).toBe('Người nhận6');
    const sent = page.getByTestId('delivery-total-sent');
    await expect
      .poll(
        async () => {
          if ((await text(sent)) !== 'Đã gửi qua Zalo6') await page.getByTestId('delivery-refresh').click();
          return text(sent);
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe('Đã gửi qua Zalo6');
    expect(await text(page.getByTestId(`delivery-unit-${demoUnitIds.primary}`))).toContain('2 người · đã gửi 2 · đã đọc 0 · đã xác nhận 0 · chưa xác nhận 2');
    expect(await text(page.getByTestId('ack-totals'))).toBe('Đã xác nhận 0 · chưa xác nhận 6');
    await app.shot('delivery');

    // "Đã gửi" lists it, leading back to the report.
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId('announcements-tab-sent').click();
    await expect.poll(() => page.getByTestId('sent-list').locator('button').count()).toBe(1);
    expect(await text(page.getByTestId('sent-list'))).toContain('6 người nhận');
    await app.shot('sent-list');
  });

  it('the principal finds it unread in “Thông báo”; opening it marks it read', async () => {
    const { page } = app;
    const principal = await signInAs(app.server.url, demo.primaryPrincipal);
    const feed = await api<AnnouncementView[]>(app.server.url, 'GET', '/api/announcements', { token: principal.token });
    const announcementId = feed.body.find((row) => row.text === announcementText)?.id ?? '';
    expect(announcementId).not.toBe('');

    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await expect.poll(() => text(page.getByTestId('tile-count-announcements')), { timeout: 15_000 }).toBe('1');
    await app.shot('principal-home');
    await page.getByTestId('tile-announcements').click();
    const item = page.getByTestId(`announcement-${announcementId}`);
    await expect.poll(() => visible(item), { timeout: 15_000 }).toBe(true);
    expect(await item.getByTestId('unread-dot').count()).toBe(1);
    expect(await text(item)).toContain('Nguyễn Thị Thu Hà');
    expect(await text(page.getByTestId(`ack-${announcementId}`))).toBe('Đã nhận');
    await app.shot('feed-unread');

    await item.click();
    await expect.poll(() => text(page.getByTestId('announcement-text')), { timeout: 15_000 }).toBe(announcementText);
    await expect.poll(() => text(page.getByTestId('announcement-read'))).toBe('Đã đọc lúc 10:00 20/05/2026');
    await page.getByTestId('announcement-ack').click();
    await expect.poll(() => text(page.getByTestId('announcement-ack-done'))).toBe('✓ Đã xác nhận lúc 10:00 20/05/2026');
    await app.shot('announcement-read');

    await page.getByTestId('header-back').click();
    await settle(page);
    expect(await item.getByTestId('unread-dot').count()).toBe(0);
    await app.shot('feed-read');
    await goHome(page);
    expect(await page.getByTestId('tile-count-announcements').count()).toBe(0);

    const after = await api<AnnouncementView>(app.server.url, 'GET', `/api/announcements/${announcementId}`, { token: principal.token });
    expect(after.body.readAt).not.toBeNull();
    expect(after.body.acknowledgedAt).not.toBeNull();
  });

  it('the commune officer sees who confirmed per unit and re-sends to the other 5 once, however often tapped', async () => {
    const { page } = app;
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    // "Đã gửi" is kept by the server: signed in again (on any phone), the officer finds it there.
    await page.getByTestId('tile-announcements').click();
    await page.getByTestId('announcements-tab-sent').click();
    await page.getByTestId('sent-list').locator('button').first().click();
    await expect.poll(() => text(page.getByTestId('ack-totals')), { timeout: 15_000 }).toBe('Đã xác nhận 1 · chưa xác nhận 5');
    const school = page.getByTestId(`ack-unit-${demoUnitIds.primary}`);
    expect(await text(school.locator('summary'))).toContain('1/2 đã xác nhận');
    await school.locator('summary').click();
    expect(await text(page.getByTestId(`ack-person-${demo.primaryPrincipal}`))).toBe('Lương Văn HùngĐã xác nhận');
    await school.scrollIntoViewIfNeeded();
    await app.shot('delivery-acks');

    const resend = page.getByTestId('ack-resend');
    expect(await text(resend)).toBe('Gửi lại cho người chưa xác nhận (5)');
    await resend.dblclick();
    await expect.poll(async () => (await app.server.ctx.store.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'ack-resend:%').execute()).length, { timeout: 15_000 }).toBe(5);
    await settle(page);
    expect((await app.server.ctx.store.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'ack-resend:%').execute()).length).toBe(5);
    await app.shot('delivery-resent');
  });

  it('a principal confirms the dossier reminder in “Hạn của tôi” and chooses one digest a day', async () => {
    await createScheduler(app.server.ctx, () => undefined).tick();
    const { page } = app;
    await app.signIn(demo.secondaryPrincipal, 'Đỗ Quang Vinh');
    await page.getByTestId('tile-deadlines').click();
    const card = page.getByTestId('reminder-acks');
    await expect.poll(() => visible(card), { timeout: 15_000 }).toBe(true);
    expect(await text(card)).toContain('(hạn 30/05/2026)');
    await card.locator('[data-testid^="reminder-ack-button-"]').first().click();
    await expect.poll(() => text(card.locator('.ack-done').first())).toBe('✓ Đã xác nhận lúc 10:00 20/05/2026');
    await app.shot('reminder-ack');

    await goHome(page);
    const digest = page.getByTestId('digest-card');
    await digest.scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('digest-each').isChecked(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('digest-daily').check();
    await page.getByTestId('digest-time').fill('23:30');
    await page.getByTestId('digest-save').click();
    await expect.poll(() => text(page.getByTestId('digest-error'))).toBe('Chọn giờ trong khoảng 07:00–21:00');
    await page.getByTestId('digest-time').fill('16:30');
    await page.getByTestId('digest-save').click();
    await expect.poll(() => page.getByTestId('digest-error').count()).toBe(0);
    await app.shot('digest-setting');
    const principal = await signInAs(app.server.url, demo.secondaryPrincipal);
    await expect.poll(async () => (await api<{ digestAt: string | null }>(app.server.url, 'GET', '/api/me/digest', { token: principal.token })).body.digestAt).toBe('16:30');
  });
});

