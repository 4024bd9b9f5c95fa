import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(browserAvailable() && storeAvailable())(`mini app sign-in in Chromium (${storeKind})`, () => {
  let server: TestServer;
  let phone: PhoneBrowser;
  beforeAll(async () => {
    server = await startTestServer();
    phone = await openPhoneBrowser('sign-in');
  });
  afterAll(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('a demo teacher signs in and sees the home screen', async () => {
    const { page } = phone;
    await page.goto(server.url);
    await page.getByTestId(`demo-person-${demo.primaryTeacher}`).click();
    await expect.poll(() => page.getByTestId('home-greeting').textContent(), { timeout: 15_000 }).toContain('Y Vân');
    await expect.poll(() => page.getByTestId('tile-plans').isVisible()).toBe(true);
    await phone.screenshot('01-home-teacher');
  });

  it('a new Zalo user joins with the demo code', async () => {
    const { page } = phone;
    await page.evaluate(() => localStorage.clear());
    await page.goto(server.url);
    await page.getByTestId('new-zalo-user-name').fill('Rơ Châm Hạnh');
    await page.getByTestId('new-zalo-user-submit').click();
    await page.getByTestId('join-code-input').fill('dakkoi25');
    await phone.screenshot('02-join-code');
    await page.getByTestId('join-code-submit').click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);
  });
});
