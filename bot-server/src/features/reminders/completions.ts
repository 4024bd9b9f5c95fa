import { nextOccurrence, isoDateVi, type Actor, type DoneMark, type MarkDoneBody } from '@tds/shared';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { dueRuleOf } from '../plans/presenter';
import { findObligation } from '../plans/repo';
import { loadPlanForActor } from '../plans/service';
import { subjectOf } from './subjects';

/**
 * Marks an obligation done (or not) for the actor's unit — a principal for the school — or for
 * themselves if they owe it as staff. Reminders for that occurrence stop at the next tick.
 */
export async function markDone(ctx: AppContext, actor: Actor, planId: string, obligationId: string, body: MarkDoneBody): Promise<DoneMark> {
  await loadPlanForActor(ctx, actor, planId, 'plans.read');
  const row = await findObligation(ctx.store.db, obligationId);
  if (!row || row.plan_id !== planId) throw notFound('Không tìm thấy hạn này trong kế hoạch');
  const audience = JSON.parse(row.audience_roles) as string[];
  if (!audience.includes(actor.role)) throw forbidden('Hạn này không thuộc phần việc của bạn');
  const now = ctx.clock.now();
  const next = nextOccurrence(dueRuleOf(row), now);
  const occurrence = body.occurrence ?? (next ? isoDateVi(next) : null);
  if (!occurrence) throw notFound('Hạn này đã qua, không còn lần nào để đánh dấu');
  const subject = subjectOf({ id: actor.personId, role: actor.role, unit_id: actor.unitId });
  await ctx.store.transact(async (trx) => {
    // An upsert, not delete-then-insert: two taps at once (or two staff of one school) would both
    // insert after their deletes, and PostgreSQL would answer the loser with a key violation (a 500).
    if (body.done) {
      const mark = { done_by: actor.personId, done_at: now.toISOString() };
      await trx.insertInto('obligation_completions').values({ obligation_id: obligationId, occurrence, subject_id: subject, ...mark }).onConflict((oc) => oc.columns(['obligation_id', 'occurrence', 'subject_id']).doUpdateSet(mark)).execute();
    } else {
      await trx.deleteFrom('obligation_completions').where('obligation_id', '=', obligationId).where('occurrence', '=', occurrence).where('subject_id', '=', subject).execute();
    }
    await recordAudit(trx, now, { actorId: actor.personId, action: body.done ? 'obligation.done' : 'obligation.undone', subjectType: 'obligation', subjectId: obligationId, detail: { occurrence, subject } });
  });
  return { occurrence, done: body.done };
}
