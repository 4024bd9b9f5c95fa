import { currentReminderPoint, type Role } from '@tds/shared';
import type { AppContext } from '../../context';
import { enqueueMany } from '../outbox/enqueue-many';
import { dueRuleOf } from '../plans/presenter';
import type { OutgoingMessage } from '../outbox/enqueue';
import { escalationText, reminderAck, reminderText } from './messages';
import { policyResolver } from './policy';
import { doneSubjects, peopleUnder, policies, publishedObligations, type PublishedObligation, type Recipient } from './repo';
import { subjectOf, unitLevelRoles } from './subjects';

export interface PlanResult {
  reminders: number;
  escalations: number;
}

/**
 * One scheduler tick: for every published obligation, the reminder point due now (if any) becomes
 * one outbox row per person who owes it and has not marked it done. Dedupe keys
 * (obligation, occurrence, person, offset) make overlapping ticks, restarts and several instances
 * harmless: the second insert of a key is a no-op. The day before the deadline, whoever must chase
 * is told who is missing.
 */
export async function planReminders(ctx: AppContext, now: Date): Promise<PlanResult> {
  const { db } = ctx.store;
  const policyOf = policyResolver(await policies(db));
  const result: PlanResult = { reminders: 0, escalations: 0 };
  for (const obligation of await publishedObligations(db)) {
    const point = currentReminderPoint(dueRuleOf(obligation), policyOf(obligation), now);
    if (!point) continue;
    const audience = JSON.parse(obligation.audience_roles) as Role[];
    const owing = await peopleUnder(db, obligation.issuer_path, audience);
    const done = await doneSubjects(db, obligation.id, point.occurrence);
    const pending = owing.filter((person) => !done.has(subjectOf(person)));
    // The same words for everyone who owes it: composed once, not once per recipient.
    const text = reminderText(obligation, point.occurrence, point.daysLeft);
    const ack = reminderAck(obligation, point.occurrence);
    const messages: OutgoingMessage[] = pending
      .filter((person) => person.reminders_paused_at === null)
      .map((person) => ({
        dedupeKey: `reminder:${obligation.id}:${point.occurrence}:${person.id}:${point.offset}`,
        recipientPersonId: person.id,
        text,
        link: `/plans/${obligation.plan_id}`,
        // Due today: goes out at once even to someone who chose a daily digest.
        urgent: point.daysLeft === 0,
        ...(ack ? { ack } : {}),
      }));
    result.reminders += await enqueueMany(db, messages, now);
    if (point.daysLeft <= 1) result.escalations += await enqueueMany(db, await escalations(ctx, obligation, point.occurrence, audience, pending), now);
  }
  return result;
}

/**
 * Who must chase whom: staff who have not finished → their school's principal; schools (or
 * communes) that have not finished → the officers of the unit that issued the plan.
 */
async function escalations(ctx: AppContext, obligation: PublishedObligation, occurrence: string, audience: Role[], pending: Recipient[]): Promise<OutgoingMessage[]> {
  if (pending.length === 0) return [];
  const { db } = ctx.store;
  const messages: OutgoingMessage[] = [];
  const unitLevel = audience.some((role) => unitLevelRoles.includes(role));
  if (unitLevel) {
    const missingUnits = [...new Map(pending.filter((person) => unitLevelRoles.includes(person.role as Role)).map((person) => [person.unit_id, person.unit_name])).values()];
    const officers = (await peopleUnder(db, obligation.issuer_path, ['commune_officer', 'dept_officer'])).filter((officer) => officer.unit_id === obligation.issuer_unit_id);
    for (const officer of officers) {
      if (missingUnits.length === 0) break;
      messages.push({ dedupeKey: `escalation:${obligation.id}:${occurrence}:${officer.id}`, recipientPersonId: officer.id, text: escalationText(obligation, occurrence, missingUnits.sort()), link: `/plans/${obligation.plan_id}` });
    }
  }
  const staff = pending.filter((person) => !unitLevelRoles.includes(person.role as Role));
  if (staff.length > 0) {
    const principals = await peopleUnder(db, obligation.issuer_path, ['principal']);
    for (const principal of principals) {
      // A principal's unit is their school, whose path covers every tổ below it.
      const mine = staff.filter((person) => person.unit_path.startsWith(principal.unit_path));
      if (mine.length === 0) continue;
      messages.push({ dedupeKey: `escalation:${obligation.id}:${occurrence}:${principal.id}`, recipientPersonId: principal.id, text: escalationText(obligation, occurrence, mine.map((person) => person.full_name).sort((a, b) => a.localeCompare(b, 'vi'))), link: `/plans/${obligation.plan_id}` });
    }
  }
  return messages;
}
