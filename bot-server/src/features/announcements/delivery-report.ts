import { randomUUID } from 'node:crypto';
import { compareVi, type Actor, type AckRoster, type AckState, type AnnouncementDelivery, type ResendResult } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, notFound } from '../../http/errors';
import { runIdempotent } from '../../http/idempotency';
import type { Database } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { findUnit } from '../org/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import { statusesByKey, statusesByRecipient } from '../outbox/repo';
import { announcementMessage, groupPostKey } from './service';

type Db = Kysely<Database>;

/** The announcement, if the actor sent it or may send for its unit (officers above the sender). */
async function followedAnnouncement(db: Db, actor: Actor, id: string) {
  const announcement = await db
    .selectFrom('announcements')
    .innerJoin('people', 'people.id', 'announcements.author_person_id')
    .select(['announcements.id', 'announcements.unit_id', 'announcements.author_person_id', 'announcements.text', 'announcements.requires_ack', 'announcements.urgent', 'people.full_name'])
    .where('announcements.id', '=', id)
    .executeTakeFirst();
  const unit = announcement && (await findUnit(db, announcement.unit_id));
  if (!announcement || !unit) throw notFound('Không tìm thấy thông báo');
  if (announcement.author_person_id !== actor.personId) authorize(actor, 'announcements.send', { unitPath: unit.path });
  return announcement;
}

/**
 * Every recipient with their delivery state (through a digest when they chose one), read time and
 * confirmation. A message still on its way is `pending`, not `awaiting`: nobody is chased for a
 * message they have not received.
 */
async function recipientStates(db: Db, id: string) {
  const rows = await db
    .selectFrom('announcement_recipients')
    .innerJoin('units', 'units.id', 'announcement_recipients.unit_id')
    .innerJoin('people', 'people.id', 'announcement_recipients.person_id')
    .leftJoin('ack_requests', (join) => join.onRef('ack_requests.subject_id', '=', 'announcement_recipients.announcement_id').on('ack_requests.kind', '=', 'announcement').onRef('ack_requests.person_id', '=', 'announcement_recipients.person_id'))
    .select(['announcement_recipients.person_id', 'announcement_recipients.unit_id', 'units.name as unit_name', 'people.full_name', 'announcement_recipients.read_at', 'ack_requests.acknowledged_at'])
    .where('announcement_recipients.announcement_id', '=', id)
    .execute();
  const statusOf = await statusesByRecipient(db, `announcement:${id}:`);
  return rows.map((row) => {
    const status = statusOf.get(row.person_id) ?? 'pending';
    const ackState: AckState | 'pending' = row.acknowledged_at ? 'acknowledged' : status === 'not_linked' ? 'not_linked' : status === 'failed' ? 'failed' : status === 'sent' ? 'awaiting' : 'pending';
    return { ...row, status, ackState };
  });
}

const byUnitName = (a: { unitName: string }, b: { unitName: string }) => compareVi(a.unitName, b.unitName);

/** Sent / failed / not linked / read / confirmed per unit, for the sender or an officer above them. */
export async function deliveryReport(ctx: AppContext, actor: Actor, id: string): Promise<AnnouncementDelivery> {
  const announcement = await followedAnnouncement(ctx.store.db, actor, id);
  const empty = () => ({ recipients: 0, pending: 0, sent: 0, failed: 0, notLinked: 0, read: 0, acknowledged: 0, awaitingAck: 0 });
  const totals = empty();
  const byUnit = new Map<string, ReturnType<typeof empty> & { unitId: string; unitName: string }>();
  for (const row of await recipientStates(ctx.store.db, id)) {
    const bucket = byUnit.get(row.unit_id) ?? { unitId: row.unit_id, unitName: row.unit_name, ...empty() };
    for (const target of [bucket, totals]) {
      target.recipients += 1;
      if (row.status === 'sent') target.sent += 1;
      else if (row.status === 'failed') target.failed += 1;
      else if (row.status === 'not_linked') target.notLinked += 1;
      else target.pending += 1;
      if (row.read_at) target.read += 1;
      if (row.ackState === 'acknowledged') target.acknowledged += 1;
      if (announcement.requires_ack && row.ackState === 'awaiting') target.awaitingAck += 1;
    }
    byUnit.set(row.unit_id, bucket);
  }
  return { announcementId: id, requiresAck: announcement.requires_ack === 1, totals, byUnit: [...byUnit.values()].sort(byUnitName), groupChats: await groupPosts(ctx.store.db, id) };
}

/** The announcement's posts in linked group chats, with the unit each group belongs to. */
async function groupPosts(db: Db, id: string): Promise<AnnouncementDelivery['groupChats']> {
  const prefix = groupPostKey(id, '');
  const posts = [...(await statusesByKey(db, prefix))].map(([key, status]) => ({ chatId: key.slice(prefix.length), status }));
  if (posts.length === 0) return [];
  const chatIds = posts.map((post) => post.chatId);
  const groups = await db.selectFrom('group_chats').innerJoin('units', 'units.id', 'group_chats.unit_id').select(['group_chats.chat_id', 'units.id as unit_id', 'units.name as unit_name']).where('group_chats.chat_id', 'in', chatIds).execute();
  const unitOf = new Map(groups.map((group) => [group.chat_id, group]));
  return posts.map((post) => ({ unitId: unitOf.get(post.chatId)?.unit_id ?? '', unitName: unitOf.get(post.chatId)?.unit_name ?? '', status: post.status })).sort(byUnitName);
}

/** Who confirmed, who received but has not, and who could not be reached, person by person. */
export async function ackRoster(ctx: AppContext, actor: Actor, id: string): Promise<AckRoster> {
  await followedAnnouncement(ctx.store.db, actor, id);
  const people = (await recipientStates(ctx.store.db, id)).map((row) => ({
    personId: row.person_id,
    fullName: row.full_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    // Still on its way: shown with the ones who have not confirmed.
    state: row.ackState === 'pending' ? ('awaiting' as const) : row.ackState,
    acknowledgedAt: row.acknowledged_at,
  }));
  people.sort((a, b) => byUnitName(a, b) || compareVi(a.fullName, b.fullName));
  return { announcementId: id, people };
}

/**
 * "Gửi lại cho người chưa xác nhận": the announcement again, to those who received it and have not
 * confirmed. Once per idempotency key (a double tap sends nothing twice); each press is its own
 * batch of dedupe keys, so a deliberate second press next day does reach them again.
 */
export async function resendUnacknowledged(ctx: AppContext, actor: Actor, id: string, idempotencyKey: string): Promise<ResendResult> {
  const announcement = await followedAnnouncement(ctx.store.db, actor, id);
  if (!announcement.requires_ack) throw badRequest('Thông báo này không yêu cầu xác nhận', { announcementId: 'Thông báo này không yêu cầu xác nhận nên không có ai để gửi lại' });
  const now = ctx.clock.now();
  const { body } = await runIdempotent(ctx.store, { personId: actor.personId, key: idempotencyKey, operation: 'announcement.resend', at: now }, async (trx) => {
    const batch = randomUUID();
    const awaiting = (await recipientStates(trx, id)).filter((row) => row.ackState === 'awaiting');
    const resent = await enqueueMany(trx, awaiting.map((row) => announcementMessage(announcement, row.person_id, `ack-resend:${id}:${batch}:${row.person_id}`, 'Nhắc lại: ')), now);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'announcement.resend', subjectType: 'announcement', subjectId: id, detail: { resent } });
    return { status: 200, body: { resent } };
  });
  return body;
}
