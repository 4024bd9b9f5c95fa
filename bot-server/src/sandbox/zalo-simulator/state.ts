/** A simulated Zalo person. The two ids live in different spaces, as on real Zalo. */
export interface SimUser {
  name: string;
  /** App-scoped id answered by Graph `/me` (what the mini app sign-in sees). */
  appUserId: string;
  /** Bot Platform `from.id`, also the private chat id. */
  botUserId: string;
  /** `84…` form, answered by the phone exchange. */
  phone: string;
  pictureUrl: string;
  createdAt: number;
}

/** A Zalo group chat the bot was added to; only usable while the platform lets bots into groups. */
export interface SimGroup {
  id: string;
  title: string;
  /** Bot Platform ids of the people in the group. */
  members: Set<string>;
}

export interface SimToken {
  appUserId: string;
  expiresAt: number;
}

export interface SimWebhook {
  url: string;
  secretToken: string;
  updatedAt: number;
}

/** The JSON body the platform delivers (webhook body, or getUpdates result). */
export interface SimUpdate {
  event_name: string;
  message: {
    message_id: string;
    date: number;
    from: { id: string; display_name: string; is_bot: boolean };
    chat: { id: string; chat_type: 'PRIVATE' | 'GROUP' };
    text?: string;
    photo_url?: string;
    caption?: string;
    sticker?: string;
  };
}

/** One line of a chat as the simulator saw it. `seq` is global and increasing, for `?after=`. */
export interface TranscriptEntry {
  seq: number;
  chatId: string;
  side: 'user' | 'bot';
  kind: 'text' | 'image' | 'sticker';
  text: string | null;
  photoUrl: string | null;
  messageId: string;
  at: number;
}

export interface SimulatorState {
  users: Map<string, SimUser>;
  groups: Map<string, SimGroup>;
  /** `getMe.can_join_groups`: false on real Zalo today (ZALO.md), switchable here to test group delivery. */
  canJoinGroups: boolean;
  tokens: Map<string, SimToken>;
  /** Phone-exchange codes → app user id; single use. */
  phoneCodes: Map<string, string>;
  webhook: SimWebhook | null;
  /** Updates waiting for getUpdates (no webhook set, no poll waiting). */
  queue: SimUpdate[];
  transcripts: Map<string, TranscriptEntry[]>;
  lastUpdate: SimUpdate | null;
  seq: number;
  stats: { botCalls: number; webhookAttempts: number; webhookFailures: number; rateLimited: number };
}

export function createSimulatorState(): SimulatorState {
  return {
    users: new Map(),
    groups: new Map(),
    canJoinGroups: false,
    tokens: new Map(),
    phoneCodes: new Map(),
    webhook: null,
    queue: [],
    transcripts: new Map(),
    lastUpdate: null,
    seq: 0,
    stats: { botCalls: 0, webhookAttempts: 0, webhookFailures: 0, rateLimited: 0 },
  };
}

export function findUserByAppId(state: SimulatorState, appUserId: string): SimUser | undefined {
  for (const user of state.users.values()) if (user.appUserId === appUserId) return user;
  return undefined;
}

export function record(state: SimulatorState, entry: Omit<TranscriptEntry, 'seq'>): TranscriptEntry {
  state.seq += 1;
  const full = { ...entry, seq: state.seq };
  const list = state.transcripts.get(entry.chatId) ?? [];
  list.push(full);
  state.transcripts.set(entry.chatId, list);
  return full;
}

export function transcriptOf(state: SimulatorState, chatId: string, after = 0): TranscriptEntry[] {
  return (state.transcripts.get(chatId) ?? []).filter((entry) => entry.seq > after);
}
