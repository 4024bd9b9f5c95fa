import { currentReminderPoint, isoDateVi, type ReminderPoint, type Role, type WorkingCalendar } from '@tds/shared';
import type { AppContext } from '../../context';
import { loadCalendarBook } from '../calendar/calendar-book';
import { onLeaveOn } from '../leave/repo';
import { enqueueMany } from '../outbox/enqueue-many';
import type { OutgoingMessage } from '../outbox/enqueue';
import { dueRuleOf } from '../plans/presenter';
import { chaseMessages } from './chase';
import { reminderKey } from './keys';
import { reminderAck, reminderText } from './messages';
import { policyResolver } from './policy';
import { allUnitPaths, doneSubjects, peopleUnder, policies, publishedObligations, type Recipient } from './repo';
import { subjectOf } from './subjects';

export interface PlanResult {
  reminders: number;
  escalations: number;
}

/**
 * One scheduler tick: for every published obligation, the reminder point due now (if any) becomes
 * one outbox row per person who owes it, has not marked it done and is not on leave. The point is
 * computed per working calendar (a school working Saturdays, a commune with its own exam week), so
 * each person is reminded on their own working days. Dedupe keys (obligation, occurrence, person,
 * offset) make overlapping ticks, restarts and several instances harmless: the second insert of a
 * key is a no-op. Each step of the nudge ladder sets the tone and who is told who is missing.
 */
export async function planReminders(ctx: AppContext, now: Date): Promise<PlanResult> {
  const { db } = ctx.store;
  const [policyRows, obligations, book, unitPaths, onLeave] = await Promise.all([policies(db), publishedObligations(db), loadCalendarBook(db), allUnitPaths(db), onLeaveOn(db, isoDateVi(now))]);
  const policyOf = policyResolver(policyRows);
  const result: PlanResult = { reminders: 0, escalations: 0 };
  for (const obligation of obligations) {
    const policy = policyOf(obligation);
    const rule = dueRuleOf(obligation);
    // One point per distinct calendar among the units below the issuer; people are read only when one is due.
    const pointOf = new Map<string, ReminderPoint | null>();
    const byCalendar = new Map<WorkingCalendar, ReminderPoint | null>();
    for (const path of unitPaths) {
      if (!path.startsWith(obligation.issuer_path)) continue;
      const calendar = book.forUnit(path);
      if (!byCalendar.has(calendar)) byCalendar.set(calendar, currentReminderPoint(rule, policy, now, calendar));
      pointOf.set(path, byCalendar.get(calendar)!);
    }
    if (![...pointOf.values()].some(Boolean)) continue;
    const audience = JSON.parse(obligation.audience_roles) as Role[];
    const owing = await peopleUnder(db, obligation.issuer_path, audience);
    const occurrences = new Set([...pointOf.values()].filter((point) => point !== null).map((point) => point.occurrence));
    const done = new Map<string, Set<string>>();
    for (const occurrence of occurrences) done.set(occurrence, await doneSubjects(db, obligation.id, occurrence));

    const messages: OutgoingMessage[] = [];
    // Pending people per reached step, for the chase: each step's chasers hear about those still owing at it.
    const pendingAt = new Map<string, { point: ReminderPoint; people: Recipient[] }>();
    const texts = new Map<string, string>();
    const acks = new Map([...occurrences].map((occurrence) => [occurrence, reminderAck(obligation, occurrence)]));
    for (const person of owing) {
      const point = pointOf.get(person.unit_path);
      if (!point || done.get(point.occurrence)!.has(subjectOf(person))) continue;
      const stepKey = `${point.occurrence}:${point.offset}`;
      if (!pendingAt.has(stepKey)) pendingAt.set(stepKey, { point, people: [] });
      pendingAt.get(stepKey)!.people.push(person);
      if (person.reminders_paused_at !== null || onLeave.has(person.id)) continue;
      const step = policy.steps.find((candidate) => candidate.offset === point.offset)!;
      // The same words for everyone on the same point: composed once, not once per recipient.
      const textKey = `${stepKey}:${point.daysLeft}:${point.dueDayOff ?? ''}`;
      if (!texts.has(textKey)) texts.set(textKey, reminderText(obligation, point, step.tone));
      const ack = acks.get(point.occurrence);
      messages.push({
        dedupeKey: reminderKey(obligation.id, point.occurrence, person.id, point.offset),
        recipientPersonId: person.id,
        text: texts.get(textKey)!,
        link: `/plans/${obligation.plan_id}`,
        // Due today: goes out at once even to someone who chose a daily digest.
        urgent: point.daysLeft === 0,
        ...(ack ? { ack } : {}),
      });
    }
    result.reminders += await enqueueMany(db, messages, now);
    for (const { point, people } of pendingAt.values()) {
      const step = policy.steps.find((candidate) => candidate.offset === point.offset)!;
      if (step.chase.length === 0) continue;
      result.escalations += await enqueueMany(db, await chaseMessages(db, obligation, point.occurrence, point.offset, step.chase, people, onLeave), now);
    }
  }
  return result;
}
