import { BotLinkCode, Person, Unit } from '@tds/shared';
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
