import { minutesToTime, type Actor, type NudgeLadder, type ObligationImportanceBody, type ReminderPolicyBody } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { withdrawOpenAcks } from '../acknowledgements/repo';
import { recordAudit } from '../audit/repo';
import { findObligation, listObligations, updateObligation } from '../plans/repo';
import { loadPlanForActor } from '../plans/service';
import { isImportant } from './importance';
import { policyResolver } from './policy';
import { reminderAckSubjectPrefix } from './keys';
import { policies } from './repo';
import { authorizeObligation, unitPathOf } from './scope';

/** Sets a scope's own reminder policy (offsets, send time, ladder steps), for whoever manages the scope's unit. */
export async function savePolicy(ctx: AppContext, actor: Actor, body: ReminderPolicyBody): Promise<void> {
  authorize(actor, 'plans.manage', { unitPath: await unitPathOf(ctx, body) });
  const [hour, minute] = body.sendAt.split(':').map(Number) as [number, number];
  const now = ctx.clock.now();
  const steps = body.steps?.length ? JSON.stringify(body.steps) : null;
  const row = { scope_type: body.scopeType, scope_id: body.scopeId, offsets: JSON.stringify([...body.offsets].sort((a, b) => b - a)), send_at_minute: hour * 60 + minute, steps, updated_by: actor.personId, updated_at: now.toISOString() };
  await ctx.store.transact(async (trx) => {
    await trx.insertInto('reminder_policies').values(row).onConflict((oc) => oc.columns(['scope_type', 'scope_id']).doUpdateSet({ offsets: row.offsets, send_at_minute: row.send_at_minute, steps: row.steps, updated_by: row.updated_by, updated_at: row.updated_at })).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'reminder_policy.set', subjectType: body.scopeType, subjectId: body.scopeId });
  });
}

/** Drops a scope's own policy: its reminders follow the next one up again (plan, unit, default). */
export async function clearPolicy(ctx: AppContext, actor: Actor, scope: Pick<ReminderPolicyBody, 'scopeType' | 'scopeId'>): Promise<void> {
  authorize(actor, 'plans.manage', { unitPath: await unitPathOf(ctx, scope) });
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    const dropped = await trx.deleteFrom('reminder_policies').where('scope_type', '=', scope.scopeType).where('scope_id', '=', scope.scopeId).executeTakeFirst();
    if (dropped.numDeletedRows > 0n) await recordAudit(trx, now, { actorId: actor.personId, action: 'reminder_policy.cleared', subjectType: scope.scopeType, subjectId: scope.scopeId });
  });
}

/** The ladder an obligation's reminders climb, readable by whoever can read its plan. */
export async function ladderOf(ctx: AppContext, actor: Actor, obligationId: string): Promise<NudgeLadder> {
  const obligation = await findObligation(ctx.store.db, obligationId);
  if (!obligation) throw notFound('Không tìm thấy hạn này');
  const plan = await loadPlanForActor(ctx, actor, obligation.plan_id, 'plans.read');
  const [rows, siblings] = await Promise.all([policies(ctx.store.db), listObligations(ctx.store.db, [plan.id])]);
  const policy = policyResolver(rows)({ id: obligation.id, plan_id: plan.id, issuer_unit_id: plan.issuer_unit_id });
  const others = new Set(siblings.map((sibling) => sibling.id).filter((id) => id !== obligationId));
  const otherOwnSettings = rows.filter((row) => row.scope_type === 'obligation' && others.has(row.scope_id)).length;
  return { obligationId, sendAt: minutesToTime(policy.sendAtMinute), source: policy.source, steps: policy.steps, important: isImportant(obligation), otherOwnSettings };
}

/** Marks an obligation important (its reminders ask for "Đã nhận") or not; for whoever manages its plan's issuing unit. */
export async function setImportance(ctx: AppContext, actor: Actor, obligationId: string, body: ObligationImportanceBody): Promise<void> {
  await authorizeObligation(ctx, actor, obligationId);
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await updateObligation(trx, obligationId, { important: body.important ? 1 : 0, updated_at: now.toISOString() });
    // No longer important: nobody should still be asked to confirm it.
    const withdrawn = body.important ? 0 : await withdrawOpenAcks(trx, 'reminder', reminderAckSubjectPrefix(obligationId));
    await recordAudit(trx, now, { actorId: actor.personId, action: 'obligation.importance', subjectType: 'obligation', subjectId: obligationId, detail: { important: body.important, withdrawn } });
  });
}
