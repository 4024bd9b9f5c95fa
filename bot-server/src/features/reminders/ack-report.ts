import { compareVi, type AckRosterEntry, type AckState, type Actor, type ReminderAckRoster, type ResendResult } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { runIdempotent } from '../../http/idempotency';
import { newId } from '../../store/ids';
import type { Database } from '../../store/schema';
import { ackRequestsFor, askedSubjects } from '../acknowledgements/repo';
import { recordAudit } from '../audit/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import { statusesByKey } from '../outbox/repo';
import { reminderAckSubject, reminderAckSubjectPrefix, reminderKeyPrefix } from './keys';
import { authorizeObligation } from './scope';

/** How far one person's reminders of a day got, best first: one delivered is enough. */
const reachOrder = ['sent', 'pending', 'failed', 'not_linked'] as const;
type Reach = (typeof reachOrder)[number];
const reachOf = (status: string): Reach => (status === 'sent' || status === 'failed' || status === 'not_linked' ? status : 'pending');

/**
 * Where each person asked to confirm one due day stands. Their reminders of that day are several
 * messages (one per step of the ladder): the furthest any of them got counts. One still on its way
 * shows as awaiting, but only someone it reached is sent it again.
 */
async function rosterOf(db: Kysely<Database>, obligationId: string, occurrence: string) {
  const prefix = reminderKeyPrefix(obligationId, occurrence);
  const reached = new Map<string, Reach>();
  for (const [key, status] of await statusesByKey(db, prefix)) {
    const personId = key.slice(prefix.length, key.lastIndexOf(':'));
    const reach = reachOf(status);
    const held = reached.get(personId);
    if (held === undefined || reachOrder.indexOf(reach) < reachOrder.indexOf(held)) reached.set(personId, reach);
  }
  const rows = await ackRequestsFor(db, 'reminder', reminderAckSubject(obligationId, occurrence));
  return rows.map((row) => {
    const reach = reached.get(row.person_id) ?? 'pending';
    const state: AckState = row.acknowledged_at ? 'acknowledged' : reach === 'failed' || reach === 'not_linked' ? reach : 'awaiting';
    return { ...row, reach, state };
  });
}

/** Reached and silent: worth sending again. */
const resendable = (row: { state: AckState; reach: Reach }) => row.state === 'awaiting' && row.reach === 'sent';

/** Who confirmed the reminders of one due day (the latest asked when none is named), per unit and person. */
export async function reminderAckRoster(ctx: AppContext, actor: Actor, obligationId: string, occurrence?: string): Promise<ReminderAckRoster> {
  await authorizeObligation(ctx, actor, obligationId);
  const prefix = reminderAckSubjectPrefix(obligationId);
  const occurrences = (await askedSubjects(ctx.store.db, 'reminder', prefix)).map((subject) => subject.slice(prefix.length));
  const day = occurrence ?? occurrences[0] ?? null;
  const rows = day ? await rosterOf(ctx.store.db, obligationId, day) : [];
  const people: AckRosterEntry[] = rows.map((row) => ({ personId: row.person_id, fullName: row.full_name, unitId: row.unit_id, unitName: row.unit_name, state: row.state, acknowledgedAt: row.acknowledged_at }));
  people.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.fullName, b.fullName));
  return { obligationId, occurrence: day, occurrences, people, resendable: rows.filter(resendable).length };
}

/**
 * "Gửi lại cho người chưa xác nhận": the reminder again ("Nhắc lại: <duty> (hạn …)"), asking for
 * "Đã nhận", to those it reached who have not confirmed. Once per idempotency key; each press is
 * its own batch of dedupe keys, so a deliberate press next day reaches them again.
 */
export async function resendReminderAcks(ctx: AppContext, actor: Actor, obligationId: string, occurrence: string, idempotencyKey: string): Promise<ResendResult> {
  await authorizeObligation(ctx, actor, obligationId);
  const now = ctx.clock.now();
  const subjectId = reminderAckSubject(obligationId, occurrence);
  const { body } = await runIdempotent(ctx.store, { personId: actor.personId, key: idempotencyKey, operation: 'reminder.ack_resend', at: now }, async (trx) => {
    const batch = newId();
    const awaiting = (await rosterOf(trx, obligationId, occurrence)).filter(resendable);
    const resent = await enqueueMany(
      trx,
      awaiting.map((row) => ({ dedupeKey: `ack-resend:${subjectId}:${batch}:${row.person_id}`, recipientPersonId: row.person_id, text: `Nhắc lại: ${row.label}.`, link: row.link ?? undefined, ack: { kind: 'reminder', subjectId, label: row.label } })),
      now,
    );
    await recordAudit(trx, now, { actorId: actor.personId, action: 'reminder.ack_resend', subjectType: 'obligation', subjectId: obligationId, detail: { occurrence, resent } });
    return { status: 200, body: { resent } };
  });
  return body;
}
