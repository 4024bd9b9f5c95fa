import { BotLinkCode, DigestSetting, Person, Unit } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

export const Me = z.object({ person: Person, unit: Unit });
export type Me = z.infer<typeof Me>;

/** GET /api/me — the signed-in person and their unit, fresh from the server. */
export function getMe(): Promise<Me> {
  return authorizedRequest('/api/me', { schema: Me });
}

/** POST /api/me/bot-link — a one-time code; the person sends `startCommand` to the bot to link their chat. */
export function createBotLink(): Promise<BotLinkCode> {
  return authorizedRequest('/api/me/bot-link', { method: 'POST', body: {}, schema: BotLinkCode });
}

/** GET /api/me/digest — one daily digest at `digestAt`, or each message at once (null). */
export function getDigest(): Promise<DigestSetting> {
  return authorizedRequest('/api/me/digest', { schema: DigestSetting });
}

/** PUT /api/me/digest — 400 with `fields.digestAt` for a malformed or quiet-hour time. */
export function setDigest(setting: DigestSetting): Promise<DigestSetting> {
  return authorizedRequest('/api/me/digest', { method: 'PUT', body: setting, schema: DigestSetting });
}
