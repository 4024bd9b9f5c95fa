import type { AckRequestView, AcknowledgeBody, Actor } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, forbidden } from '../../http/errors';
import { ackRequestsOf, anyAckRequest, findAckRequest, latestOpenAck, markAcknowledged } from './repo';

type AckRow = NonNullable<Awaited<ReturnType<typeof findAckRequest>>>;

function present(row: AckRow): AckRequestView {
  return { kind: row.kind as AckRequestView['kind'], subjectId: row.subject_id, label: row.label, link: row.link, requestedAt: row.requested_at, acknowledgedAt: row.acknowledged_at };
}

/**
 * "Đã nhận" on one message in the mini app. Confirming twice keeps the first time. A message sent to
 * someone else, or one that asks for no confirmation, is refused with the reason on `subjectId`.
 */
export async function acknowledge(ctx: AppContext, actor: Actor, body: AcknowledgeBody): Promise<AckRequestView> {
  const { db } = ctx.store;
  const request = await findAckRequest(db, body.kind, body.subjectId, actor.personId);
  if (!request) {
    if (await anyAckRequest(db, body.kind, body.subjectId)) {
      throw forbidden('Bạn không thể xác nhận thay người khác', { subjectId: 'Tin này không gửi cho bạn' });
    }
    throw badRequest('Tin này không yêu cầu xác nhận', { subjectId: 'Tin này không yêu cầu xác nhận «Đã nhận»' });
  }
  authorize(actor, 'acknowledgements.create', { ownerId: request.person_id });
  await confirm(ctx, request, 'app');
  return present((await findAckRequest(db, body.kind, body.subjectId, actor.personId)) ?? request);
}

/** The bot's "đã nhận": confirms the person's newest message still waiting for it; null when none waits. */
export async function acknowledgeLatest(ctx: AppContext, personId: string): Promise<AckRequestView | null> {
  const request = await latestOpenAck(ctx.store.db, personId);
  if (!request) return null;
  await confirm(ctx, request, 'bot');
  return present(request);
}

export async function hasOpenAck(ctx: AppContext, personId: string): Promise<boolean> {
  return (await latestOpenAck(ctx.store.db, personId)) !== undefined;
}

/** What the person was asked to confirm lately, newest first (the mini app shows the open ones). */
export async function myAckRequests(ctx: AppContext, actor: Actor): Promise<AckRequestView[]> {
  authorize(actor, 'acknowledgements.create', { ownerId: actor.personId });
  return (await ackRequestsOf(ctx.store.db, actor.personId, 50)).map(present);
}

/** Confirming an announcement also means it was read. */
async function confirm(ctx: AppContext, request: AckRow, channel: 'app' | 'bot'): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await markAcknowledged(trx, { kind: request.kind, subjectId: request.subject_id, personId: request.person_id }, now, channel);
    if (request.kind !== 'announcement') return;
    await trx.updateTable('announcement_recipients').set({ read_at: now.toISOString() }).where('announcement_id', '=', request.subject_id).where('person_id', '=', request.person_id).where('read_at', 'is', null).execute();
  });
}
