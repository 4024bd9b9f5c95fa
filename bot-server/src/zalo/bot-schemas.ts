import { z } from 'zod';
import { ZaloId } from './update-schema';

/** Every Bot Platform answer: `{ok:true,result}` or `{ok:false,error_code,description}`. */
export const BotEnvelope = z.discriminatedUnion('ok', [
  z.looseObject({ ok: z.literal(true), result: z.unknown().optional() }),
  z.looseObject({
    ok: z.literal(false),
    error_code: z.number().int(),
    description: z.string().catch(''),
    // Not documented by Zalo; read when present, as Telegram-style clients do.
    parameters: z.looseObject({ retry_after: z.number().optional() }).optional().catch(undefined),
  }),
]);

/** `getMe`. Only `id` is relied on; the rest is informative and may be missing. */
export const BotInfo = z.looseObject({
  id: ZaloId,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  /** Group chats are beta: send to a GROUP chat id only when this is true. */
  can_join_groups: z.boolean().optional(),
});
export type BotInfo = z.infer<typeof BotInfo>;

/** `sendMessage`, `sendPhoto`, `sendSticker`. */
export const SentMessage = z.looseObject({
  message_id: ZaloId,
  date: z.number().optional(),
});
export type SentMessage = z.infer<typeof SentMessage>;

/** `getWebhookInfo` (and what `setWebhook`/`deleteWebhook` echo): an empty url means "no webhook". */
export const WebhookInfo = z.looseObject({
  url: z
    .string()
    .nullish()
    .transform((url) => url ?? ''),
  updated_at: z.number().optional(),
});
export type WebhookInfo = z.infer<typeof WebhookInfo>;

/** Methods whose result we do not interpret (`sendChatAction`: `true` or an object). */
export const AnyResult = z.unknown();

export const SendMessageParams = z.object({ chat_id: z.string().min(1), text: z.string() });
export type SendMessageParams = z.infer<typeof SendMessageParams>;

export const SendPhotoParams = z.object({ chat_id: z.string().min(1), photo: z.string().min(1), caption: z.string().optional() });
export type SendPhotoParams = z.infer<typeof SendPhotoParams>;

export const SendStickerParams = z.object({ chat_id: z.string().min(1), sticker: z.string().min(1) });
export type SendStickerParams = z.infer<typeof SendStickerParams>;

export const SendChatActionParams = z.object({ chat_id: z.string().min(1), action: z.enum(['typing', 'upload_photo']) });
export type SendChatActionParams = z.infer<typeof SendChatActionParams>;

export const SetWebhookParams = z.object({ url: z.url(), secret_token: z.string().min(8).max(256) });
export type SetWebhookParams = z.infer<typeof SetWebhookParams>;
