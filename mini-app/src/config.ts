/**
 * The one place that reads build-time configuration (`import.meta.env`, set by `.env.<mode>` files).
 * Everything else imports `config` and never branches on the environment by itself.
 *
 * `platform` is a literal comparison on purpose: Vite inlines `VITE_PLATFORM`, Rollup folds the
 * comparison, and the implementation of the other platform (zmp-sdk or the demo picker) drops out
 * of the bundle.
 */
export type PlatformKind = 'zalo' | 'browser';

const rawPlatform = import.meta.env.VITE_PLATFORM ?? 'zalo';
if (rawPlatform !== 'zalo' && rawPlatform !== 'browser') {
  throw new Error(`VITE_PLATFORM must be "zalo" or "browser", got "${rawPlatform}"`);
}

const platform: PlatformKind = import.meta.env.VITE_PLATFORM === 'browser' ? 'browser' : 'zalo';

export const config = {
  /** `zalo`: identity and storage from zmp-sdk. `browser`: sandbox/e2e, a demo person chosen on screen. */
  platform,
  /** Prefix of every API URL, without a trailing slash; `''` = same origin as the app. */
  apiBase: (import.meta.env.VITE_API_BASE ?? '').replace(/\/+$/, ''),
  /** Zalo Official Account of the reminder bot; `''` when not configured (the app then only shows the command). */
  zaloOaId: import.meta.env.VITE_ZALO_OA_ID ?? '',
  /**
   * The browser build keeps routes in memory: bot-server serves it at `/`, where ZMPRouter's production
   * base path `/zapps/<APP_ID>` would match nothing (MINIAPP.md trap 1). Inside Zalo the app lives under
   * `/zapps/<APP_ID>/`, so it keeps real history and the Android back button goes back one screen.
   */
  memoryRouter: platform === 'browser',
  /** Longest wait for one zmp-sdk call: outside a real Zalo client some calls never settle (trap 4). */
  sdkTimeoutMs: 8_000,
  /** Longest wait for one API request. */
  requestTimeoutMs: 15_000,
  /** Longest wait for a file upload and the server's work on it (a 5 MB plan on a slow 3G line). */
  uploadTimeoutMs: 180_000,
  /** A session is refreshed when it has less than this left. */
  refreshLeewayMs: 60_000,
} as const;
