import { z } from 'zod';
import type { Delivery } from './delivery';
import type { IdFactory } from './ids';
import { record, type SimulatorState, type TranscriptEntry } from './state';

export interface BotContext {
  state: SimulatorState;
  ids: IdFactory;
  now: () => number;
  botId: string;
  botName: string;
  delivery: Delivery;
  maxLongPollMs: number;
}

/** A method's answer; `undelivered` runs if the client left before it could be written. */
export type Outcome =
  | { ok: true; result: unknown; undelivered?: () => void }
  | { ok: false; code: number; description: string };

type Handler = (params: unknown, ctx: BotContext, clientGone: AbortSignal) => Outcome | Promise<Outcome>;

const ChatId = z.string().min(1);
const SendMessage = z.object({ chat_id: ChatId, text: z.string() });
const SendPhoto = z.object({ chat_id: ChatId, photo: z.string().regex(/^https?:\/\//), caption: z.string().max(2000).optional() });
const SendSticker = z.object({ chat_id: ChatId, sticker: z.string().min(1) });
const SendChatAction = z.object({ chat_id: ChatId, action: z.enum(['typing', 'upload_photo']) });
const SetWebhook = z.object({ url: z.string().min(1), secret_token: z.string().min(8).max(256) });
const GetUpdates = z.object({ timeout: z.union([z.string().regex(/^\d{1,4}$/).transform(Number), z.number().int().min(0)]).optional() });

const badRequest = (detail: string): Outcome => ({ ok: false, code: 400, description: `Bad Request: ${detail}` });

function parse<S extends z.ZodType>(schema: S, params: unknown): { data: z.output<S> } | { error: Outcome } {
  const parsed = schema.safeParse(params ?? {});
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: badRequest(`${issue?.path.join('.') || 'body'} ${issue?.message ?? 'is invalid'}`) };
}

/** Records a bot-side message in the chat, or 400 if the chat is unknown to the simulated platform. */
function botSends(ctx: BotContext, chatId: string, content: Pick<TranscriptEntry, 'kind' | 'text' | 'photoUrl'>): Outcome {
  const reachable = ctx.state.users.has(chatId) || (ctx.state.canJoinGroups && ctx.state.groups.has(chatId));
  if (!reachable) return badRequest('chat not found');
  const messageId = ctx.ids.messageId();
  const at = ctx.now();
  record(ctx.state, { chatId, side: 'bot', messageId, at, ...content });
  return { ok: true, result: { message_id: messageId, date: at } };
}

/**
 * Real Zalo requires an https webhook. The sandbox has no TLS, so loopback http URLs are accepted
 * here (and only here); anything else must be https, as in production.
 */
export function webhookUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not a valid URL';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return null;
  return 'url must use https';
}

export const BOT_METHODS: Readonly<Record<string, Handler>> = {
  getMe: (_params, ctx) => ({
    ok: true,
    result: { id: ctx.botId, account_name: ctx.botName, account_type: 'BASIC', can_join_groups: ctx.state.canJoinGroups },
  }),
  sendMessage(params, ctx) {
    const p = parse(SendMessage, params);
    if ('error' in p) return p.error;
    const length = [...p.data.text].length;
    if (length < 1 || length > 2000) return badRequest('text must be 1-2000 characters');
    return botSends(ctx, p.data.chat_id, { kind: 'text', text: p.data.text, photoUrl: null });
  },
  sendPhoto(params, ctx) {
    const p = parse(SendPhoto, params);
    if ('error' in p) return p.error;
    return botSends(ctx, p.data.chat_id, { kind: 'image', text: p.data.caption ?? null, photoUrl: p.data.photo });
  },
  sendSticker(params, ctx) {
    const p = parse(SendSticker, params);
    if ('error' in p) return p.error;
    return botSends(ctx, p.data.chat_id, { kind: 'sticker', text: p.data.sticker, photoUrl: null });
  },
  sendChatAction(params, ctx) {
    const p = parse(SendChatAction, params);
    if ('error' in p) return p.error;
    return ctx.state.users.has(p.data.chat_id) ? { ok: true, result: true } : badRequest('chat not found');
  },
  setWebhook(params, ctx) {
    const p = parse(SetWebhook, params);
    if ('error' in p) return p.error;
    const problem = webhookUrlProblem(p.data.url);
    if (problem) return badRequest(problem);
    ctx.state.webhook = { url: p.data.url, secretToken: p.data.secret_token, updatedAt: ctx.now() };
    // Updates queued for polling now go to the webhook, as a platform drains its backlog.
    for (const update of ctx.state.queue.splice(0)) void ctx.delivery.deliver(update);
    return { ok: true, result: { url: p.data.url, updated_at: ctx.state.webhook.updatedAt } };
  },
  getWebhookInfo: (_params, ctx) => ({
    ok: true,
    result: { url: ctx.state.webhook?.url ?? '', updated_at: ctx.state.webhook?.updatedAt ?? 0 },
  }),
  deleteWebhook(_params, ctx) {
    ctx.state.webhook = null;
    return { ok: true, result: { url: '', updated_at: ctx.now() } };
  },
  async getUpdates(params, ctx, clientGone) {
    const p = parse(GetUpdates, params);
    if ('error' in p) return p.error;
    if (ctx.state.webhook) {
      return { ok: false, code: 409, description: "Conflict: can't use getUpdates while a webhook is set; call deleteWebhook first" };
    }
    const waitMs = Math.min((p.data.timeout ?? 30) * 1000, ctx.maxLongPollMs);
    const update = await ctx.delivery.nextUpdate(waitMs, clientGone);
    if (!update) return { ok: false, code: 408, description: 'Request timeout' };
    return { ok: true, result: update, undelivered: () => ctx.delivery.requeue(update) };
  },
};
