import { can, type Actor } from '@tds/shared';
import type { AppContext } from '../../context';
import { recordAudit } from '../audit/repo';
import { actorOfPerson, findPersonBy, findPersonWithUnit } from '../org/repo';

export const groupMessages = {
  linked: (unitName: string) => `Đã kết nối nhóm này với ${unitName}. Thông báo của đơn vị gửi kèm "vào nhóm Zalo" sẽ được đăng tại đây. Nhắc việc riêng vẫn gửi qua tin nhắn riêng.`,
  unlinked: 'Đã ngắt kết nối nhóm này. Thông báo sẽ không được đăng vào nhóm nữa.',
  notAllowed: 'Chỉ hiệu trưởng, tổ trưởng hoặc cán bộ phụ trách đã kết nối tài khoản với trợ lý (nhắn riêng /start MÃ) mới kết nối được nhóm.',
  groupsUnavailable: 'Zalo chưa cho phép trợ lý hoạt động trong nhóm. Thông báo vẫn đến từng người qua tin nhắn riêng và mini app.',
  help: 'Trợ lý Thi Đua Số chỉ trao đổi việc riêng qua tin nhắn riêng. Trong nhóm, hiệu trưởng hoặc tổ trưởng gõ /ketnoi để nhận thông báo của đơn vị tại đây, /ngatketnoi để thôi.',
} as const;

/** The person writing in the group, if their Zalo account is linked and they may link their unit's group. */
async function linkerOf(ctx: AppContext, botUserId: string): Promise<{ actor: Actor; unitName: string } | null> {
  const person = await findPersonBy(ctx.store.db, 'bot_user_id', botUserId);
  if (!person || person.active !== 1) return null;
  const withUnit = await findPersonWithUnit(ctx.store.db, person.id);
  if (!withUnit) return null;
  const actor = actorOfPerson(withUnit);
  return can(actor, 'groupChats.link', { unitPath: actor.unitPath }) ? { actor, unitName: withUnit.unit_name } : null;
}

/**
 * `/ketnoi` and `/ngatketnoi`, typed inside a group: a message from the group proves the bot is in
 * it, and the sender's own unit is the one linked, so nobody can point a unit's announcements at a
 * group of their choosing. Answers never carry personal data: everyone in the group reads them.
 */
export async function handleGroupCommand(ctx: AppContext, message: { fromId: string; chatId: string }, command: string, canJoinGroups: () => Promise<boolean>): Promise<string> {
  if (command !== 'ketnoi' && command !== 'ngatketnoi') return groupMessages.help;
  if (!(await canJoinGroups())) return groupMessages.groupsUnavailable;
  const linker = await linkerOf(ctx, message.fromId);
  if (!linker) return groupMessages.notAllowed;
  const now = ctx.clock.now();
  const { actor } = linker;
  if (command === 'ngatketnoi') {
    const result = await ctx.store.db.updateTable('group_chats').set({ active: 0 }).where('chat_id', '=', message.chatId).where('unit_id', '=', actor.unitId).executeTakeFirst();
    if (result.numUpdatedRows > 0n) await recordAudit(ctx.store.db, now, { actorId: actor.personId, action: 'groupChat.unlink', subjectType: 'unit', subjectId: actor.unitId });
    return groupMessages.unlinked;
  }
  await ctx.store.transact(async (trx) => {
    await trx
      .insertInto('group_chats')
      .values({ chat_id: message.chatId, unit_id: actor.unitId, linked_by: actor.personId, linked_at: now.toISOString(), active: 1 })
      .onConflict((conflict) => conflict.column('chat_id').doUpdateSet({ unit_id: actor.unitId, linked_by: actor.personId, linked_at: now.toISOString(), active: 1 }))
      .execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'groupChat.link', subjectType: 'unit', subjectId: actor.unitId });
  });
  return groupMessages.linked(linker.unitName);
}
