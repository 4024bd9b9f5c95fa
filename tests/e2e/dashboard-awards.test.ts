import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { NominationView, PlanSummary, SubmissionView } from '@tds/shared';
import type { Download, Locator, Page } from 'playwright-core';
import { askDueQuestions } from '@tds/bot-server/features/progress/asks';
import { describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { browserAvailable } from '../support/browser';
import { demo, demoUnitIds } from '../support/demo';
import { pngBytes, upload } from '../support/files';
import { idsOf, text, usePhoneApp, visible } from '../support/phone-app';
import { author, initiative, trainingCourse } from '../support/samples';
import type { TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/** 20/5/2026 10:00 in Vietnam, for the server and the phone alike: ten days before the commune's 30/5 dossier. */
const now = new Date('2026-05-20T03:00:00Z');

/** Y Vân, Đặng Văn Toàn, Bùi Thị Thùy Dung (primary), Y Nhuơng (kindergarten): each records a course. */
const trainedPeople = [demo.primaryTeacher, 'demo-19', 'demo-21', 'demo-07'];

/** Clicks and waits for the file the click saves; its name and first bytes. */
async function downloadBy(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The demo's activity before the officers look: training records, two sáng kiến (one approved), a progress question, one dossier done. */
async function seedActivity(server: TestServer): Promise<void> {
  const { url } = server;
  const token = async (personId: string) => (await signInAs(url, personId)).token;
  for (const personId of trainedPeople) {
    const personToken = await token(personId);
    const certificate = await upload(url, personToken, pngBytes(2048 + trainedPeople.indexOf(personId)), 'chung-chi.png');
    const data = trainingCourse([certificate.body.id]);
    const created = await api<SubmissionView>(url, 'POST', '/api/submissions', { token: personToken, body: { kind: 'training', data }, headers: { 'idempotency-key': randomUUID() } });
    expect(created.status).toBe(201);
  }
  const teacher = await token(demo.primaryTeacher);
  const approvedOne = await api<SubmissionView>(url, 'POST', '/api/submissions', { token: teacher, body: { kind: 'initiative', data: initiative([], { authors: [author('Y Vân')] }) }, headers: { 'idempotency-key': randomUUID() } });
  expect(approvedOne.status).toBe(201);
  const leader = await token(demo.primaryGroupLeader);
  expect((await api(url, 'POST', `/api/submissions/${approvedOne.body.id}/review`, { token: leader, body: { decision: 'approve', comment: '' } })).status).toBe(200);
  const colleague = await token('demo-19');
  const waiting = await api(url, 'POST', '/api/submissions', { token: colleague, body: { kind: 'initiative', data: initiative([], { title: 'Trò chơi học tập số cho giờ Toán lớp 2', authors: [author('Đặng Văn Toàn')] }) }, headers: { 'idempotency-key': randomUUID() } });
  expect(waiting.status).toBe(201);

  // A yes/no question to the six principals of the commune's schools, asked today as the scheduler does, one answer so far.
  const officer = await token(demo.communeOfficer);
  const question = await api<{ id: string }>(url, 'POST', '/api/progress/questions', {
    token: officer,
    body: { text: 'Trường đã gửi hồ sơ đề nghị khen thưởng lên xã chưa?', answerType: 'yes_no', unitId: demoUnitIds.commune, audienceRoles: ['principal'], schedule: { kind: 'once', date: '2026-05-20', time: '08:00' } },
  });
  expect(question.status).toBe(201);
  expect(await askDueQuestions(server.ctx, now)).toBe(6);
  const principal = await token(demo.primaryPrincipal);
  expect((await api(url, 'POST', `/api/progress/questions/${question.body.id}/answer`, { token: principal, body: { text: 'Có' } })).status).toBeLessThan(300);

  // The primary school has sent its 30/5 dossier to the commune; the two other schools have not.
  const plans = await api<PlanSummary[]>(url, 'GET', '/api/plans', { token: officer });
  const commune = plans.body.find((plan) => plan.issuerUnitId === demoUnitIds.commune)!;
  const detail = await api<{ obligations: Array<{ id: string; day: number | null; month: number | null; recurrence: string }> }>(url, 'GET', `/api/plans/${commune.id}`, { token: officer });
  const dossier = detail.body.obligations.find((obligation) => obligation.day === 30 && obligation.month === 5 && obligation.recurrence === 'yearly')!;
  expect((await api(url, 'POST', `/api/plans/${commune.id}/obligations/${dossier.id}/done`, { token: principal, body: {} })).status).toBeLessThan(300);
}

describe.runIf(browserAvailable() && storeAvailable())(`dashboard and awards in the mini app, in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('dashboard-awards', { now, seed: seedActivity });

  it('the commune officer compares the schools, sorts, filters, drills into a school and downloads the workbook', async () => {
    const { page } = app;
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await page.getByTestId('tile-reports').click();
    const totals = page.getByTestId('dashboard-totals');
    await expect.poll(() => visible(totals), { timeout: 15_000 }).toBe(true);
    expect(await text(totals)).toContain('UBND xã Đăk Kôi');
    expect(await text(page.getByTestId('dashboard-total-staff'))).toContain('38');
    expect(await text(page.getByTestId('dashboard-total-training'))).toContain('4/38');
    expect(await text(page.getByTestId('dashboard-total-initiatives'))).toContain('1/2');
    expect(await idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.kindergarten, demoUnitIds.secondary, demoUnitIds.primary]);
    expect(await text(page.getByTestId(`dashboard-unit-${demoUnitIds.primary}`))).toContain('23,1%');
    await app.shot('dashboard-commune');
    await app.shot('dashboard-charts', page.getByTestId('dashboard-training-chart'));

    // Staff: 14 at the THCS, 13 at the primary school, 11 at the kindergarten; a second tap turns the order.
    await page.getByTestId('dashboard-sort-staff').click();
    await expect.poll(() => idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.secondary, demoUnitIds.primary, demoUnitIds.kindergarten]);
    expect(await page.getByTestId('dashboard-sort-staff').locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
    await app.shot('units-by-staff', page.getByTestId('dashboard-filter'));
    await page.getByTestId('dashboard-sort-staff').click();
    await expect.poll(() => idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.kindergarten, demoUnitIds.primary, demoUnitIds.secondary]);

    await page.getByTestId('dashboard-filter').fill('tieu hoc');
    await expect.poll(() => idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.primary]);
    expect(await text(page.locator('#dash-units-title'))).toBe('Theo đơn vị (1/3)');
    await app.shot('units-filtered', page.getByTestId('dashboard-filter'));

    // The 30/5 dossier: the primary school has sent it, two schools have not.
    const obligations = page.getByTestId('dashboard-obligations');
    await expect.poll(() => text(obligations)).toContain('1/3 đơn vị đã xong');
    expect(await text(obligations)).toContain('Chưa xong: Trường Mầm non Đăk Kôi, Trường PTDTBT THCS Đăk Kôi');
    expect(await text(obligations)).toContain('Hạn 30/05/2026');
    await app.shot('deadlines', obligations);
    await expect.poll(() => text(page.getByTestId('dashboard-questions'))).toContain('1/6 đã trả lời · 16,7%');
    await app.shot('questions', page.getByTestId('dashboard-questions'));

    await page.getByTestId(`dashboard-unit-${demoUnitIds.primary}`).click();
    await expect.poll(() => text(totals)).toContain('Trường PTDTBT Tiểu học Đăk Kôi');
    await expect.poll(() => idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.primaryGroup, 'th-dak-koi-to-4-5', demoUnitIds.primary]);
    expect(await text(page.getByTestId(`dashboard-unit-${demoUnitIds.primary}`))).toContain('(trực thuộc)');
    expect(await text(page.getByTestId('dashboard-trail'))).toContain('UBND xã Đăk Kôi');
    expect(await page.getByTestId('dashboard-filter').inputValue()).toBe('');
    await app.shot('dashboard-school');

    await page.getByTestId(`dashboard-crumb-${demoUnitIds.commune}`).click();
    await expect.poll(() => text(totals)).toContain('UBND xã Đăk Kôi');
    await expect.poll(() => idsOf(page, 'dashboard-unit-')).toEqual([demoUnitIds.kindergarten, demoUnitIds.secondary, demoUnitIds.primary]);
    expect(await page.getByTestId('dashboard-trail').count()).toBe(0);

    const workbook = await downloadBy(page, page.getByTestId('dashboard-export-xlsx'));
    expect(workbook.name).toBe('tong-hop-UBND xã Đăk Kôi.xlsx');
    expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect.poll(() => visible(page.getByText('Đã tải về tong-hop-UBND xã Đăk Kôi.xlsx'))).toBe(true);
    await app.shot('xlsx-downloaded');
  });

  it('the primary principal nominates within the quota, is refused the third, and keeps the dossier checklist', async () => {
    const { page } = app;
    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await page.getByTestId('tile-awards').click();
    const quota = page.getByTestId('quota-giay_khen_xa');
    await expect.poll(() => text(quota), { timeout: 15_000 }).toContain('Giấy khen của Chủ tịch UBND xã');
    expect(await text(quota)).toContain('cá nhân 0/2, tập thể 0/2');
    expect(await page.getByTestId('awards-period').inputValue()).toBe('yearly-2026');
    expect(await visible(page.getByTestId('nominations-empty'))).toBe(true);
    await app.shot('awards-empty');

    const form = page.getByTestId('nomination-form');
    const nominate = async (personId: string, achievement: string, award = 'giay_khen_xa') => {
      await page.getByTestId('nomination-new').click();
      await expect.poll(() => visible(form)).toBe(true);
      await page.getByTestId('nomination-input-form').selectOption(award);
      await expect.poll(() => page.getByTestId('nomination-input-nominee').isEnabled(), { timeout: 15_000 }).toBe(true);
      await page.getByTestId('nomination-input-nominee').selectOption(personId);
      await page.getByTestId('nomination-input-achievement').fill(achievement);
    };

    // An empty form is refused under its fields before anything is sent.
    await page.getByTestId('nomination-new').click();
    await page.getByTestId('nomination-submit').click();
    await expect.poll(() => text(page.getByTestId('nomination-error-form'))).toBe('Chọn hình thức khen thưởng');
    expect(await text(page.getByTestId('nomination-error-nomineeId'))).toBe('Chọn cá nhân được đề nghị');
    await page.getByTestId('nomination-cancel').click();

    await nominate(demo.primaryTeacher, 'Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026; sáng kiến bảng tương tác được Hội đồng công nhận.');
    expect(await text(page.getByTestId('nomination-form-quota'))).toContain('Chỉ tiêu đợt này: cá nhân 0/2, tập thể 0/2. Hồ sơ cần 01 bộ.');
    const initiativeBox = page.locator('[data-testid^="nomination-initiative-"]');
    await expect.poll(() => initiativeBox.count(), { timeout: 15_000 }).toBe(1);
    await initiativeBox.check();
    await app.shot('nomination-form', page.getByTestId('nomination-input-achievement'));
    await page.getByTestId('nomination-submit').click();
    await expect.poll(() => visible(form)).toBe(false);
    const cards = page.locator('[data-testid^="nomination-"]').filter({ has: page.getByTestId('checklist-to_trinh') });
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(1);
    const id = ((await cards.getAttribute('data-testid')) ?? '').replace('nomination-', '');
    const yVan = page.getByTestId(`nomination-${id}`);
    expect(await text(yVan)).toContain('Y Vân');
    await expect.poll(() => text(quota)).toContain('cá nhân 1/2, tập thể 0/2');
    expect(await text(yVan)).toContain('Kèm 1 sáng kiến đã được công nhận');

    await nominate('demo-19', 'Tích cực ứng dụng công nghệ số trong dạy học, hoàn thành khóa Bình dân học vụ số.');
    await page.getByTestId('nomination-submit').click();
    await expect.poll(() => visible(form)).toBe(false);
    await expect.poll(() => text(quota)).toContain('cá nhân 2/2, tập thể 0/2');
    expect(await text(quota)).toContain('Đã đủ cá nhân');

    await nominate('demo-21', 'Hoàn thành tốt nhiệm vụ, tham gia đầy đủ các khóa bồi dưỡng kỹ năng số.');
    await page.getByTestId('nomination-submit').click();
    await expect.poll(() => text(page.getByTestId('nomination-error'))).toBe('Đã đủ chỉ tiêu Giấy khen của Chủ tịch UBND xã: tối đa 2 cá nhân cho đợt này');
    expect(await text(page.getByTestId('nomination-error-form'))).toBe('Vượt chỉ tiêu (tối đa 2 cá nhân)');
    await app.shot('nomination-over-quota');
    await page.getByTestId('nomination-cancel').click();
    await expect.poll(() => visible(form)).toBe(false);

    // A second award for Y Vân in the same period: allowed, but both nominations say so.
    await nominate(demo.primaryTeacher, 'Điển hình tiên tiến trong phong trào Bình dân học vụ số của tỉnh năm 2026.', 'bang_khen_tinh');
    await page.getByTestId('nomination-submit').click();
    await expect.poll(() => visible(form)).toBe(false);
    await expect.poll(() => text(page.getByTestId(`nomination-warnings-${id}`)), { timeout: 15_000 }).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    expect(await cards.count()).toBe(3);
    await app.shot('nomination-warning', yVan);

    // Two documents of Y Vân's dossier are ready; the ticks are saved on the server.
    await yVan.getByTestId('checklist-to_trinh').check();
    await expect.poll(() => yVan.getByTestId('checklist-to_trinh').isEnabled()).toBe(true);
    await yVan.getByTestId('checklist-bao_cao_thanh_tich').check();
    await expect.poll(() => yVan.getByTestId('checklist-bao_cao_thanh_tich').isEnabled()).toBe(true);
    const principal = (await signInAs(app.server.url, demo.primaryPrincipal)).token;
    await expect
      .poll(async () => {
        const list = await api<NominationView[]>(app.server.url, 'GET', '/api/awards?period=yearly-2026', { token: principal });
        return list.body.find((nomination) => nomination.id === id)?.checklist.filter((entry) => entry.done).map((entry) => entry.item);
      })
      .toEqual(['to_trinh', 'bao_cao_thanh_tich']);
    expect(await text(yVan)).toContain('Hồ sơ đã có (2/4)');
    expect(await text(page.getByTestId(`nomination-dossier-${id}`))).toContain('Hạn nộp hồ sơ: 30/05/2026, cần 01 bộ');
    expect(await text(page.getByTestId(`nomination-dossier-${id}`))).toContain('Còn 10 ngày');
    await app.shot('nomination-checklist', yVan);

    const report = await downloadBy(page, page.getByTestId(`nomination-report-${id}`));
    expect(report.name).toBe('bao-cao-thanh-tich-Y Vân.docx');
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const saved = page.getByText('Đã tải về bao-cao-thanh-tich-Y Vân.docx');
    await expect.poll(() => visible(saved)).toBe(true);
    await expect.poll(() => visible(saved), { timeout: 10_000 }).toBe(false);

    // Withdrawing the second frees its place in the quota.
    const toan = cards.filter({ hasText: 'Đặng Văn Toàn' });
    const toanId = ((await toan.getAttribute('data-testid')) ?? '').replace('nomination-', '');
    await page.getByTestId(`nomination-withdraw-${toanId}`).click();
    await expect.poll(() => text(page.getByTestId('confirm'))).toContain('Đặng Văn Toàn');
    await app.shot('withdraw-confirm');
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => toan.count()).toBe(0);
    await expect.poll(() => text(quota)).toContain('cá nhân 1/2, tập thể 0/2');
    await app.shot('after-withdraw', page.getByTestId('awards-quota'));
  });
});
