import { withoutControlCharacters } from '@tds/shared';
import { z } from 'zod';

/**
 * Zalo ids are strings. A JSON number is accepted only while it is still exact (≤ 2^53 − 1);
 * a bigger one has already been rounded by JSON.parse, and a wrong chat id must never be used.
 */
export const ZaloId = z.union([
  z.string().trim().min(1).max(64).regex(withoutControlCharacters),
  z.number().int().nonnegative().refine(Number.isSafeInteger, 'id lost precision').transform(String),
]);

/** Milliseconds since the epoch (Zalo sends ms, unlike Telegram's seconds). */
const MsDate = z.union([z.number(), z.string().regex(/^\d{1,16}$/).transform(Number)]);

export const ZaloSender = z.looseObject({
  id: ZaloId,
  display_name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

export const ZaloChat = z.looseObject({
  id: ZaloId,
  chat_type: z.enum(['PRIVATE', 'GROUP']),
});

const BaseMessage = z.looseObject({
  message_id: ZaloId,
  date: MsDate,
  from: ZaloSender,
  chat: ZaloChat,
});

export const TEXT_EVENT = 'message.text.received';
export const IMAGE_EVENT = 'message.image.received';
export const STICKER_EVENT = 'message.sticker.received';
export const UNSUPPORTED_EVENT = 'message.unsupported.received';
const KNOWN_EVENTS: readonly string[] = [TEXT_EVENT, IMAGE_EVENT, STICKER_EVENT, UNSUPPORTED_EVENT];

const TextUpdate = z
  .object({ event_name: z.literal(TEXT_EVENT), message: BaseMessage.extend({ text: z.string() }) })
  .transform((u) => ({ kind: 'text' as const, ...u }));

const ImageUpdate = z
  .object({
    event_name: z.literal(IMAGE_EVENT),
    message: BaseMessage.extend({ photo_url: z.string().optional(), caption: z.string().optional() }),
  })
  .transform((u) => ({ kind: 'image' as const, ...u }));

const StickerUpdate = z
  .object({
    event_name: z.literal(STICKER_EVENT),
    message: BaseMessage.extend({ sticker: z.string().optional(), url: z.string().optional() }),
  })
  .transform((u) => ({ kind: 'sticker' as const, ...u }));

/** What we can still read from an event we do not handle: enough to answer "I only read text". */
const LooseMessage = z.looseObject({
  message_id: ZaloId.optional().catch(undefined),
  date: MsDate.optional().catch(undefined),
  from: ZaloSender.optional().catch(undefined),
  chat: ZaloChat.optional().catch(undefined),
});

/** `message.unsupported.received` and any event name Zalo adds later: never a crash, never a 400. */
const UnsupportedUpdate = z
  .looseObject({
    event_name: z
      .string()
      .regex(withoutControlCharacters)
      .refine((name) => name === UNSUPPORTED_EVENT || !KNOWN_EVENTS.includes(name)),
    message: LooseMessage.nullish().catch(null),
  })
  .transform((u) => ({ kind: 'unsupported' as const, event_name: u.event_name, message: u.message ?? null }));

/** The webhook posts the update bare; getUpdates (and some relays) wrap it as `{ ok, result }`. */
function unwrap(input: unknown): unknown {
  if (input && typeof input === 'object' && !('event_name' in input) && 'result' in input) {
    return (input as { result: unknown }).result;
  }
  return input;
}

export const ZaloUpdate = z.preprocess(unwrap, z.union([TextUpdate, ImageUpdate, StickerUpdate, UnsupportedUpdate]));
export type ZaloUpdate = z.infer<typeof ZaloUpdate>;
export type ZaloTextUpdate = Extract<ZaloUpdate, { kind: 'text' }>;

/** Replays carry the same event name and message id; `null` when there is no id to dedupe on. */
export function updateDedupeKey(update: ZaloUpdate): string | null {
  const messageId = update.message?.message_id;
  return messageId ? `${update.event_name}:${messageId}` : null;
}

/** The chat to answer in, when the update says. */
export function updateChatId(update: ZaloUpdate): string | null {
  return update.message?.chat?.id ?? null;
}
