import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { demo } from '../support/demo';
import { usePhoneApp } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(browserAvailable() && storeAvailable())(`mini app sign-in in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('sign-in', { hideIcons: false });

  it('a demo teacher signs in and sees the home screen', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByTestId(`demo-person-${demo.primaryTeacher}`).click();
    await expect.poll(() => page.getByTestId('home-greeting').textContent(), { timeout: 15_000 }).toContain('Y Vân');
    await expect.poll(() => page.getByTestId('tile-plans').isVisible()).toBe(true);
    await app.phone.screenshot('01-home-teacher');
  });

  it('a new Zalo user joins with the demo code', async () => {
    const { page } = app;
    await page.evaluate(() => localStorage.clear());
    await page.goto(app.server.url);
    await page.getByTestId('new-zalo-user-name').fill('Rơ Châm Hạnh');
    await page.getByTestId('new-zalo-user-submit').click();
    await page.getByTestId('join-code-input').fill('dakkoi25');
    await app.phone.screenshot('02-join-code');
    await page.getByTestId('join-code-submit').click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);
  });
});
