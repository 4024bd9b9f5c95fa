import { readFileSync } from 'node:fs';
import type { PlanDetail, PlanSummary } from '@tds/shared';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { browserAvailable, openPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const communePlanText = readFileSync(new URL('../../../shared/plans/ubnd-xa-dak-koi-2025.txt', import.meta.url), 'utf8');
const schoolPlanText = readFileSync(new URL('../../../shared/plans/thcs-vinh-phong-1-2025.txt', import.meta.url), 'utf8');
/** 20/5/2026 10:00 in Vietnam, for the server and the phone alike: ten days before the commune's 30/5 dossier. */
const now = new Date('2026-05-20T03:00:00Z');

/** The test id's suffix of every element whose id starts with `prefix`, in document order. */
async function idsOf(page: Page, prefix: string): Promise<string[]> {
  const ids = await page.locator(`[data-testid^="${prefix}"]`).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.slice(prefix.length));
}

const visible = (locator: Locator) => locator.isVisible();

/** Waits until the page transition (a 400 ms slide) and any finite CSS animation (sheets, flashes) are over. */
async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.zaui-routes-item').length === 1 &&
      !document.querySelector('.zaui-routes-item[class*="-active"]') &&
      document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

let shots = 0;

/** A numbered screenshot of the settled screen: tests/artifacts/plans/NN-name.png. */
async function shot(phone: PhoneBrowser, name: string) {
  await settle(phone.page);
  shots += 1;
  await phone.screenshot(`${String(shots).padStart(2, '0')}-${name}`);
}

/** True when the element's box overlaps the viewport (scrolled to, not just rendered). */
async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

async function signIn(phone: PhoneBrowser, url: string, personId: string, name: string) {
  const { page } = phone;
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  await page.goto(url);
  await page.getByTestId(`demo-person-${personId}`).click();
  await expect.poll(() => page.getByTestId('home-greeting').textContent(), { timeout: 15_000 }).toContain(name);
}

