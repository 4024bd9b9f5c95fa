import type { ZaloBotClient } from './bot-client';
import { splitMessage } from './split-message';

/** One way of reaching a person; the outbox delivers through it. OA and ZNS would be further channels. */
export interface Channel {
  name: 'zalo-bot';
  send(message: { chatId: string; text: string }): Promise<{ providerMessageIds: string[] }>;
}

/**
 * A later part failed after earlier parts were delivered. Retrying the whole message would repeat
 * them, so the caller gets the ids already sent and decides (the cause tells whether a retry can help).
 */
export class PartialSendError extends Error {
  override readonly name = 'PartialSendError';
  constructor(
    readonly sentProviderMessageIds: string[],
    readonly totalParts: number,
    override readonly cause: unknown,
  ) {
    super(`sent ${sentProviderMessageIds.length} of ${totalParts} parts`);
  }
}

/** Sends long text as several messages (≤ 2000 characters each), strictly in order. */
export function createZaloBotChannel(client: Pick<ZaloBotClient, 'sendMessage'>): Channel {
  return {
    name: 'zalo-bot',
    async send({ chatId, text }) {
      const parts = splitMessage(text);
      if (parts.length === 0) throw new RangeError('cannot send an empty message');
      const providerMessageIds: string[] = [];
      for (const part of parts) {
        try {
          const sent = await client.sendMessage({ chat_id: chatId, text: part });
          providerMessageIds.push(sent.message_id);
        } catch (err) {
          if (providerMessageIds.length === 0) throw err;
          throw new PartialSendError(providerMessageIds, parts.length, err);
        }
      }
      return { providerMessageIds };
    },
  };
}
