import { Role } from '@tds/shared';
import { z } from 'zod';
import { request } from './request';

/**
 * Sandbox-only endpoints of bot-server (its Zalo simulator). Only the browser platform uses them,
 * so they never reach the Zalo build.
 */
export const DemoPerson = z.object({
  personId: z.string(),
  fullName: z.string(),
  role: Role,
  roleLabel: z.string(),
  unitName: z.string(),
  zaloAppUserId: z.string(),
  /** The person's simulated bot-chat user; absent until the simulator created one. */
  botUserId: z
    .string()
    .nullish()
    .transform((id) => id ?? null),
});
export type DemoPerson = z.infer<typeof DemoPerson>;

const ZaloToken = z.object({ accessToken: z.string().min(1) });
const NewZaloUser = z.object({ zaloAppUserId: z.string().min(1), accessToken: z.string().min(1) });
export type NewZaloUser = z.infer<typeof NewZaloUser>;

/** GET /sandbox/demo-people — seeded people who already have a simulated Zalo account. */
export function listDemoPeople(): Promise<DemoPerson[]> {
  return request('/sandbox/demo-people', { schema: z.array(DemoPerson) });
}

/** POST /sandbox/zalo-token — the simulator mints a Zalo access token for that simulated user. */
export async function mintZaloToken(zaloAppUserId: string): Promise<string> {
  const { accessToken } = await request('/sandbox/zalo-token', { body: { zaloAppUserId }, schema: ZaloToken });
  return accessToken;
}

/** POST /sandbox/new-zalo-user — a Zalo user nobody has linked, to try the join-code flow. */
export function createZaloUser(name: string): Promise<NewZaloUser> {
  return request('/sandbox/new-zalo-user', { body: { name }, schema: NewZaloUser });
}

/** Link to the simulator's chat page with the bot, the start command typed in. */
export function sandboxChatUrl(apiBase: string, botUserId: string | null, text: string): string {
  const query = new URLSearchParams({ text });
  if (botUserId) query.set('botUserId', botUserId);
  return `${apiBase}/zalo-sim/chat?${query.toString()}`;
}
