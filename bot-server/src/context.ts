import type { Logger } from 'pino';
import type { Config } from './config';
import type { AttachmentStorage } from './features/attachments/storage';
import type { Store } from './store/open-store';

/** Wall clock, injected so tests can run a campaign year in seconds. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Who a Zalo access token belongs to, per the Graph API (ZALO.md). */
export interface ZaloIdentity {
  id: string;
  name: string | null;
  pictureUrl: string | null;
}

export interface ZaloIdentityVerifier {
  getMe(accessToken: string): Promise<ZaloIdentity>;
}

/** Everything a feature needs from the outside world, built once in app.ts. */
export interface AppContext {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  zaloIdentity: ZaloIdentityVerifier;
  attachments: AttachmentStorage;
}
