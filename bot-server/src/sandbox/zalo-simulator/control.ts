import { z } from 'zod';
import type { Delivery, DeliveryReport } from './delivery';
import type { Faults, FaultRule } from './faults';
import type { IdFactory } from './ids';
import { findUserByAppId, record, transcriptOf, type SimGroup, type SimulatorState, type SimUpdate, type SimUser, type TranscriptEntry } from './state';

const IdText = z.string().trim().min(1).max(64);

export const CreateUserInput = z.object({
  name: z.string().trim().min(1, 'Cần nhập tên').max(100, 'Tên quá dài'),
  zaloAppUserId: IdText.optional(),
  botUserId: IdText.optional(),
  phone: z.string().regex(/^84\d{8,10}$/, 'Số điện thoại dạng 84…').optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

/** A control call that cannot be done; the HTTP layer answers `status` with the Vietnamese message. */
export class SimulatorError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'SimulatorError';
  }
}

/** What a simulated person's message produced; `delivered` settles when the platform is done trying. */
export interface UserMessage {
  entry: TranscriptEntry;
  update: SimUpdate;
  delivered: Promise<DeliveryReport>;
}

export interface SimulatorSnapshot {
  webhook: { url: string; updatedAt: number } | null;
  counts: {
    users: number;
    tokens: number;
    queuedUpdates: number;
    pendingPolls: number;
    pendingRetries: number;
    heldRequests: number;
    faultRules: number;
    transcriptEntries: number;
  };
  stats: SimulatorState['stats'];
}

export interface SimulatorControl {
  /** Idempotent on `botUserId`: asking again for an existing chat id returns that user. */
  createUser(input: CreateUserInput): SimUser;
  listUsers(): SimUser[];
  /** A token Graph `/me` accepts for this app user, valid `ttlSeconds` (default 3600). */
  issueAccessToken(appUserId: string, options?: { ttlSeconds?: number }): string;
  expireToken(token: string): void;
  /** A one-time code for the phone exchange (`/v2.0/me/info`). */
  issuePhoneCode(appUserId: string): string;
  userSays(botUserId: string, text: string): UserMessage;
  /** A group with the bot and these people in it; its id is the chat id the bot sees. */
  createGroup(title: string, memberBotUserIds: string[]): SimGroup;
  /** A member writes in the group: delivered to the bot only while bots may be in groups. */
  userSaysInGroup(groupId: string, botUserId: string, text: string): UserMessage;
  /** Switches `getMe.can_join_groups` (and whether group chats accept the bot's messages). */
  allowGroups(allowed: boolean): void;
  userSendsImage(botUserId: string, photoUrl: string, caption?: string): UserMessage;
  userSendsSticker(botUserId: string, sticker: string): UserMessage;
  /** Delivers the previous update again, same message id, as Zalo does when it doubts a delivery. */
  replayLastUpdate(): Promise<DeliveryReport>;
  transcript(chatId: string, after?: number): TranscriptEntry[];
  injectFaults(rule: FaultRule): void;
  clearFaults(): void;
  snapshot(): SimulatorSnapshot;
  /** Releases held requests, waiting polls and retries so the HTTP server can close. */
  close(): void;
}

export interface ControlDeps {
  state: SimulatorState;
  ids: IdFactory;
  now: () => number;
  delivery: Delivery;
  faults: Faults;
}

