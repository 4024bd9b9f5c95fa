import type { NudgeLadder, PlanDetail, PlanSummary, ReminderAckRoster } from '@tds/shared';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { browserAvailable } from '../support/browser';
import { demo, demoUnitIds } from '../support/demo';
import { ensureCommunePlanPublished, settle, text, usePhoneApp, visible } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

/** 20/5/2026 10:00 in Vietnam: ten days before the commune's 30/5 dossier. */
const now = new Date('2026-05-20T03:00:00Z');

describe.runIf(browserAvailable() && storeAvailable())(`the nudge ladder of a deadline, in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('nudge-ladder', { now, seed: (server) => ensureCommunePlanPublished(server.url) });

  /** The commune plan and its 30/5 dossier, as the officer's API sees them. */
  async function communeDossier() {
    const { token } = await signInAs(app.server.url, demo.communeOfficer);
    const plans = await api<PlanSummary[]>(app.server.url, 'GET', '/api/plans', { token });
    const plan = plans.body.find((candidate) => candidate.issuerUnitId === demoUnitIds.commune && candidate.status === 'published')!;
    const detail = await api<PlanDetail>(app.server.url, 'GET', `/api/plans/${plan.id}`, { token });
    const dossier = detail.body.obligations.find((obligation) => obligation.kind === 'dossier' && obligation.day === 30 && obligation.month === 5)!;
    return { planId: plan.id, obligationId: dossier.id, token };
  }

  /** From the home screen, as an officer would: Kế hoạch → the plan. */
  async function openPlan(planId: string) {
    const { page } = app;
    await page.getByTestId('tile-plans').click();
    await page.getByTestId(`plan-item-${planId}`).click();
    await expect.poll(() => visible(page.getByTestId('reader')), { timeout: 15_000 }).toBe(true);
  }

  /** The commune officer, signed in, opens the 30/5 dossier's reminders from its plan. */
  async function officerOpensDossierReminders() {
    const { page } = app;
    const dossier = await communeDossier();
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await openPlan(dossier.planId);
    await page.locator(`[data-ob="${dossier.obligationId}"]`).first().click();
    await page.getByTestId('obligation-reminders').click();
    return dossier;
  }

  /** Back to the plan from a deadline's reminders, and in again: the screen loads afresh. */
  async function reopenLadder(obligationId: string) {
    const { page } = app;
    await page.getByTestId('header-back').click();
    await expect.poll(() => visible(page.getByTestId('reader')), { timeout: 15_000 }).toBe(true);
    await page.locator(`[data-ob="${obligationId}"]`).first().click();
    await page.getByTestId('obligation-reminders').click();
  }

  it('a commune officer opens a deadline’s reminders from the plan, fixes a wrong step, adds one and marks it not important', async () => {
    const { page } = app;
    const { planId, obligationId, token } = await communeDossier();
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await openPlan(planId);
    await page.locator(`[data-ob="${obligationId}"]`).first().click();
    await expect.poll(() => visible(page.getByTestId('obligation-reminders'))).toBe(true);
    await app.shot('obligation-detail-reminders');
    await page.getByTestId('obligation-reminders').click();

    // The resolved ladder: the default 14/7/3/1/0, the day before telling principals and the commune.
    await expect.poll(() => page.locator('[data-testid^="ladder-edit-step-"]').count(), { timeout: 15_000 }).toBe(5);
    expect(await text(page.getByTestId('ladder-source'))).toContain('mặc định');
    expect(await page.getByTestId('ladder-offset-3').inputValue()).toBe('1');
    expect(await page.getByTestId('ladder-tone-3').inputValue()).toBe('firm');
    expect(await page.getByTestId('ladder-chase-3-principal').isChecked()).toBe(true);
    expect(await page.getByTestId('ladder-chase-3-issuer').isChecked()).toBe(true);
    expect(await page.getByTestId('ladder-important').isChecked()).toBe(true);
    await app.shot('ladder-default');

    // Errors under the fields: a day past 60, a repeated day, a time that is not one.
    await page.getByTestId('ladder-offset-0').fill('75');
    await page.getByTestId('ladder-offset-2').fill('7');
    await page.getByTestId('ladder-send-at').fill('25:00');
    await page.getByTestId('ladder-save').click();
    await expect.poll(() => text(page.getByTestId('field-error-steps.0.offset'))).toBe('Số ngày từ 0 đến 60');
    expect(await text(page.getByTestId('field-error-sendAt'))).toBe('Giờ phải có dạng HH:mm');
    await page.getByTestId('ladder-offset-0').fill('10');
    await page.getByTestId('ladder-save').click();
    await expect.poll(() => text(page.getByTestId('field-error-steps.1.offset'))).toBe('Các lần nhắc không được trùng nhau');
    expect(await text(page.getByTestId('field-error-steps.2.offset'))).toBe('Các lần nhắc không được trùng nhau');
    await app.shot('ladder-errors', page.getByTestId('field-error-steps.1.offset'));

    // Fixed: 10, 5 (firm, telling the tổ trưởng), 1, 0, a new step at 2 telling the principal; 08:00.
    await page.getByTestId('ladder-offset-2').fill('5');
    await page.getByTestId('ladder-tone-2').selectOption('firm');
    await page.getByTestId('ladder-chase-2-group_leader').check();
    await page.getByTestId('ladder-send-at').fill('');
    await page.getByTestId('ladder-send-at').fill('0800');
    await page.getByTestId('ladder-remove-1').click();
    await page.getByTestId('ladder-add').click();
    await expect.poll(() => page.getByTestId('ladder-offset-4').inputValue()).toBe('2');
    await page.getByTestId('ladder-chase-4-principal').check();
    await page.getByTestId('ladder-save').click();
    await expect.poll(() => text(page.getByTestId('ladder-source'))).toContain('cài đặt riêng cho hạn này');

    await page.getByTestId('ladder-important').uncheck();
    const ladderNow = async () => (await api<NudgeLadder>(app.server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token })).body;
    await expect.poll(async () => (await ladderNow()).important, { timeout: 15_000 }).toBe(false);
    await settle(page);
    const saved = { body: await ladderNow() };
    expect(saved.body).toMatchObject({ source: 'obligation', sendAt: '08:00', important: false });
    expect(saved.body.steps.map((step) => `${step.offset}:${step.tone}:${step.chase.join('+')}`)).toEqual(['10:gentle:', '5:firm:group_leader', '2:gentle:principal', '1:firm:principal+issuer', '0:urgent:']);
    await app.shot('ladder-saved', page.getByTestId('ladder-obligation'));
  });

  it('the officer drops the deadline’s own setting, then saves one ladder for every deadline of the plan', async () => {
    const { page } = app;
    // Another deadline of the plan keeps a setting of its own: the plan-wide choice says it will not reach it.
    const dossier = await communeDossier();
    const siblings = (await api<PlanDetail>(app.server.url, 'GET', `/api/plans/${dossier.planId}`, { token: dossier.token })).body.obligations.filter((obligation) => obligation.id !== dossier.obligationId);
    const [other, ownSetting] = [siblings[0]!, siblings[1]!];
    const own = { scopeType: 'obligation', scopeId: ownSetting.id, offsets: [3, 0], sendAt: '07:00' };
    expect((await api(app.server.url, 'PUT', '/api/reminders/policy', { token: dossier.token, body: own })).status).toBe(200);
    const { token } = await officerOpensDossierReminders();
    await expect.poll(() => text(page.getByTestId('ladder-source')), { timeout: 15_000 }).toContain('cài đặt riêng cho hạn này');
    expect(await text(page.locator('label', { has: page.getByTestId('ladder-scope-plan') }))).toBe('Mọi hạn của kế hoạch (trừ 1 hạn có cài đặt riêng)');

    await page.getByTestId('ladder-drop-own').click();
    await expect.poll(() => text(page.getByTestId('ladder-source'))).toContain('mặc định');
    expect(await page.getByTestId('ladder-drop-own').count()).toBe(0);
    expect(await page.getByTestId('ladder-send-at').inputValue()).toBe('07:30');
    expect(await page.locator('[data-testid^="ladder-edit-step-"]').count()).toBe(5);

    await page.getByTestId('ladder-send-at').fill('');
    await page.getByTestId('ladder-send-at').fill('0900');
    await page.getByTestId('ladder-scope-plan').check();
    await page.getByTestId('ladder-save').click();
    await expect.poll(() => text(page.getByTestId('ladder-source'))).toContain('cài đặt của kế hoạch');
    expect(await page.getByTestId('ladder-scope-plan').isChecked()).toBe(true);
    await app.shot('ladder-plan-wide', page.getByTestId('ladder-source'));

    // The plan's other deadlines follow it too, but for the one with its own setting.
    const ladderOf = async (id: string) => (await api<NudgeLadder>(app.server.url, 'GET', `/api/reminders/ladder/${id}`, { token })).body;
    expect(await ladderOf(other.id)).toMatchObject({ source: 'plan', sendAt: '09:00' });
    expect(await ladderOf(ownSetting.id)).toMatchObject({ source: 'obligation', sendAt: '07:00' });
    expect((await api(app.server.url, 'DELETE', `/api/reminders/policy/obligation/${ownSetting.id}`, { token })).status).toBe(204);
  });

  it('a principal reading the commune’s plan sees no reminder settings for it', async () => {
    const { page } = app;
    const { planId, obligationId } = await communeDossier();
    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await openPlan(planId);
    await page.locator(`[data-ob="${obligationId}"]`).first().click();
    await expect.poll(() => visible(page.getByTestId('obligation-detail'))).toBe(true);
    expect(await page.getByTestId('obligation-reminders').count()).toBe(0);
  });

  it('the officer marks the dossier important again, sees who confirmed its reminder per school, and re-sends to the others once', async () => {
    const { page } = app;
    const { obligationId, token } = await officerOpensDossierReminders();
    await expect.poll(() => visible(page.getByTestId('ladder-important')), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('reminder-ack-section').count()).toBe(0);
    await page.getByTestId('ladder-important').check();
    // The box shows ticked while the change is on its way: wait for the server to have it.
    await expect.poll(async () => (await api<NudgeLadder>(app.server.url, 'GET', `/api/reminders/ladder/${obligationId}`, { token })).body.important, { timeout: 15_000 }).toBe(true);

    // The server's own minute scheduler may already have sent today's reminder while the dossier was
    // not important (a reminder goes out once per step, and the first test unmarked it): start the
    // day's reminders afresh, as on a morning when the mark was set before they went out.
    await app.server.ctx.store.db.deleteFrom('outbox').where('dedupe_key', 'like', `reminder:${obligationId}:2026-05-30:%`).execute();
    // 20/05 is seven working days before 30/05: the plan's ladder reminds the principals at 09:00, asking for "Đã nhận".
    await createScheduler(app.server.ctx, () => undefined).tick();
    const principal = await signInAs(app.server.url, demo.primaryPrincipal);
    expect((await api(app.server.url, 'POST', '/api/acknowledgements', { token: principal.token, body: { kind: 'reminder', subjectId: `${obligationId}:2026-05-30` } })).status).toBe(200);
    await reopenLadder(obligationId);
    const section = page.getByTestId('reminder-ack-section');
    await expect.poll(() => visible(section), { timeout: 15_000 }).toBe(true);
    expect(await text(section)).toContain('Nhắc cho hạn 30/05/2026');
    expect(await text(page.getByTestId('reminder-ack-totals'))).toMatch(/^Đã xác nhận 1 · chưa xác nhận \d+/);
    await page.getByTestId(`ack-unit-${demoUnitIds.primary}`).locator('summary').click();
    expect(await text(page.getByTestId(`ack-person-${demo.primaryPrincipal}`))).toContain('Đã xác nhận');
    await section.scrollIntoViewIfNeeded();
    await app.shot('reminder-acks', section);

    // Those whose reminder has reached them by now get it again, once however often it is tapped.
    await expect.poll(async () => (await api<ReminderAckRoster>(app.server.url, 'GET', `/api/reminders/acknowledgements/${obligationId}`, { token })).body.resendable, { timeout: 15_000 }).toBeGreaterThan(0);
    await reopenLadder(obligationId);
    const resend = page.getByTestId('reminder-ack-resend');
    await expect.poll(() => resend.isEnabled(), { timeout: 15_000 }).toBe(true);
    const count = Number(/\((\d+)\)$/.exec((await text(resend)) ?? '')![1]);
    await resend.dblclick();
    const resent = () => app.server.ctx.store.db.selectFrom('outbox').select('recipient_person_id').where('dedupe_key', 'like', `ack-resend:${obligationId}:2026-05-30:%`).execute();
    await expect.poll(async () => (await resent()).length, { timeout: 15_000 }).toBe(count);
    await settle(page);
    expect(await resent()).toHaveLength(count);
    expect((await resent()).map((row) => row.recipient_person_id)).not.toContain(demo.primaryPrincipal);
  });
});
