import { randomUUID } from 'node:crypto';
import { AnnouncementAudience, type Actor, type AnnouncementDelivery, type AnnouncementView, type CreateAnnouncementBody, type Role } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { findAttachment } from '../attachments/repo';
import { findUnit } from '../org/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import { audienceGroupChats, expandAudience } from './recipients';

/**
 * Records an announcement (once per idempotency key) and, unless scheduled for later, sends it:
 * recipients are expanded at send time and each gets one outbox message.
 */
export async function createAnnouncement(ctx: AppContext, actor: Actor, body: CreateAnnouncementBody, idempotencyKey: string): Promise<AnnouncementView> {
  const { db } = ctx.store;
  const existingId = async () => (await db.selectFrom('announcements').select('id').where('author_person_id', '=', actor.personId).where('idempotency_key', '=', idempotencyKey).executeTakeFirst())?.id;
  const existing = await existingId();
  if (existing) return announcementView(ctx, actor, existing);
  await expandAudience(db, actor, body);
  if (body.attachmentId) {
    const attachment = await findAttachment(db, body.attachmentId);
    if (!attachment || attachment.owner_person_id !== actor.personId) throw badRequest('Tệp đính kèm không hợp lệ', { attachmentId: 'Tệp đính kèm không hợp lệ' });
  }
  const now = ctx.clock.now();
  const sendAt = body.sendAt ? new Date(body.sendAt) : now;
  if (sendAt.getTime() < now.getTime() - 60_000) throw badRequest('Thời điểm gửi đã qua', { sendAt: 'Thời điểm gửi đã qua' });
  const id = randomUUID();
  try {
    await insertAnnouncement();
  } catch (error) {
    // A retry racing the first request: the unique (author, key) let the other one in.
    const raced = await existingId();
    if (raced) return announcementView(ctx, actor, raced);
    throw error;
  }
  if (sendAt <= now) await fanOut(ctx, id, now);
  return announcementView(ctx, actor, id);

  async function insertAnnouncement() {
    await ctx.store.transact(async (trx) => {
      await trx
        .insertInto('announcements')
        .values({ id, author_person_id: actor.personId, unit_id: actor.unitId, text: body.text, attachment_id: body.attachmentId ?? null, audience: JSON.stringify({ unitIds: body.unitIds, roles: body.roles, groupChats: body.groupChats }), send_at: sendAt.toISOString(), fanned_out_at: null, idempotency_key: idempotencyKey, created_at: now.toISOString() })
        .execute();
      await recordAudit(trx, now, { actorId: actor.personId, action: 'announcement.create', subjectType: 'announcement', subjectId: id });
    });
  }
}

/**
 * Sends one announcement: claims it (so two instances or ticks cannot both send), records its
 * recipients and enqueues their messages, all in one transaction.
 */
export async function fanOut(ctx: AppContext, announcementId: string, now: Date): Promise<number> {
  return ctx.store.transact(async (trx) => {
    const claimed = await trx.updateTable('announcements').set({ fanned_out_at: now.toISOString() }).where('id', '=', announcementId).where('fanned_out_at', 'is', null).executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) return 0;
    const row = await trx.selectFrom('announcements').innerJoin('people', 'people.id', 'announcements.author_person_id').innerJoin('units', 'units.id', 'people.unit_id').selectAll('announcements').select(['people.role', 'units.path', 'people.full_name']).where('announcements.id', '=', announcementId).executeTakeFirstOrThrow();
    const author: Actor = { personId: row.author_person_id, role: row.role as Role, unitId: row.unit_id, unitPath: row.path };
    const audience = AnnouncementAudience.parse(JSON.parse(row.audience));
    const recipients = await expandAudience(trx, author, audience);
    for (let i = 0; i < recipients.length; i += 200) {
      await trx.insertInto('announcement_recipients').values(recipients.slice(i, i + 200).map((person) => ({ announcement_id: announcementId, person_id: person.id, unit_id: person.unit_id, read_at: null }))).execute();
    }
    const text = `Thông báo từ ${row.full_name}:\n${row.text}`;
    const link = `/announcements/${announcementId}`;
    const groups = await audienceGroupChats(trx, author, audience);
    return enqueueMany(
      trx,
      [
        ...recipients.map((person) => ({ dedupeKey: `announcement:${announcementId}:${person.id}`, recipientPersonId: person.id, text, link })),
        ...groups.map((group) => ({ dedupeKey: `announcement:${announcementId}:group:${group.chat_id}`, recipientPersonId: group.linked_by, groupChatId: group.chat_id, text, link })),
      ],
      now,
    );
  });
}

/** Scheduled announcements whose time has come; run by the scheduler every minute. */
export async function fanOutDue(ctx: AppContext, now: Date): Promise<number> {
  const due = await ctx.store.db.selectFrom('announcements').select('id').where('fanned_out_at', 'is', null).where('send_at', '<=', now.toISOString()).execute();
  let sent = 0;
  for (const { id } of due) sent += await fanOut(ctx, id, now);
  return sent;
}

