import type { Actor, ObligationInput, StoredObligation } from '@tds/shared';
import type { AppContext } from '../../context';
import { notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import type { ObligationRow } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { presentObligation } from './presenter';
import { deleteObligation, findObligation, insertObligation, updateObligation } from './repo';
import { loadPlanForActor } from './service';

type EditableColumns = Pick<ObligationRow, 'what' | 'kind' | 'day' | 'month' | 'quarter' | 'year' | 'recurrence' | 'recipient' | 'sender' | 'audience_roles' | 'active_years' | 'updated_at'>;

function columnsOf(input: ObligationInput, at: string): EditableColumns {
  return {
    what: input.what,
    kind: input.kind,
    day: input.day,
    month: input.month,
    quarter: input.quarter,
    year: input.year,
    recurrence: input.recurrence,
    recipient: input.recipient || null,
    sender: input.sender || null,
    audience_roles: JSON.stringify([...new Set(input.audienceRoles)]),
    active_years: input.activeYears ? JSON.stringify(input.activeYears) : null,
    updated_at: at,
  };
}

async function loadObligation(ctx: AppContext, actor: Actor, planId: string, obligationId: string): Promise<ObligationRow> {
  await loadPlanForActor(ctx, actor, planId, 'plans.manage');
  const row = await findObligation(ctx.store.db, obligationId);
  if (!row || row.plan_id !== planId) throw notFound('Không tìm thấy hạn này trong kế hoạch');
  return row;
}

/** The officer corrects what the extractor read; the source span stays, so the reader still highlights it. */
export async function editObligation(ctx: AppContext, actor: Actor, planId: string, obligationId: string, input: ObligationInput): Promise<StoredObligation> {
  const row = await loadObligation(ctx, actor, planId, obligationId);
  const now = ctx.clock.now();
  const changes = columnsOf(input, now.toISOString());
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateObligation(trx, obligationId, changes);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'obligation.edit', subjectType: 'obligation', subjectId: obligationId, detail: { planId } });
  });
  return presentObligation({ ...row, ...changes }, now);
}

/** A deadline the extractor missed, typed by the officer; it has no source span. */
export async function addObligation(ctx: AppContext, actor: Actor, planId: string, input: ObligationInput): Promise<StoredObligation> {
  await loadPlanForActor(ctx, actor, planId, 'plans.manage');
  const now = ctx.clock.now();
  const at = now.toISOString();
  const row: ObligationRow = {
    id: newId(),
    plan_id: planId,
    section_path: null,
    phrase: input.what,
    start_offset: 0,
    end_offset: 0,
    opens_on: null,
    on_request: 0,
    parent_obligation_id: null,
    lead_days: null,
    manual: 1,
    important: null,
    created_at: at,
    ...columnsOf(input, at),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertObligation(trx, row);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'obligation.add', subjectType: 'obligation', subjectId: row.id, detail: { planId } });
  });
  return presentObligation(row, now);
}

export async function removeObligation(ctx: AppContext, actor: Actor, planId: string, obligationId: string): Promise<void> {
  await loadObligation(ctx, actor, planId, obligationId);
  const now = ctx.clock.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    await deleteObligation(trx, obligationId);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'obligation.remove', subjectType: 'obligation', subjectId: obligationId, detail: { planId } });
  });
}
