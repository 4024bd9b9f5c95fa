import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { demo } from '../support/demo';
import { text, usePhoneApp, visible } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(browserAvailable() && storeAvailable())(`days off and leave in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('calendar-leave', { now: new Date('2026-05-20T09:00:00+07:00') });

  const signIn = async (personId: string) => {
    const { page } = app;
    await page.evaluate(() => localStorage.clear());
    await page.goto(app.server.url);
    await page.getByTestId(`demo-person-${personId}`).click();
    await expect.poll(() => visible(page.getByTestId('home-greeting')), { timeout: 15_000 }).toBe(true);
  };

  it('an officer adds a break, and a day outside 2025–2030 is refused in Vietnamese', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await signIn(demo.communeOfficer);
    await page.getByTestId('tile-calendar').click();
    await expect.poll(() => visible(page.getByTestId('off-day-form')), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('off-day-from').fill('02012031');
    await page.getByTestId('off-day-label').fill('Nghỉ hè');
    await page.getByTestId('off-day-submit').click();
    await expect.poll(() => text(page.getByTestId('field-error-from'))).toBe('Ngày nghỉ phải nằm trong thời gian phong trào (2025–2030)');
    await page.getByTestId('off-day-from').fill('');
    await page.getByTestId('off-day-from').fill('01062026');
    await page.getByTestId('off-day-to').fill('31082026');
    await page.getByTestId('off-day-submit').click();
    await expect.poll(() => text(page.getByTestId('calendar-off-days'))).toContain('01/06/2026 – 31/08/2026');
    await app.phone.screenshot('01-officer-days-off');
  });

  it('a principal sets leave for a teacher; ending before it starts is refused', async () => {
    const { page } = app;
    await signIn(demo.primaryPrincipal);
    await page.getByTestId('tile-leave').click();
    await expect.poll(() => page.getByTestId('leave-person').locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(2);
    await page.getByTestId('leave-person').selectOption(demo.primaryTeacher);
    await page.getByTestId('leave-from').fill('25052026');
    await page.getByTestId('leave-to').fill('20052026');
    await page.getByTestId('leave-submit').click();
    await expect.poll(() => text(page.getByTestId('field-error-to'))).toBe('Ngày kết thúc phải từ ngày bắt đầu trở đi');
    await page.getByTestId('leave-to').fill('');
    await page.getByTestId('leave-to').fill('29052026');
    await page.getByTestId('leave-submit').click();
    await expect.poll(() => text(page.getByTestId('leave-staff'))).toContain('25/05/2026 – 29/05/2026');
    await app.phone.screenshot('02-principal-leave');
  });
});