export async function announcementView(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementView> {
  const row = await ctx.store.db
    .selectFrom('announcements')
    .innerJoin('people', 'people.id', 'announcements.author_person_id')
    .innerJoin('units', 'units.id', 'announcements.unit_id')
    .leftJoin('announcement_recipients', (join) => join.onRef('announcement_recipients.announcement_id', '=', 'announcements.id').on('announcement_recipients.person_id', '=', actor.personId))
    .select(['announcements.id', 'announcements.text', 'announcements.send_at', 'announcements.fanned_out_at', 'announcements.attachment_id', 'announcements.author_person_id', 'people.full_name', 'units.name as unit_name', 'announcement_recipients.person_id as recipient', 'announcement_recipients.read_at'])
    .where('announcements.id', '=', id)
    .executeTakeFirst();
  if (!row || (row.author_person_id !== actor.personId && row.recipient === null)) throw notFound('Không tìm thấy thông báo');
  return { id: row.id, text: row.text, authorName: row.full_name, unitName: row.unit_name, sendAt: row.send_at, sent: row.fanned_out_at !== null, attachmentId: row.attachment_id, readAt: row.read_at };
}

/** The person's feed: announcements sent to them, newest first, with read state. */
export async function myAnnouncements(ctx: AppContext, actor: Actor): Promise<AnnouncementView[]> {
  const rows = await ctx.store.db
    .selectFrom('announcement_recipients')
    .innerJoin('announcements', 'announcements.id', 'announcement_recipients.announcement_id')
    .innerJoin('people', 'people.id', 'announcements.author_person_id')
    .innerJoin('units', 'units.id', 'announcements.unit_id')
    .select(['announcements.id', 'announcements.text', 'announcements.send_at', 'announcements.attachment_id', 'people.full_name', 'units.name as unit_name', 'announcement_recipients.read_at'])
    .where('announcement_recipients.person_id', '=', actor.personId)
    .orderBy('announcements.send_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({ id: row.id, text: row.text, authorName: row.full_name, unitName: row.unit_name, sendAt: row.send_at, sent: true, attachmentId: row.attachment_id, readAt: row.read_at }));
}

export async function markRead(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementView> {
  await ctx.store.db.updateTable('announcement_recipients').set({ read_at: ctx.clock.now().toISOString() }).where('announcement_id', '=', id).where('person_id', '=', actor.personId).where('read_at', 'is', null).execute();
  return announcementView(ctx, actor, id);
}

/** Sent / failed / not linked / read per unit, for the sender or an officer above them. */
export async function deliveryReport(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementDelivery> {
  const { db } = ctx.store;
  const announcement = await db.selectFrom('announcements').select(['id', 'unit_id', 'author_person_id']).where('id', '=', id).executeTakeFirst();
  const unit = announcement && (await findUnit(db, announcement.unit_id));
  if (!announcement || !unit) throw notFound('Không tìm thấy thông báo');
  if (announcement.author_person_id !== actor.personId) authorize(actor, 'announcements.send', { unitPath: unit.path });
  const recipients = await db
    .selectFrom('announcement_recipients')
    .innerJoin('units', 'units.id', 'announcement_recipients.unit_id')
    .select(['announcement_recipients.person_id', 'announcement_recipients.unit_id', 'units.name as unit_name', 'announcement_recipients.read_at'])
    .where('announcement_recipients.announcement_id', '=', id)
    .execute();
  const messages = await db.selectFrom('outbox').select(['dedupe_key', 'recipient_person_id', 'status', 'payload']).where('dedupe_key', 'like', `announcement:${id}:%`).execute();
  // A group post is recorded under the person who linked the group: keep it apart from their own message.
  const isGroupPost = (key: string) => key.startsWith(`announcement:${id}:group:`);
  const statusOf = new Map(messages.filter((message) => !isGroupPost(message.dedupe_key)).map((message) => [message.recipient_person_id, message.status]));
  const groupPosts = messages.filter((message) => isGroupPost(message.dedupe_key)).map((message) => ({ chatId: message.dedupe_key.slice(`announcement:${id}:group:`.length), status: message.status }));
  const groupUnits = groupPosts.length === 0 ? [] : await db.selectFrom('group_chats').innerJoin('units', 'units.id', 'group_chats.unit_id').select(['group_chats.chat_id', 'units.id as unit_id', 'units.name as unit_name']).where('group_chats.chat_id', 'in', groupPosts.map((post) => post.chatId)).execute();
  const unitOfGroup = new Map(groupUnits.map((row) => [row.chat_id, row]));
  const rows = recipients.map((recipient) => ({ ...recipient, status: statusOf.get(recipient.person_id) ?? null }));
  const empty = () => ({ recipients: 0, pending: 0, sent: 0, failed: 0, notLinked: 0, read: 0 });
  const totals = empty();
  const byUnit = new Map<string, ReturnType<typeof empty> & { unitId: string; unitName: string }>();
  for (const row of rows) {
    const bucket = byUnit.get(row.unit_id) ?? { unitId: row.unit_id, unitName: row.unit_name, ...empty() };
    for (const target of [bucket, totals]) {
      target.recipients += 1;
      if (row.status === 'sent') target.sent += 1;
      else if (row.status === 'failed') target.failed += 1;
      else if (row.status === 'not_linked') target.notLinked += 1;
      else target.pending += 1;
      if (row.read_at) target.read += 1;
    }
    byUnit.set(row.unit_id, bucket);
  }
  const groupChats = groupPosts.map((post) => ({ unitId: unitOfGroup.get(post.chatId)?.unit_id ?? '', unitName: unitOfGroup.get(post.chatId)?.unit_name ?? '', status: post.status }));
  return { announcementId: id, totals, byUnit: [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')), groupChats: groupChats.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')) };
}
