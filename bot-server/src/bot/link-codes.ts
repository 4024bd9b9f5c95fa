import type { BotLinkCode } from '@tds/shared';
import type { AppContext } from '../context';
import { hashSecret } from '../auth/session-tokens';
import { generateCode } from '../features/org/join-codes';
import { recordAudit } from '../features/audit/repo';
import { findPersonBy, updatePerson } from '../features/org/repo';

const LINK_CODE_TTL_MS = 30 * 60 * 1000;

/** A one-time code the person sends to the bot as "/start CODE" to bind that chat to themselves. */
export async function createBotLinkCode(ctx: AppContext, personId: string): Promise<BotLinkCode> {
  const now = ctx.clock.now();
  const code = generateCode();
  const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
  await ctx.store.db
    .insertInto('bot_link_codes')
    .values({ code_hash: hashSecret(code), person_id: personId, expires_at: expiresAt.toISOString(), used_at: null })
    .execute();
  return { code, expiresAt: expiresAt.toISOString(), startCommand: `/start ${code}` };
}

export type LinkOutcome = { linked: true; fullName: string } | { linked: false; reason: 'unknown_code' | 'chat_taken' };

/**
 * Binds a bot chat to the person who asked for the code. The code is spent atomically; a bot user
 * already bound to someone else keeps that binding (one phone, one person).
 */
export async function linkBotChat(ctx: AppContext, code: string, botUserId: string, chatId: string): Promise<LinkOutcome> {
  const now = ctx.clock.now();
  return ctx.store.db.transaction().execute(async (trx) => {
    const codeHash = hashSecret(code.trim().toUpperCase());
    const spent = await trx
      .updateTable('bot_link_codes')
      .set({ used_at: now.toISOString() })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .returning('person_id')
      .executeTakeFirst();
    if (!spent) return { linked: false, reason: 'unknown_code' } as const;
    const holder = await findPersonBy(trx, 'bot_user_id', botUserId);
    if (holder && holder.id !== spent.person_id) return { linked: false, reason: 'chat_taken' } as const;
    await updatePerson(trx, spent.person_id, { bot_user_id: botUserId, bot_chat_id: chatId, updated_at: now.toISOString() });
    await recordAudit(trx, now, { actorId: spent.person_id, action: 'bot.link', subjectType: 'person', subjectId: spent.person_id });
    const person = await trx.selectFrom('people').select('full_name').where('id', '=', spent.person_id).executeTakeFirstOrThrow();
    return { linked: true, fullName: person.full_name } as const;
  });
}
