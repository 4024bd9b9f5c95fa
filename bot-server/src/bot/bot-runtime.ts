import type { Router } from 'express';
import type { AppContext } from '../context';
import { createZaloBotClient, type ZaloBotClient } from '../zalo/bot-client';
import { createZaloBotChannel } from '../zalo/channel';
import { createLongPoller, type LongPoller } from '../zalo/long-poller';
import type { ZaloUpdate } from '../zalo/update-schema';
import { createWebhookRouter } from '../zalo/webhook-receiver';
import { handleMessage, type IncomingMessage } from './handle-message';

/**
 * Records a delivery key; true the first time only. The primary key does the deduplication, so
 * replays arriving at two instances at once still run once.
 */
export function deliveryDeduper(ctx: AppContext): (key: string) => Promise<boolean> {
  return async (key) => {
    const result = await ctx.store.db
      .insertInto('processed_updates')
      .values({ dedupe_key: key, received_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  };
}

/** A platform fact asked at most once per `ttlMs` (Zalo may switch it; a restart is not needed). */
function rememberedFor<T>(ttlMs: number, read: () => Promise<T>): () => Promise<T> {
  let cached: { value: T; until: number } | null = null;
  return async () => {
    if (cached && cached.until > Date.now()) return cached.value;
    const value = await read();
    cached = { value, until: Date.now() + ttlMs };
    return value;
  };
}

function toIncoming(update: ZaloUpdate): IncomingMessage | null {
  const message = update.message;
  if (!message?.from || !message.chat) return null;
  return {
    fromId: message.from.id,
    chatId: message.chat.id,
    isPrivate: message.chat.chat_type === 'PRIVATE',
    text: update.kind === 'text' ? update.message.text : null,
  };
}

export interface BotRuntime {
  client: ZaloBotClient;
  /** Present in webhook mode: mount at /api/zalo/webhook. */
  webhookRouter: Router | null;
  /** Registers the webhook with Zalo, or starts long polling. */
  start(webhookUrl: string): Promise<void>;
  stop(): Promise<void>;
}

/** The bot's transport (webhook or long poll) wired to the conversation, over the real Bot Platform client. */
export function createBotRuntime(ctx: AppContext, botBaseUrl: string): BotRuntime {
  const { zalo } = ctx.config;
  const client = createZaloBotClient({ baseUrl: botBaseUrl, token: zalo.botToken, timeoutMs: 35_000 });
  const channel = createZaloBotChannel(client);
  const isFirstDelivery = deliveryDeduper(ctx);
  const platform = { canJoinGroups: rememberedFor(10 * 60_000, async () => (await client.getMe()).can_join_groups === true) };
  const onUpdate = async (update: ZaloUpdate) => {
    const incoming = toIncoming(update);
    if (!incoming) return;
    const reply = async (chatId: string, text: string) => {
      await channel.send({ chatId, text });
    };
    await handleMessage(ctx, incoming, reply, platform);
  };
  const logger = ctx.logger.child({ component: 'bot' });
  let poller: LongPoller | null = null;

  return {
    client,
    webhookRouter: zalo.botMode === 'webhook' ? createWebhookRouter({ secretToken: zalo.webhookSecret, isFirstDelivery, onUpdate, logger }) : null,
    async start(webhookUrl) {
      if (zalo.botMode === 'webhook') {
        await client.setWebhook({ url: webhookUrl, secret_token: zalo.webhookSecret });
        logger.info({ url: webhookUrl }, 'bot webhook registered');
        return;
      }
      poller = createLongPoller({ client, onUpdate, isFirstDelivery, logger, timeoutSeconds: 30 });
      await poller.start();
    },
    async stop() {
      await poller?.stop();
    },
  };
}
