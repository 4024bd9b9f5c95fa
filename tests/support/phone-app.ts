import { readFileSync } from 'node:fs';
import type { PlanDetail, PlanSummary } from '@tds/shared';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { api, signInAs } from './api-client';
import { openPhoneBrowser, type PhoneBrowser } from './browser';
import { demo, demoUnitIds } from './demo';
import { startTestServer, type TestServer } from './test-server';

/** The commune's real plan, which the sandbox seeds and the plan journeys paste. */
export const communePlanText = readFileSync(new URL('../../../shared/plans/ubnd-xa-dak-koi-2025.txt', import.meta.url), 'utf8');

export const visible = (locator: Locator) => locator.isVisible();
export const text = (locator: Locator) => locator.textContent();

/** Waits until the page transition (a 400 ms slide) and any finite CSS animation (sheets, flashes, snackbars) are over. */
export async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.zaui-routes-item').length === 1 &&
      !document.querySelector('.zaui-routes-item[class*="-active"]') &&
      document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/** True when the element's box overlaps the viewport (scrolled to, not just rendered). */
export async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

/** Scrolls the page (or the sheet) so the element sits just under the sticky header. */
export async function scrollTop(locator: Locator) {
  await locator.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    const hidden = 60 - element.getBoundingClientRect().top;
    if (hidden > 0) element.closest('.zaui-page')?.scrollBy(0, -hidden);
  });
}

/** The test id's suffix of every element whose id starts with `prefix`, in document order. */
export async function idsOf(page: Page, prefix: string): Promise<string[]> {
  const ids = await page.locator(`[data-testid^="${prefix}"]`).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.slice(prefix.length));
}

/** Back through the header until the home screen shows. */
export async function goHome(page: Page) {
  await settle(page);
  while (await page.getByTestId('header-back').isVisible()) {
    await page.getByTestId('header-back').click();
    await settle(page);
  }
  await expect.poll(() => visible(page.getByTestId('home-greeting'))).toBe(true);
}

/** The sandbox seeds the plan chain; without that seed, the commune officer imports and publishes it here. */
export async function ensureCommunePlanPublished(base: string): Promise<void> {
  const officer = await signInAs(base, demo.communeOfficer);
  const plans = await api<PlanSummary[]>(base, 'GET', '/api/plans', { token: officer.token });
  if (plans.body.some((plan) => plan.issuerUnitId === demoUnitIds.commune && plan.status === 'published')) return;
  const draft = await api<PlanDetail>(base, 'POST', '/api/plans/import', { token: officer.token, body: { text: communePlanText, issuerUnitId: demoUnitIds.commune } });
  expect(draft.status).toBe(201);
  expect((await api(base, 'POST', `/api/plans/${draft.body.id}/publish`, { token: officer.token, body: {} })).status).toBe(200);
}

export interface PhoneAppOptions {
  /** One fixed instant for the server's clock and the phone's alike; without it both run on real time. */
  now?: Date;
  /** Runs against the started server before the browser opens. */
  seed?: (server: TestServer) => Promise<void>;
  /** Hide zaui icons, whose font (on Zalo's CDN) is unreachable here: their names would show as text in screenshots. Default true. */
  hideIcons?: boolean;
}

/** The sandbox server and a phone browser on it, for one `describe`; both exist once its `beforeAll` has run. */
export interface PhoneApp {
  readonly server: TestServer;
  readonly phone: PhoneBrowser;
  readonly page: Page;
  /** Signs in on the demo screen by tapping the person, then waits for the home greeting with their name. */
  signIn(personId: string, name: string): Promise<void>;
  /** A numbered screenshot of the settled screen, tests/artifacts/<suite>/NN-name.png, scrolled to `scrollTo` first if given. */
  shot(name: string, scrollTo?: Locator): Promise<void>;
}

/** Registers the suite's `beforeAll`/`afterAll`: starts the server (and seeds it), opens the phone, and closes both after. */
export function usePhoneApp(suite: string, options: PhoneAppOptions = {}): PhoneApp {
  const { now, seed, hideIcons = true } = options;
  let server: TestServer | undefined;
  let phone: PhoneBrowser | undefined;
  let shots = 0;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test of the suite`);
    return value;
  };

  beforeAll(async () => {
    server = await startTestServer({}, now ? { clock: { now: () => now } } : {});
    await seed?.(server);
    phone = await openPhoneBrowser(suite);
    if (now) await phone.page.clock.setFixedTime(now);
    if (hideIcons) {
      await phone.page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '.zaui-icon { visibility: hidden; }';
          document.head.append(style);
        });
      });
    }
  });
  afterAll(async () => {
    await phone?.close();
    await server?.stop();
  });

  const app: PhoneApp = {
    get server() {
      return started(server, 'the server');
    },
    get phone() {
      return started(phone, 'the phone');
    },
    get page() {
      return started(phone, 'the phone').page;
    },
    async signIn(personId, name) {
      const { page } = app;
      await page.evaluate(() => localStorage.clear()).catch(() => undefined);
      await page.goto(app.server.url);
      await page.getByTestId(`demo-person-${personId}`).click();
      await expect.poll(() => text(page.getByTestId('home-greeting')), { timeout: 15_000 }).toContain(name);
    },
    async shot(name, scrollTo) {
      if (scrollTo) await scrollTop(scrollTo);
      await settle(app.page);
      shots += 1;
      await app.phone.screenshot(`${String(shots).padStart(2, '0')}-${name}`);
    },
  };
  return app;
}
