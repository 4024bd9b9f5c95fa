import type { PlatformKind } from '../config';
import type { DemoPerson } from '../api/sandbox';

/** Small persistent key/value store (Zalo native storage, or localStorage in a browser). Never rejects. */
export interface KeyValueStorage {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ZaloProfile {
  name: string;
  avatar: string | null;
}

/**
 * Everything the app needs from where it runs. Inside Zalo it wraps zmp-sdk; in a plain browser
 * (sandbox, e2e) a demo person chosen on screen plays the Zalo user through bot-server's simulator.
 * Every method settles: SDK calls are bounded by a timeout.
 */
export interface Platform {
  readonly kind: PlatformKind;
  /** A fresh Zalo access token for `POST /api/auth/*`. Rejects with `PlatformError`. */
  getAccessToken(): Promise<string>;
  /** Name and avatar when the user allowed it; `null` otherwise. */
  getUserInfo(): Promise<ZaloProfile | null>;
  /** A link to the bot chat to show next to the start command, or `null` when there is none to show. */
  botChatHref(startCommand: string): string | null;
  /** Opens the chat with the bot, start command typed in when the platform can. `false` when it could not. */
  openBotChat(startCommand: string): Promise<boolean>;
  readonly storage: KeyValueStorage;
  /** Only in the browser platform: choosing who plays the Zalo user. */
  readonly demo: DemoIdentity | null;
}

/** The simulated Zalo user the browser platform signs in as. */
export interface DemoUser {
  zaloAppUserId: string;
  name: string;
  botUserId: string | null;
}

export interface DemoIdentity {
  listPeople(): Promise<DemoPerson[]>;
  /** Plays this seeded person from now on (also after a reload). */
  choosePerson(person: DemoPerson): Promise<void>;
  /** Creates an unlinked Zalo user and plays it (to try the join code). */
  createZaloUser(name: string): Promise<void>;
  current(): DemoUser | null;
  forget(): Promise<void>;
}

export type PlatformErrorCode = 'timeout' | 'denied' | 'unavailable' | 'no_identity';

/** A platform call that failed; `message` is Vietnamese and can be shown as is. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';

  constructor(
    readonly code: PlatformErrorCode,
    message: string,
  ) {
    super(message);
  }
}
