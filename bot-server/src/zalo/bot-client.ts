import type { z } from 'zod';
import {
  AnyResult,
  BotEnvelope,
  BotInfo,
  SendChatActionParams,
  SendMessageParams,
  SendPhotoParams,
  SendStickerParams,
  SentMessage,
  SetWebhookParams,
  WebhookInfo,
} from './bot-schemas';
import { ZaloBotApiError } from './errors';
import { fetchText, tryParseJson, type FetchLike } from './http';
import { MAX_MESSAGE_LENGTH } from './split-message';
import { ZaloUpdate } from './update-schema';

export { splitMessage, MAX_MESSAGE_LENGTH } from './split-message';

export interface ZaloBotClientOptions {
  /** `https://bot-api.zaloplatforms.com` in production, `http://host/zalo-sim/bot` in the sandbox. */
  baseUrl: string;
  /** `<bot_id>:<secret>`; it is part of every URL, so URLs are never logged or put in errors. */
  token: string;
  fetch?: FetchLike;
  /** Deadline per call; `getUpdates` adds its long-poll time on top. */
  timeoutMs: number;
}

/** Lets a caller (the long poller) abandon a call early. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface ZaloBotClient {
  getMe(opts?: CallOptions): Promise<BotInfo>;
  /** Rejects text outside 1–2000 characters without calling Zalo: split first (`splitMessage`). */
  sendMessage(params: SendMessageParams, opts?: CallOptions): Promise<SentMessage>;
  sendPhoto(params: SendPhotoParams, opts?: CallOptions): Promise<SentMessage>;
  sendSticker(params: SendStickerParams, opts?: CallOptions): Promise<SentMessage>;
  sendChatAction(params: SendChatActionParams, opts?: CallOptions): Promise<void>;
  setWebhook(params: SetWebhookParams, opts?: CallOptions): Promise<WebhookInfo>;
  getWebhookInfo(opts?: CallOptions): Promise<WebhookInfo>;
  deleteWebhook(opts?: CallOptions): Promise<WebhookInfo>;
  /** Long poll: Zalo answers one update, or 408 when none came; that 408 is returned as `[]`. */
  getUpdates(params: { timeout: number }, opts?: CallOptions): Promise<ZaloUpdate[]>;
}

export function createZaloBotClient(options: ZaloBotClientOptions): ZaloBotClient {
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const redact = (text: string) => (options.token ? text.split(options.token).join('<token>') : text);

  async function call<S extends z.ZodType>(
    method: string,
    body: object,
    schema: S,
    opts: CallOptions & { extraTimeoutMs?: number } = {},
  ): Promise<z.output<S>> {
    const outcome = await fetchText(
      fetchFn,
      `${baseUrl}/bot${options.token}/${method}`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      { timeoutMs: options.timeoutMs + (opts.extraTimeoutMs ?? 0), signal: opts.signal },
    );
    if (!outcome.ok) {
      throw new ZaloBotApiError({ method, kind: outcome.kind, errorCode: 0, description: outcome.detail });
    }
    const { status, headers, text } = outcome.response;
    const envelope = BotEnvelope.safeParse(tryParseJson(text));
    if (!envelope.success) {
      // A proxy's HTML error page or an empty 502: keep the HTTP status so 5xx stays retryable.
      const errorCode = status >= 400 ? status : 0;
      throw new ZaloBotApiError({ method, kind: 'invalid_response', errorCode, description: `unreadable answer (HTTP ${status})` });
    }
    const answer = envelope.data;
    if (!answer.ok) {
      const retryAfterS = answer.parameters?.retry_after ?? Number(headers.get('retry-after') ?? NaN);
      throw new ZaloBotApiError({
        method,
        kind: 'api',
        errorCode: answer.error_code,
        description: redact(answer.description),
        retryAfterMs: Number.isFinite(retryAfterS) && retryAfterS >= 0 ? retryAfterS * 1000 : undefined,
      });
    }
    const result = schema.safeParse(answer.result);
    if (!result.success) {
      throw new ZaloBotApiError({ method, kind: 'invalid_response', errorCode: 0, description: 'unexpected result shape' });
    }
    return result.data;
  }

  /** Fails fast on arguments Zalo would refuse, so a bad call never costs a request or rate budget. */
  function check<S extends z.ZodType>(method: string, schema: S, params: unknown): z.output<S> {
    const parsed = schema.safeParse(params);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      throw new ZaloBotApiError({ method, kind: 'invalid_request', errorCode: 400, description: `invalid parameters: ${fields}` });
    }
    return parsed.data;
  }

  return {
    getMe: (opts) => call('getMe', {}, BotInfo, opts),
    sendMessage: async (params, opts) => {
      const checked = check('sendMessage', SendMessageParams, params);
      if (checked.text.length < 1 || checked.text.length > MAX_MESSAGE_LENGTH) {
        const description = `text must be 1–${MAX_MESSAGE_LENGTH} characters (got ${checked.text.length}); split it first`;
        throw new ZaloBotApiError({ method: 'sendMessage', kind: 'invalid_request', errorCode: 400, description });
      }
      return call('sendMessage', checked, SentMessage, opts);
    },
    sendPhoto: async (params, opts) => call('sendPhoto', check('sendPhoto', SendPhotoParams, params), SentMessage, opts),
    sendSticker: async (params, opts) => call('sendSticker', check('sendSticker', SendStickerParams, params), SentMessage, opts),
    sendChatAction: async (params, opts) => {
      await call('sendChatAction', check('sendChatAction', SendChatActionParams, params), AnyResult, opts);
    },
    setWebhook: async (params, opts) => call('setWebhook', check('setWebhook', SetWebhookParams, params), WebhookInfo, opts),
    getWebhookInfo: (opts) => call('getWebhookInfo', {}, WebhookInfo, opts),
    deleteWebhook: (opts) => call('deleteWebhook', {}, WebhookInfo, opts),
    getUpdates: async ({ timeout }, opts) => {
      let result: unknown;
      try {
        // ZALO.md: the timeout travels as a string ("30").
        result = await call('getUpdates', { timeout: String(timeout) }, AnyResult, { ...opts, extraTimeoutMs: timeout * 1000 });
      } catch (err) {
        if (err instanceof ZaloBotApiError && err.kind === 'api' && err.errorCode === 408) return [];
        throw err;
      }
      return parseUpdates(result);
    },
  };
}

/** Zalo answers a single update; an array (or nothing) is tolerated in case that changes. */
function parseUpdates(result: unknown): ZaloUpdate[] {
  if (result === null || result === undefined) return [];
  const items = Array.isArray(result) ? result : [result];
  return items.map((item) => {
    const parsed = ZaloUpdate.safeParse(item);
    if (!parsed.success) {
      throw new ZaloBotApiError({ method: 'getUpdates', kind: 'invalid_response', errorCode: 0, description: 'update of unexpected shape' });
    }
    return parsed.data;
  });
}