export function createControl({ state, ids, now, delivery, faults }: ControlDeps): SimulatorControl {
  function userOrThrow(botUserId: string): SimUser {
    const user = state.users.get(botUserId);
    if (!user) throw new SimulatorError(404, 'not_found', 'Không có người dùng mô phỏng với mã này');
    return user;
  }

  function userSends(botUserId: string, event: string, content: Partial<SimUpdate['message']>, entry: Pick<TranscriptEntry, 'kind' | 'text' | 'photoUrl'>, group?: SimGroup): UserMessage {
    const user = userOrThrow(botUserId);
    const messageId = ids.messageId();
    const at = now();
    const chat: SimUpdate['message']['chat'] = group ? { id: group.id, chat_type: 'GROUP' } : { id: user.botUserId, chat_type: 'PRIVATE' };
    const update: SimUpdate = {
      event_name: event,
      message: { message_id: messageId, date: at, from: { id: user.botUserId, display_name: user.name, is_bot: false }, chat, ...content },
    };
    const recorded = record(state, { chatId: chat.id, side: 'user', messageId, at, ...entry });
    // A bot that may not be in groups hears nothing from them.
    if (group && !state.canJoinGroups) return { entry: recorded, update, delivered: Promise.resolve<DeliveryReport>({ via: 'dropped' }) };
    state.lastUpdate = update;
    return { entry: recorded, update, delivered: delivery.deliver(update) };
  }

  function groupOrThrow(groupId: string): SimGroup {
    const group = state.groups.get(groupId);
    if (!group) throw new SimulatorError(404, 'not_found', 'Không có nhóm mô phỏng với mã này');
    return group;
  }

  return {
    createUser(input) {
      const parsed = CreateUserInput.parse(input);
      const existing = parsed.botUserId ? state.users.get(parsed.botUserId) : undefined;
      if (existing) return existing;
      if (parsed.zaloAppUserId && findUserByAppId(state, parsed.zaloAppUserId)) {
        throw new SimulatorError(409, 'conflict', 'Mã người dùng Zalo này đã có');
      }
      const appUserId = parsed.zaloAppUserId ?? ids.numericId('app');
      const user: SimUser = {
        name: parsed.name,
        appUserId,
        botUserId: parsed.botUserId ?? ids.numericId('bot'),
        phone: parsed.phone ?? `849${appUserId.slice(-8)}`,
        pictureUrl: avatarDataUrl(parsed.name),
        createdAt: now(),
      };
      state.users.set(user.botUserId, user);
      return user;
    },
    listUsers: () => [...state.users.values()],
    issueAccessToken(appUserId, options = {}) {
      if (!findUserByAppId(state, appUserId)) throw new SimulatorError(404, 'not_found', 'Không có người dùng Zalo với mã này');
      const token = ids.opaque('zat');
      state.tokens.set(token, { appUserId, expiresAt: now() + (options.ttlSeconds ?? 3600) * 1000 });
      return token;
    },
    expireToken(token) {
      const known = state.tokens.get(token);
      if (known) known.expiresAt = now();
    },
    issuePhoneCode(appUserId) {
      if (!findUserByAppId(state, appUserId)) throw new SimulatorError(404, 'not_found', 'Không có người dùng Zalo với mã này');
      const code = ids.opaque('phone');
      state.phoneCodes.set(code, appUserId);
      return code;
    },
    userSays: (botUserId, text) => userSends(botUserId, 'message.text.received', { text }, { kind: 'text', text, photoUrl: null }),
    createGroup(title, memberBotUserIds) {
      for (const member of memberBotUserIds) userOrThrow(member);
      const group: SimGroup = { id: ids.numericId('group'), title, members: new Set(memberBotUserIds) };
      state.groups.set(group.id, group);
      return group;
    },
    userSaysInGroup(groupId, botUserId, text) {
      const group = groupOrThrow(groupId);
      if (!group.members.has(botUserId)) throw new SimulatorError(403, 'forbidden', 'Người này không ở trong nhóm');
      return userSends(botUserId, 'message.text.received', { text }, { kind: 'text', text, photoUrl: null }, group);
    },
    allowGroups(allowed) {
      state.canJoinGroups = allowed;
    },
    userSendsImage: (botUserId, photoUrl, caption) =>
      userSends(botUserId, 'message.image.received', { photo_url: photoUrl, ...(caption ? { caption } : {}) }, { kind: 'image', text: caption ?? null, photoUrl }),
    userSendsSticker: (botUserId, sticker) => userSends(botUserId, 'message.sticker.received', { sticker }, { kind: 'sticker', text: sticker, photoUrl: null }),
    async replayLastUpdate() {
      if (!state.lastUpdate) throw new SimulatorError(409, 'conflict', 'Chưa có tin nào để gửi lại');
      return delivery.deliver(state.lastUpdate);
    },
    transcript: (chatId, after = 0) => transcriptOf(state, chatId, after),
    injectFaults: (rule) => faults.inject(rule),
    clearFaults: () => faults.clear(),
    snapshot() {
      const { pendingPolls, pendingRetries } = delivery.counts();
      const { rules, held } = faults.counts();
      let transcriptEntries = 0;
      for (const list of state.transcripts.values()) transcriptEntries += list.length;
      return {
        webhook: state.webhook ? { url: state.webhook.url, updatedAt: state.webhook.updatedAt } : null,
        counts: {
          users: state.users.size,
          tokens: state.tokens.size,
          queuedUpdates: state.queue.length,
          pendingPolls,
          pendingRetries,
          heldRequests: held,
          faultRules: rules,
          transcriptEntries,
        },
        stats: { ...state.stats },
      };
    },
    close() {
      faults.releaseAll();
      delivery.close();
    },
  };
}

/** A self-contained avatar (initial on a colour), so the sandbox loads nothing from outside. */
function avatarDataUrl(name: string): string {
  const initial = (name.trim()[0] ?? '?').toUpperCase().replace(/[<>&"']/g, '?');
  const hue = [...name].reduce((sum, ch) => sum + (ch.codePointAt(0) ?? 0), 0) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="hsl(${hue},55%,45%)"/><text x="60" y="78" font-size="56" text-anchor="middle" fill="#fff" font-family="sans-serif">${initial}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
