import type { Actor, ReminderPolicyBody } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { findUnit } from '../org/repo';
import { findObligation, findPlan } from '../plans/repo';

/** The unit whose managers may change reminders for the scope: the plan's issuer, or the unit itself. */
export async function unitPathOf(ctx: AppContext, body: Pick<ReminderPolicyBody, 'scopeType' | 'scopeId'>): Promise<string> {
  const { db } = ctx.store;
  const planId = body.scopeType === 'obligation' ? (await findObligation(db, body.scopeId))?.plan_id : body.scopeType === 'plan' ? body.scopeId : undefined;
  const unitId = planId ? (await findPlan(db, planId))?.issuer_unit_id : body.scopeType === 'unit' ? body.scopeId : undefined;
  const unit = unitId ? await findUnit(db, unitId) : undefined;
  if (!unit) throw notFound('Không tìm thấy phạm vi cần đặt lịch nhắc');
  return unit.path;
}

/** An obligation's reminders (its important mark, who confirmed them) are managed by whoever manages its plan's issuing unit. */
export async function authorizeObligation(ctx: AppContext, actor: Actor, obligationId: string): Promise<void> {
  if (!(await findObligation(ctx.store.db, obligationId))) throw notFound('Không tìm thấy hạn này');
  authorize(actor, 'plans.manage', { unitPath: await unitPathOf(ctx, { scopeType: 'obligation', scopeId: obligationId }) });
}
