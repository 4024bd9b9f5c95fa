import type { AppContext } from '../context';
import { findPersonBy } from '../features/org/repo';
import { linkBotChat } from './link-codes';
import { botMessages } from './messages';

/** What the conversation needs of an update, independent of the webhook or long-poll transport. */
export interface IncomingMessage {
  fromId: string;
  chatId: string;
  isPrivate: boolean;
  /** Null for photos, stickers and other non-text events. */
  text: string | null;
}

export type Reply = (chatId: string, text: string) => Promise<void>;

const START = /^\/start(?:@\S+)?(?:\s+(\S+))?\s*$/i;

/**
 * The bot's conversation: "/start CODE" links the chat to a person; anything else gets help.
 * Group chats are ignored: nothing personal is ever said where others can read it.
 */
export async function handleMessage(ctx: AppContext, message: IncomingMessage, reply: Reply): Promise<void> {
  if (!message.isPrivate) return;
  const start = message.text === null ? null : START.exec(message.text.trim());
  if (start) {
    const code = start[1];
    if (!code) {
      await reply(message.chatId, botMessages.welcomeUnlinked);
      return;
    }
    const outcome = await linkBotChat(ctx, code, message.fromId, message.chatId);
    if (outcome.linked) await reply(message.chatId, botMessages.linked(outcome.fullName));
    else await reply(message.chatId, outcome.reason === 'chat_taken' ? botMessages.chatTaken : botMessages.badLinkCode);
    return;
  }
  const person = await findPersonBy(ctx.store.db, 'bot_user_id', message.fromId);
  if (!person) {
    await reply(message.chatId, botMessages.welcomeUnlinked);
    return;
  }
  await reply(message.chatId, message.text === null ? botMessages.onlyText : botMessages.helpLinked(person.full_name));
}
