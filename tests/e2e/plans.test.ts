import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { demo, demoUnitIds } from '../support/demo';
import { communePlanText, ensureCommunePlanPublished, idsOf, inViewport, settle, usePhoneApp, visible } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

const schoolPlanText = readFileSync(new URL('../../../shared/plans/thcs-vinh-phong-1-2025.txt', import.meta.url), 'utf8');
/** 20/5/2026 10:00 in Vietnam, for the server and the phone alike: ten days before the commune's 30/5 dossier. */
const now = new Date('2026-05-20T03:00:00Z');

describe.runIf(browserAvailable() && storeAvailable())(`plans in the mini app, in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('plans', { now });

  it('a commune officer pastes the commune plan, corrects a deadline and publishes it', async () => {
    const { page } = app;
    await app.signIn(demo.communeOfficer, 'Nguyễn Thị Thu Hà');
    await page.getByTestId('tile-plans').click();
    await expect.poll(() => visible(page.getByTestId('plan-list')), { timeout: 15_000 }).toBe(true);
    await app.shot('library-officer');

    await page.getByTestId('plans-import').click();
    await expect.poll(() => page.getByTestId('import-unit').inputValue(), { timeout: 15_000 }).toBe(demoUnitIds.commune);
    await page.getByTestId('import-text').fill('Kế hoạch quá ngắn');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-text-error').textContent()).toContain('quá ngắn');
    await page.getByTestId('import-text').fill(communePlanText);
    await app.shot('import-pasted');
    await page.getByTestId('import-submit').click();

    await expect.poll(() => visible(page.getByTestId('review-summary')), { timeout: 20_000 }).toBe(true);
    const ids = await idsOf(page, 'review-obligation-');
    expect(ids.length).toBeGreaterThanOrEqual(6);
    await expect.poll(() => page.getByTestId('review-tab-obligations').textContent()).toBe(`Các hạn (${ids.length})`);
    await app.shot('review-deadlines');

    // The 10/6 report to the Sở: a too-short description is refused under the field, then corrected.
    const report = page.locator('[data-testid^="review-obligation-"]', { hasText: 'Trước ngày 10 tháng 6 hằng năm' });
    const reportId = ((await report.getAttribute('data-testid')) ?? '').replace('review-obligation-', '');
    await page.getByTestId(`obligation-edit-${reportId}`).click();
    await page.getByTestId('obligation-input-what').fill('Bc');
    await page.getByTestId('obligation-input-day').fill('31');
    await page.getByTestId('obligation-save').click();
    await expect.poll(() => page.getByTestId('obligation-error-what').textContent()).toBe('Mô tả quá ngắn');
    await expect.poll(() => page.getByTestId('obligation-error-day').textContent()).toBe('Tháng 6 không có ngày 31');
    await app.shot('edit-errors');
    await page.getByTestId('obligation-input-what').fill('Báo cáo kết quả Phong trào thi đua của xã gửi Sở GDĐT');
    await page.getByTestId('obligation-input-day').fill('12');
    await page.getByTestId('obligation-save').click();
    await expect.poll(() => visible(page.getByTestId('obligation-sheet'))).toBe(false);
    await expect.poll(() => report.getByTestId('obligation-what').textContent()).toBe('Báo cáo kết quả Phong trào thi đua của xã gửi Sở GDĐT');
    await expect.poll(() => report.textContent()).toContain('12/06 hằng năm');
    await app.shot('edited');

    // "Xem trong văn bản" opens the text tab at the phrase.
    await page.getByTestId(`obligation-show-${reportId}`).click();
    const phrase = page.getByTestId(`source-ob-${reportId}`);
    await expect.poll(() => phrase.textContent()).toBe('Trước ngày 10 tháng 6 hằng năm');
    await expect.poll(() => inViewport(phrase)).toBe(true);
    await app.shot('review-text');

    await page.getByTestId('publish-plan').click();
    await app.shot('publish-confirm');
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => visible(page.getByTestId('reader')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('reader-head').textContent()).toContain('Thực hiện Kế hoạch số 198/KH-SGDĐT');
    await expect.poll(() => visible(page.getByTestId('reader-parent-link'))).toBe(true);
    await app.shot('published-reader');
    await page.getByTestId('reader-deadlines').locator('summary').click();
    await expect.poll(() => page.locator('[data-testid^="reader-deadline-"]').count()).toBe(ids.length);
    await app.shot('reader-deadline-list');
  });

  it('a secondary-school principal finds “sáng kiến”, reads the plan and sees the 30/05 deadline', async () => {
    await ensureCommunePlanPublished(app.server.url);
    const { page } = app;
    await app.signIn(demo.secondaryPrincipal, 'Đỗ Quang Vinh');
    await page.getByTestId('tile-plans').click();
    await expect.poll(() => visible(page.getByTestId('plan-list')), { timeout: 15_000 }).toBe(true);

    await page.getByTestId('plan-search-input').fill('sang kien');
    const hits = page.getByTestId('plan-search-hit');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const marked = hits.locator('mark', { hasText: /^sáng kiến$/i });
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    await app.shot('search-sang-kien');

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
    await app.shot('reader-search');

    await page.getByTestId('reader-find-next').click();
    await expect.poll(() => page.getByTestId('reader-find-count').textContent()).toMatch(/đang xem \d+\//);

    // The table of contents jumps to "4. Thời gian", where the 30/5 dossier deadline carries its chip.
    await page.getByTestId('reader-find-input').fill('');
    await page.getByTestId('reader-toc-open').click();
    await expect.poll(() => visible(page.getByTestId('reader-toc'))).toBe(true);
    await app.shot('reader-toc');
    await page.getByTestId('toc-IV.4').click();
    const section = page.getByTestId('reader-section-IV.4.1');
    await expect.poll(() => inViewport(section)).toBe(true);
    const chip = section.locator('[data-testid^="obligation-chip-"]');
    await expect.poll(() => chip.textContent()).toBe('Còn 10 ngày · 30/05/2026');
    await app.shot('reader-obligation-chip');
    await chip.click();
    await expect.poll(() => page.getByTestId('obligation-detail').textContent()).toContain('UBND xã (qua Phòng Văn hoá - Xã hội)');
    await app.shot('obligation-detail');
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
    await app.shot('my-deadlines');
    const obligationId = ((await dossier.getAttribute('data-testid')) ?? '').replace('deadline-item-', '');
    await dossier.click();
    const mark = page.locator(`[id="ob-${obligationId}"]`);
    await expect.poll(() => visible(mark), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => inViewport(mark)).toBe(true);
    await app.shot('reader-from-deadline');
  });

  it('a principal imports a plan from a .txt file; a .pdf is refused before any upload', async () => {
    const { page } = app;
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
    await app.shot('import-file-chosen');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => visible(page.getByTestId('review-summary')), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('review-summary').textContent()).toContain('Bản nháp');
    expect((await idsOf(page, 'review-obligation-')).length).toBeGreaterThan(0);
  });
});

