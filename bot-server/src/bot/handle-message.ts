import { DigestSetting, digestMinuteOf, formatIsoDayVi, isAckReply, isBareOne, parseDigestTime, type Actor } from '@tds/shared';
import type { AppContext } from '../context';
import { handleGroupCommand } from '../features/group-chats/link-group';
import { acknowledgeLatest, hasOpenAck } from '../features/acknowledgements/service';
import { actorOfPerson, findPersonBy, findPersonWithUnit, updatePerson } from '../features/org/repo';
import { setDigestMinute } from '../features/outbox/digest';
import { myDeadlines } from '../features/plans/service';
import { answerAsk } from '../features/progress/answers';
import { openAsksOf } from '../features/progress/repo';
import type { PersonRow } from '../store/schema';
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

/** What the conversation asks of the platform itself. */
export interface BotPlatform {
  /** `getMe.can_join_groups`: group chats are used only while Zalo allows bots in them. */
  canJoinGroups(): Promise<boolean>;
}

const COMMAND = /^\/([a-z]+)(?:@\S+)?(?:\s+(.*))?$/is;

/**
 * The bot's conversation. "/start CODE" links the chat; the commands answer from the person's own
 * data; any other text answers their pending progress question. In a group the bot only answers
 * commands (linking the group to a unit, or how to reach it): nothing personal is said where others read.
 */
export async function handleMessage(ctx: AppContext, message: IncomingMessage, reply: Reply, platform: BotPlatform): Promise<void> {
  const text = message.text?.trim() ?? null;
  const command = text === null ? null : COMMAND.exec(text);
  if (!message.isPrivate) {
    if (command) await reply(message.chatId, await handleGroupCommand(ctx, message, command[1]!.toLowerCase(), platform.canJoinGroups));
    return;
  }
  if (command?.[1]?.toLowerCase() === 'start') {
    await handleStart(ctx, message, command[2]?.trim() ?? '', reply);
    return;
  }
  const person = await findPersonBy(ctx.store.db, 'bot_user_id', message.fromId);
  if (!person || person.active !== 1) {
    await reply(message.chatId, botMessages.welcomeUnlinked);
    return;
  }
  if (text === null) {
    await reply(message.chatId, botMessages.onlyText);
    return;
  }
  const answer = command ? await runCommand(ctx, person, command[1]!.toLowerCase(), command[2]?.trim() ?? '') : await answerPending(ctx, person, text);
  await reply(message.chatId, answer);
}

async function handleStart(ctx: AppContext, message: IncomingMessage, code: string, reply: Reply): Promise<void> {
  if (!code) {
    await reply(message.chatId, botMessages.welcomeUnlinked);
    return;
  }
  const outcome = await linkBotChat(ctx, code, message.fromId, message.chatId);
  if (outcome.linked) await reply(message.chatId, botMessages.linked(outcome.fullName));
  else await reply(message.chatId, outcome.reason === 'chat_taken' ? botMessages.chatTaken : botMessages.badLinkCode);
}

async function runCommand(ctx: AppContext, person: PersonRow, name: string, argument: string): Promise<string> {
  const now = ctx.clock.now();
  switch (name) {
    case 'han': {
      const actor = await actorFor(ctx, person);
      const deadlines = actor ? (await myDeadlines(ctx, actor)).slice(0, 8) : [];
      if (deadlines.length === 0) return botMessages.noDeadlines;
      return botMessages.deadlines(deadlines.map((deadline) => `- ${formatIsoDayVi(deadline.dueOn)} (còn ${deadline.daysLeft} ngày${deadline.dueDayOff ? `, hạn rơi vào ngày nghỉ: ${deadline.dueDayOff}` : ''}): ${deadline.what}${deadline.recipient ? ` → ${deadline.recipient}` : ''}`));
    }
    case 'tiendo': {
      const asks = await openAsksOf(ctx.store.db, person.id, now.toISOString());
      if (asks.length === 0) return botMessages.noQuestions;
      return botMessages.questions(asks.map((ask) => `- ${ask.text}${ask.current_value ? ' (đã trả lời, gửi lại để sửa)' : ''}`));
    }
    case 'dung':
      await updatePerson(ctx.store.db, person.id, { reminders_paused_at: now.toISOString(), updated_at: now.toISOString() });
      return botMessages.paused;
    case 'batdau':
      await updatePerson(ctx.store.db, person.id, { reminders_paused_at: null, updated_at: now.toISOString() });
      return botMessages.resumed;
    case 'gopngay': {
      // "/gopngay" alone keeps it simple: the end of the working day.
      const time = argument ? parseDigestTime(argument) : '17:00';
      const setting = DigestSetting.safeParse({ digestAt: time });
      if (!setting.success || setting.data.digestAt === null) return botMessages.digestBadTime;
      await setDigestMinute(ctx.store.db, person.id, digestMinuteOf(setting.data.digestAt), now);
      return botMessages.digestOn(setting.data.digestAt);
    }
    case 'tungtin':
      await setDigestMinute(ctx.store.db, person.id, null, now);
      return botMessages.digestOff;
    default:
      return botMessages.help(person.full_name);
  }
}

/**
 * Plain text answers the newest open question the person has not answered yet (or, when all are
 * answered, the newest one, so a second message corrects the first). "Đã nhận" confirms the
 * newest message that asks for it. A bare "1" is both a yes/no answer and a confirmation, so:
 * while a question awaits the person's answer, "1" answers it (and the bot says how to confirm, if
 * something waits for that); otherwise "1" confirms, and only with nothing to confirm does it
 * correct an earlier answer.
 */
async function answerPending(ctx: AppContext, person: PersonRow, text: string): Promise<string> {
  if (isAckReply(text)) return confirmLatest(ctx, person);
  const asks = await openAsksOf(ctx.store.db, person.id, ctx.clock.now().toISOString());
  const unanswered = asks.find((candidate) => candidate.current_value === null);
  const one = isBareOne(text);
  if (one && !unanswered) {
    const confirmed = await acknowledgeLatest(ctx, person.id);
    if (confirmed) return botMessages.acknowledged(confirmed.label);
  }
  const ask = unanswered ?? asks[0];
  if (!ask) return botMessages.help(person.full_name);
  const outcome = await answerAsk(ctx, person.id, ask, text, 'bot');
  if (!outcome.ok) return botMessages.answerUnreadable(outcome.hint, outcome.questionText);
  const saved = botMessages.answerSaved(outcome.summary.slice(0, 200), outcome.questionText);
  const lines = [saved];
  if (text.length > 1000) lines.push(botMessages.answerTruncated);
  if (one && (await hasOpenAck(ctx, person.id))) lines.push(botMessages.ackHowTo);
  return lines.join('\n');
}

async function confirmLatest(ctx: AppContext, person: PersonRow): Promise<string> {
  const confirmed = await acknowledgeLatest(ctx, person.id);
  return confirmed ? botMessages.acknowledged(confirmed.label) : botMessages.nothingToAcknowledge;
}

async function actorFor(ctx: AppContext, person: PersonRow): Promise<Actor | null> {
  const withUnit = await findPersonWithUnit(ctx.store.db, person.id);
  return withUnit ? actorOfPerson(withUnit) : null;
}

