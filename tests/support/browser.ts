import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.TDS_CHROMIUM ?? '/usr/bin/chromium';
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Chromium present, or (under CI=true) a loud failure: a green run must mean the browser suite ran. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') throw new Error(`Không thấy Chromium tại ${chromiumPath}: bộ kiểm thử đầu-cuối không chạy được trong CI`);
  console.warn(`[tests] end-to-end suite skipped: no Chromium at ${chromiumPath} (run \`npm run test:all\`)`);
  return false;
}

export interface PhoneBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, at a 390×844 phone viewport; Playwright gives it a fresh temporary profile. */
export async function openPhoneBrowser(suite: string): Promise<PhoneBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  // The zaui icon font lives on Zalo's CDN, unreachable here: answer those requests empty, at once.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  const dir = join(artifactsDir, suite);
  mkdirSync(dir, { recursive: true });
  return {
    browser,
    context,
    page,
    async screenshot(name) {
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}