describe.runIf(browserAvailable() && storeAvailable())(`plans in the mini app, in Chromium (${storeKind})`, () => {
  let server: TestServer;
  let phone: PhoneBrowser;
  beforeAll(async () => {
    server = await startTestServer({}, { clock: { now: () => now } });
    phone = await openPhoneBrowser('plans');
    await phone.page.clock.setFixedTime(now);
    // The zaui icon font is unreachable here: its icon names would show as text in screenshots.
    await phone.page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.zaui-icon { visibility: hidden; }';
        document.head.append(style);
      });
    });
  });
  afterAll(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('a commune officer pastes the commune plan, corrects a deadline and publishes it', async () => {
    const { page } = phone;
    await signIn(phone, server.url, demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await page.getByTestId('tile-plans').click();
    await expect.poll(() => visible(page.getByTestId('plan-list')), { timeout: 15_000 }).toBe(true);
    await shot(phone, 'library-officer');

    await page.getByTestId('plans-import').click();
    await expect.poll(() => page.getByTestId('import-unit').inputValue(), { timeout: 15_000 }).toBe(demoUnitIds.commune);
    await page.getByTestId('import-text').fill('Kế hoạch quá ngắn');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-text-error').textContent()).toContain('quá ngắn');
    await page.getByTestId('import-text').fill(communePlanText);
    await shot(phone, 'import-pasted');
    await page.getByTestId('import-submit').click();

    await expect.poll(() => visible(page.getByTestId('review-summary')), { timeout: 20_000 }).toBe(true);
    const ids = await idsOf(page, 'review-obligation-');
    expect(ids.length).toBeGreaterThanOrEqual(6);
    await expect.poll(() => page.getByTestId('review-tab-obligations').textContent()).toBe(`Các hạn (${ids.length})`);
    await shot(phone, 'review-deadlines');

    // The 10/6 report to the Sở: a too-short description is refused under the field, then corrected.
    const report = page.locator('[data-testid^="review-obligation-"]', { hasText: 'Trước ngày 10 tháng 6 hằng năm' });
    const reportId = ((await report.getAttribute('data-testid')) ?? '').replace('review-obligation-', '');
    await page.getByTestId(`obligation-edit-${reportId}`).click();
    await page.getByTestId('obligation-input-what').fill('Bc');
    await page.getByTestId('obligation-input-day').fill('31');
    await page.getByTestId('obligation-save').click();
    await expect.poll(() => page.getByTestId('obligation-error-what').textContent()).toBe('Mô tả quá ngắn');
    await expect.poll(() => page.getByTestId('obligation-error-day').textContent()).toBe('Tháng 6 không có ngày 31');
    await shot(phone, 'edit-errors');
    await page.getByTestId('obligation-input-what').fill('Báo cáo kết quả Phong trào thi đua của xã gửi Sở GDĐT');
    await page.getByTestId('obligation-input-day').fill('12');
    await page.getByTestId('obligation-save').click();
    await expect.poll(() => visible(page.getByTestId('obligation-sheet'))).toBe(false);
    await expect.poll(() => report.getByTestId('obligation-what').textContent()).toBe('Báo cáo kết quả Phong trào thi đua của xã gửi Sở GDĐT');
    await expect.poll(() => report.textContent()).toContain('12/06 hằng năm');
    await shot(phone, 'edited');

    // "Xem trong văn bản" opens the text tab at the phrase.
    await page.getByTestId(`obligation-show-${reportId}`).click();
    const phrase = page.getByTestId(`source-ob-${reportId}`);
    await expect.poll(() => phrase.textContent()).toBe('Trước ngày 10 tháng 6 hằng năm');
    await expect.poll(() => inViewport(phrase)).toBe(true);
    await shot(phone, 'review-text');

    await page.getByTestId('publish-plan').click();
    await shot(phone, 'publish-confirm');
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => visible(page.getByTestId('reader')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('reader-head').textContent()).toContain('Thực hiện Kế hoạch số 198/KH-SGDĐT');
    await expect.poll(() => visible(page.getByTestId('reader-parent-link'))).toBe(true);
    await shot(phone, 'published-reader');
    await page.getByTestId('reader-deadlines').locator('summary').click();
    await expect.poll(() => page.locator('[data-testid^="reader-deadline-"]').count()).toBe(ids.length);
    await shot(phone, 'reader-deadline-list');
  });

  it('a secondary-school principal finds “sáng kiến”, reads the plan and sees the 30/05 deadline', async () => {
    await ensureCommunePlanPublished(server.url);
    const { page } = phone;
    await signIn(phone, server.url, demo.secondaryPrincipal, 'Đỗ Quang Vinh');
    await page.getByTestId('tile-plans').click();
    await expect.poll(() => visible(page.getByTestId('plan-list')), { timeout: 15_000 }).toBe(true);

    await page.getByTestId('plan-search-input').fill('sang kien');
    const hits = page.getByTestId('plan-search-hit');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const marked = hits.locator('mark', { hasText: /^sáng kiến$/i });
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    await shot(phone, 'search-sang-kien');

    // Open a hit of the commune plan: the reader opens at that section with the words highlighted.
    const communeGroup = page.locator('[data-testid^="plan-search-group-"]', { hasText: 'trên địa bàn xã Đăk Kôi' }).first();
    const communeHit = communeGroup.getByTestId('plan-search-hit').filter({ has: page.locator('mark', { hasText: /^sáng kiến$/i }) }).first();
    await communeHit.click();
    await expect.poll(() => visible(page.getByTestId('reader')), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('reader-find-input').inputValue()).toBe('sang kien');
    await expect.poll(() => page.getByTestId('reader-find-count').textContent()).toMatch(/^\d+ kết quả · đang xem \d+\/\d+$/);
    const active = page.locator('mark.find-hit--active').first();
    await expect.poll(() => active.count()).toBe(1);
    await expect.poll(() => inViewport(active)).toBe(true);
    await shot(phone, 'reader-search');

    await page.getByTestId('reader-find-next').click();
    await expect.poll(() => page.getByTestId('reader-find-count').textContent()).toMatch(/đang xem \d+\//);

    // The table of contents jumps to "4. Thời gian", where the 30/5 dossier deadline carries its chip.
    await page.getByTestId('reader-find-input').fill('');
    await page.getByTestId('reader-toc-open').click();
    await expect.poll(() => visible(page.getByTestId('reader-toc'))).toBe(true);
    await shot(phone, 'reader-toc');
    await page.getByTestId('toc-IV.4').click();
    const section = page.getByTestId('reader-section-IV.4.1');
    await expect.poll(() => inViewport(section)).toBe(true);
    const chip = section.locator('[data-testid^="obligation-chip-"]');
    await expect.poll(() => chip.textContent()).toBe('Còn 10 ngày · 30/05/2026');
    await shot(phone, 'reader-obligation-chip');
    await chip.click();
    await expect.poll(() => page.getByTestId('obligation-detail').textContent()).toContain('UBND xã (qua Phòng Văn hoá - Xã hội)');
    await shot(phone, 'obligation-detail');
    await page.getByTestId('obligation-detail-close').click();

    // Hạn của tôi: the 30/05 dossier, and a tap leads back to its phrase in the plan.
    await settle(page);
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId('tile-deadlines').click();
    const dossier = page.locator('[data-testid^="deadline-item-"]', { hasText: 'Hạn 30/05/2026' }).first();
    await expect.poll(() => visible(dossier), { timeout: 15_000 }).toBe(true);
    expect(await dossier.textContent()).toContain('Gửi: UBND xã (qua Phòng Văn hoá - Xã hội)');
    expect(await dossier.textContent()).toContain('Còn 10 ngày');
    expect(await page.getByTestId('deadlines-month').textContent()).toContain('Hạn 30/05/2026');
    await shot(phone, 'my-deadlines');
    const obligationId = ((await dossier.getAttribute('data-testid')) ?? '').replace('deadline-item-', '');
    await dossier.click();
    const mark = page.locator(`[id="ob-${obligationId}"]`);
    await expect.poll(() => visible(mark), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => inViewport(mark)).toBe(true);
    await shot(phone, 'reader-from-deadline');
  });

  it('a principal imports a plan from a .txt file; a .pdf is refused before any upload', async () => {
    const { page } = phone;
    await settle(page);
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId('header-back').click();
    await settle(page);
    await page.getByTestId('tile-plans').click();
    await page.getByTestId('plans-import').click();
    await expect.poll(() => page.getByTestId('import-unit').inputValue(), { timeout: 15_000 }).toBe(demoUnitIds.secondary);
    await page.getByTestId('import-file').setInputFiles({ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => page.getByTestId('import-file-error').textContent()).toContain('Chỉ nhận tệp .txt hoặc .docx');
    await page.getByTestId('import-file').setInputFiles({ name: 'ke-hoach-truong.txt', mimeType: 'text/plain', buffer: Buffer.from(schoolPlanText, 'utf8') });
    await expect.poll(() => page.getByTestId('import-file-name').textContent()).toContain('ke-hoach-truong.txt');
    expect(await page.getByTestId('import-text').isDisabled()).toBe(true);
    await shot(phone, 'import-file-chosen');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => visible(page.getByTestId('review-summary')), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('review-summary').textContent()).toContain('Bản nháp');
    expect((await idsOf(page, 'review-obligation-')).length).toBeGreaterThan(0);
  });
});

/** The sandbox seeds the plan chain; without that seed, the commune officer imports and publishes it here. */
async function ensureCommunePlanPublished(base: string): Promise<void> {
  const officer = await signInAs(base, demo.communeOfficer);
  const plans = await api<PlanSummary[]>(base, 'GET', '/api/plans', { token: officer.token });
  if (plans.body.some((plan) => plan.issuerUnitId === demoUnitIds.commune && plan.status === 'published')) return;
  const draft = await api<PlanDetail>(base, 'POST', '/api/plans/import', { token: officer.token, body: { text: communePlanText, issuerUnitId: demoUnitIds.commune } });
  expect(draft.status).toBe(201);
  expect((await api(base, 'POST', `/api/plans/${draft.body.id}/publish`, { token: officer.token, body: {} })).status).toBe(200);
}
