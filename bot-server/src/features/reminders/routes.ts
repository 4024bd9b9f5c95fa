import { Id, minutesToTime, ObligationImportanceBody, PolicyScopeType, ReminderAckQuery, ReminderPolicyBody, ReminderResendBody, type Actor, type NudgeLadder } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { idempotencyKeyOf } from '../../http/idempotency';
import { parseInput } from '../../http/validate';
import { withdrawOpenReminderAcks } from '../acknowledgements/repo';
import { recordAudit } from '../audit/repo';
import { findObligation, listObligations, updateObligation } from '../plans/repo';
import { loadPlanForActor } from '../plans/service';
import { reminderAckRoster, resendReminderAcks } from './ack-report';
import { isImportant } from './importance';
import { policyResolver } from './policy';
import { policies } from './repo';
import { unitPathOf } from './scope';

async function savePolicy(ctx: AppContext, actor: Actor, body: ReminderPolicyBody): Promise<void> {
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
async function clearPolicy(ctx: AppContext, actor: Actor, scope: Pick<ReminderPolicyBody, 'scopeType' | 'scopeId'>): Promise<void> {
  authorize(actor, 'plans.manage', { unitPath: await unitPathOf(ctx, scope) });
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    const dropped = await trx.deleteFrom('reminder_policies').where('scope_type', '=', scope.scopeType).where('scope_id', '=', scope.scopeId).executeTakeFirst();
    if (dropped.numDeletedRows > 0n) await recordAudit(trx, now, { actorId: actor.personId, action: 'reminder_policy.cleared', subjectType: scope.scopeType, subjectId: scope.scopeId });
  });
}

/** The ladder an obligation's reminders climb, readable by whoever can read its plan. */
async function ladderOf(ctx: AppContext, actor: Actor, obligationId: string): Promise<NudgeLadder> {
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
async function setImportance(ctx: AppContext, actor: Actor, obligationId: string, body: ObligationImportanceBody): Promise<void> {
  if (!(await findObligation(ctx.store.db, obligationId))) throw notFound('Không tìm thấy hạn này');
  authorize(actor, 'plans.manage', { unitPath: await unitPathOf(ctx, { scopeType: 'obligation', scopeId: obligationId }) });
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await updateObligation(trx, obligationId, { important: body.important ? 1 : 0, updated_at: now.toISOString() });
    // No longer important: nobody should still be asked to confirm it.
    const withdrawn = body.important ? 0 : await withdrawOpenReminderAcks(trx, obligationId);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'obligation.importance', subjectType: 'obligation', subjectId: obligationId, detail: { important: body.important, withdrawn } });
  });
}

/**
 * Reminder settings (per-plan, per-unit and per-obligation overrides of the default 14/7/3/1/0
 * working days at 07:30 and its ladder; the important mark) and who confirmed important reminders.
 */
export function reminderRoutes(ctx: AppContext): Router {
  const router = Router();
  router.put('/policy', async (req, res) => {
    const body = parseInput(ReminderPolicyBody, req.body);
    await savePolicy(ctx, actorOf(req), body);
    res.json({ ...body, offsets: [...body.offsets].sort((a, b) => b - a) });
  });
  router.delete('/policy/:scopeType/:scopeId', async (req, res) => {
    await clearPolicy(ctx, actorOf(req), parseInput(z.object({ scopeType: PolicyScopeType, scopeId: Id }), req.params));
    res.status(204).end();
  });
  router.get('/ladder/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    res.json(await ladderOf(ctx, actorOf(req), obligationId));
  });
  router.put('/importance/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const actor = actorOf(req);
    await setImportance(ctx, actor, obligationId, parseInput(ObligationImportanceBody, req.body));
    res.json(await ladderOf(ctx, actor, obligationId));
  });
  /** Who confirmed an important obligation's reminders for one due day ("Đã nhận"), person by person. */
  router.get('/acknowledgements/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const { occurrence } = parseInput(ReminderAckQuery, req.query);
    res.json(await reminderAckRoster(ctx, actorOf(req), obligationId, occurrence));
  });
  /** "Gửi lại cho người chưa xác nhận", once per Idempotency-Key. */
  router.post('/acknowledgements/:obligationId/resend', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const { occurrence } = parseInput(ReminderResendBody, req.body);
    res.json(await resendReminderAcks(ctx, actorOf(req), obligationId, occurrence, idempotencyKeyOf(req.get('idempotency-key'))));
  });
  return router;
}
