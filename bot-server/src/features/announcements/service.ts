import { AnnouncementAudience, type Actor, type AnnouncementView, type CreateAnnouncementBody, type Role, type SentAnnouncement } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { badRequest, notFound } from '../../http/errors';
import { runIdempotent } from '../../http/idempotency';
import { newId } from '../../store/ids';
import type { Database } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { findAttachment } from '../attachments/repo';
import type { OutgoingMessage } from '../outbox/enqueue';
import { enqueueMany } from '../outbox/enqueue-many';
import { expandAudience, expandAudienceWithGroups } from './recipients';

/**
 * Records an announcement once per idempotency key (the shared ledger replays a retry's answer)
 * and, unless scheduled for later, sends it: recipients are expanded at send time and each gets one
 * outbox message. The audience and attachment are checked inside the write, so a replay of a key
 * that succeeded answers the same even if the audience changed since.
 */
export async function createAnnouncement(ctx: AppContext, actor: Actor, body: CreateAnnouncementBody, idempotencyKey: string): Promise<AnnouncementView> {
  const now = ctx.clock.now();
  const sendAt = body.sendAt ? new Date(body.sendAt) : now;
  const { body: created } = await runIdempotent(ctx.store, { personId: actor.personId, key: idempotencyKey, operation: 'announcement.create', at: now }, async (trx) => {
    await expandAudience(trx, actor, body);
    if (body.attachmentId) {
      const attachment = await findAttachment(trx, body.attachmentId);
      if (!attachment || attachment.owner_person_id !== actor.personId) throw badRequest('Tệp đính kèm không hợp lệ', { attachmentId: 'Tệp đính kèm không hợp lệ' });
    }
    if (sendAt.getTime() < now.getTime() - 60_000) throw badRequest('Thời điểm gửi đã qua', { sendAt: 'Thời điểm gửi đã qua' });
    const id = newId();
    await trx
      .insertInto('announcements')
      .values({ id, author_person_id: actor.personId, unit_id: actor.unitId, text: body.text, attachment_id: body.attachmentId ?? null, audience: JSON.stringify({ unitIds: body.unitIds, roles: body.roles, groupChats: body.groupChats }), send_at: sendAt.toISOString(), fanned_out_at: null, requires_ack: body.requiresAck ? 1 : 0, urgent: body.urgent ? 1 : 0, created_at: now.toISOString() })
      .execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'announcement.create', subjectType: 'announcement', subjectId: id });
    return { status: 201, body: { id } };
  });
  // A replay fans out again harmlessly (the claim lets one through); a crash before this line is caught by the scheduler's `fanOutDue`.
  if (sendAt <= now) await fanOut(ctx, created.id, now);
  return announcementView(ctx, actor, created.id);
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
    const { people: recipients, groups } = await expandAudienceWithGroups(trx, author, audience);
    for (let i = 0; i < recipients.length; i += 200) {
      await trx.insertInto('announcement_recipients').values(recipients.slice(i, i + 200).map((person) => ({ announcement_id: announcementId, person_id: person.id, unit_id: person.unit_id, read_at: null }))).execute();
    }
    await trx.updateTable('announcements').set({ recipient_count: recipients.length }).where('id', '=', announcementId).execute();
    return enqueueMany(
      trx,
      [
        ...recipients.map((person) => announcementMessage(row, person.id, `announcement:${announcementId}:${person.id}`)),
        // Posted where everyone reads: no "Đã nhận" asked of the group, no digest for the linker.
        ...groups.map((group) => ({ ...announcementMessage(row, group.linked_by, groupPostKey(announcementId, group.chat_id)), ack: undefined, groupChatId: group.chat_id })),
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

/** The bot's message of an announcement to one person (first send or re-send), asking for "Đã nhận" when the sender wants it. */
/**
 * A group post's dedupe key: apart from `announcement:<id>:` so the post, recorded under the person
 * who linked the group, is never mistaken for that person's own message.
 */
export const groupPostKey = (announcementId: string, chatId: string) => `announcement-group:${announcementId}:${chatId}`;

export function announcementMessage(row: { id: string; text: string; full_name: string; requires_ack: number; urgent: number }, personId: string, dedupeKey: string, prefix = ''): OutgoingMessage {
  return {
    dedupeKey,
    recipientPersonId: personId,
    text: `${prefix}Thông báo ${row.urgent ? 'KHẨN ' : ''}từ ${row.full_name}:\n${row.text}`,
    link: `/announcements/${row.id}`,
    urgent: row.urgent === 1,
    ...(row.requires_ack ? { ack: { kind: 'announcement' as const, subjectId: row.id, label: ackLabel(row.text) } } : {}),
  };
}

/** An announcement's first words, enough to tell which one a confirmation is about. */
function ackLabel(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** Announcements as one viewer sees them: their read and confirmation state beside the text. */
function viewsFor(db: Kysely<Database>, viewerId: string) {
  return db
    .selectFrom('announcements')
    .innerJoin('people', 'people.id', 'announcements.author_person_id')
    .innerJoin('units', 'units.id', 'announcements.unit_id')
    .leftJoin('announcement_recipients', (join) => join.onRef('announcement_recipients.announcement_id', '=', 'announcements.id').on('announcement_recipients.person_id', '=', viewerId))
    .leftJoin('ack_requests', (join) => join.onRef('ack_requests.subject_id', '=', 'announcements.id').on('ack_requests.kind', '=', 'announcement').on('ack_requests.person_id', '=', viewerId))
    .select([
      'announcements.id',
      'announcements.text',
      'announcements.send_at',
      'announcements.fanned_out_at',
      'announcements.attachment_id',
      'announcements.author_person_id',
      'announcements.requires_ack',
      'announcements.urgent',
      'people.full_name',
      'units.name as unit_name',
      'announcement_recipients.person_id as recipient',
      'announcement_recipients.read_at',
      'ack_requests.acknowledged_at',
    ]);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewsFor>['executeTakeFirstOrThrow']>>;

function present(row: ViewRow): AnnouncementView {
  return {
    id: row.id,
    text: row.text,
    authorName: row.full_name,
    unitName: row.unit_name,
    sendAt: row.send_at,
    sent: row.fanned_out_at !== null,
    attachmentId: row.attachment_id,
    readAt: row.read_at,
    requiresAck: row.requires_ack === 1,
    urgent: row.urgent === 1,
    toMe: row.recipient !== null,
    acknowledgedAt: row.acknowledged_at,
  };
}

export async function announcementView(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementView> {
  const row = await viewsFor(ctx.store.db, actor.personId).where('announcements.id', '=', id).executeTakeFirst();
  if (!row || (row.author_person_id !== actor.personId && row.recipient === null)) throw notFound('Không tìm thấy thông báo');
  return present(row);
}

/** The person's feed: announcements sent to them, newest first, with read and confirmation state. */
export async function myAnnouncements(ctx: AppContext, actor: Actor): Promise<AnnouncementView[]> {
  const rows = await viewsFor(ctx.store.db, actor.personId).where('announcement_recipients.person_id', '=', actor.personId).orderBy('announcements.send_at', 'desc').limit(200).execute();
  return rows.map(present);
}

const SENT_LIST_LIMIT = 50;

/** What the person sent, newest first (scheduled ones among them), with how many it reached: their "Đã gửi" list on any phone. */
export async function sentBy(ctx: AppContext, actor: Actor): Promise<SentAnnouncement[]> {
  const rows = await ctx.store.db
    .selectFrom('announcements')
    .select(['id', 'text', 'send_at', 'fanned_out_at', 'recipient_count', 'requires_ack'])
    .where('author_person_id', '=', actor.personId)
    .orderBy('send_at', 'desc')
    .limit(SENT_LIST_LIMIT)
    .execute();
  return rows.map((row) => ({ id: row.id, text: row.text, sendAt: row.send_at, sent: row.fanned_out_at !== null, recipients: row.recipient_count ?? 0, requiresAck: row.requires_ack === 1 }));
}

export async function markRead(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementView> {
  await ctx.store.db.updateTable('announcement_recipients').set({ read_at: ctx.clock.now().toISOString() }).where('announcement_id', '=', id).where('person_id', '=', actor.personId).where('read_at', 'is', null).execute();
  return announcementView(ctx, actor, id);
}
