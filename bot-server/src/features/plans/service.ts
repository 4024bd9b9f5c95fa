import {
  can,
  compareVi,
  matchesEveryWord,
  searchTokens,
  snippetAround,
  vnCalendarDay,
  type Actor,
  type MyDeadline,
  type ObligationKind,
  type PlanDetail,
  type PlanSearchHit,
  type PlanSummary,
  type Recurrence,
  type Role,
} from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import type { PlanRow } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { loadCalendarBook } from '../calendar/calendar-book';
import { subjectOf } from '../reminders/subjects';
import { findUnit, listUnitsByIds, listUnitsUnder } from '../org/repo';
import { presentObligation, presentSection, presentSummary } from './presenter';
import { matchSections } from '../../store/full-text';
import { findPlan, listObligations, listPlansOf, listPublishedPlans, listSections, publishPlan, sectionsByKeys } from './repo';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The units on the actor's chain (those above, from the path, and every one below), id → path. */
async function lineageUnits(ctx: AppContext, actor: Actor): Promise<{ ancestors: string[]; paths: Map<string, string> }> {
  const ancestors = actor.unitPath.split('/').filter(Boolean);
  const rows = [...(await listUnitsByIds(ctx.store.db, ancestors)), ...(await listUnitsUnder(ctx.store.db, actor.unitPath))];
  return { ancestors, paths: new Map(rows.map((unit) => [unit.id, unit.path])) };
}

/** A draft is the issuing unit's working copy: only those who may manage it see it. */
function visible(actor: Actor, plan: Pick<PlanRow, 'status'>, issuerPath: string): boolean {
  if (!can(actor, 'plans.read', { unitPath: issuerPath })) return false;
  return plan.status === 'published' || can(actor, 'plans.manage', { unitPath: issuerPath });
}

export async function loadPlanForActor(ctx: AppContext, actor: Actor, planId: string, action: 'plans.read' | 'plans.manage'): Promise<PlanRow> {
  const plan = await findPlan(ctx.store.db, planId);
  const unit = plan && (await findUnit(ctx.store.db, plan.issuer_unit_id));
  if (!plan || !unit || !visible(actor, plan, unit.path)) throw notFound('Không tìm thấy kế hoạch');
  authorize(actor, action, { unitPath: unit.path });
  return plan;
}

export async function planDetail(ctx: AppContext, actor: Actor, planId: string): Promise<PlanDetail> {
  const plan = await loadPlanForActor(ctx, actor, planId, 'plans.read');
  const [sections, obligations] = await Promise.all([listSections(ctx.store.db, planId), listObligations(ctx.store.db, [planId])]);
  const now = ctx.clock.now();
  const parents = JSON.parse(plan.parents) as Array<{ number: string; date: string | null; issuer: string | null }>;
  return {
    ...presentSummary(plan, obligations.length),
    place: plan.place,
    preamble: plan.preamble,
    parents: parents.map((parent, index) => ({ ...parent, planId: index === 0 ? plan.parent_plan_id : null })),
    sections: sections.map(presentSection),
    obligations: obligations.map((row) => presentObligation(row, now)),
    sourceText: plan.source_text,
  };
}

/** The plan library: plans of the actor's chain, newest first; `q` filters by title or number, accents ignored. */
export async function listPlans(ctx: AppContext, actor: Actor, q?: string): Promise<PlanSummary[]> {
  authorize(actor, 'plans.read', { unitPath: actor.unitPath });
  const { paths } = await lineageUnits(ctx, actor);
  const rows = await listPlansOf(ctx.store.db, [...paths.keys()]);
  return rows
    .filter((row) => visible(actor, row, paths.get(row.issuer_unit_id) ?? ''))
    .filter((row) => !q || matchesEveryWord(`${row.title} ${row.number ?? ''} ${row.issuer_name}`, q))
    .map((row) => presentSummary(row, row.obligation_count));
}

export async function publish(ctx: AppContext, actor: Actor, planId: string): Promise<PlanDetail> {
  await loadPlanForActor(ctx, actor, planId, 'plans.manage');
  const now = ctx.clock.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    await publishPlan(trx, planId, now.toISOString());
    await recordAudit(trx, now, { actorId: actor.personId, action: 'plan.publish', subjectType: 'plan', subjectId: planId });
  });
  return planDetail(ctx, actor, planId);
}

export const SEARCH_LIMIT = 30;

/**
 * Sections of published plans on the actor's chain holding every word of `q` (diacritics ignored,
 * word prefixes), those holding the words as a phrase first. Uses the engine's full-text index.
 */
export async function searchPlans(ctx: AppContext, actor: Actor, q: string): Promise<PlanSearchHit[]> {
  authorize(actor, 'plans.read', { unitPath: actor.unitPath });
  const words = searchTokens(q);
  if (words.length === 0) return [];
  const { db } = ctx.store;
  const { paths } = await lineageUnits(ctx, actor);
  const planIds = (await listPublishedPlans(db, [...paths.keys()])).map((plan) => plan.id);
  const phrase = await matchSections(db, planIds, words, 'phrase', SEARCH_LIMIT);
  const seen = new Set(phrase.map((key) => `${key.plan_id}/${key.ordinal}`));
  const rest = phrase.length < SEARCH_LIMIT ? await matchSections(db, planIds, words, 'all-words', SEARCH_LIMIT * 2) : [];
  const keys = [...phrase, ...rest.filter((key) => !seen.has(`${key.plan_id}/${key.ordinal}`))].slice(0, SEARCH_LIMIT);
  return (await sectionsByKeys(db, keys)).map((row) => ({
    planId: row.plan_id,
    planTitle: row.title,
    planNumber: row.number,
    sectionPath: row.path,
    heading: row.heading,
    ...snippetAround(row.body || row.heading || '', q),
  }));
}

/**
 * "Hạn của tôi": obligations of published plans issued by the person's unit or any unit above it,
 * owed by the person's role, with the next due date in Asia/Ho_Chi_Minh; soonest first.
 */
export async function myDeadlines(ctx: AppContext, actor: Actor): Promise<MyDeadline[]> {
  authorize(actor, 'plans.read', { unitPath: actor.unitPath });
  const ancestors = actor.unitPath.split('/').filter(Boolean);
  const plans = await listPublishedPlans(ctx.store.db, ancestors);
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const now = ctx.clock.now();
  const today = vnCalendarDay(now);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const deadlines: MyDeadline[] = [];
  const subject = subjectOf({ id: actor.personId, role: actor.role, unit_id: actor.unitId });
  const calendar = (await loadCalendarBook(ctx.store.db)).forUnit(actor.unitPath);
  const done = new Set((await ctx.store.db.selectFrom('obligation_completions').select(['obligation_id', 'occurrence']).where('subject_id', '=', subject).execute()).map((row) => `${row.obligation_id}/${row.occurrence}`));
  for (const row of await listObligations(ctx.store.db, [...byId.keys()])) {
    const obligation = presentObligation(row, now);
    if (!obligation.nextDueOn || !obligation.audienceRoles.includes(actor.role as Role)) continue;
    const plan = byId.get(row.plan_id)!;
    const [y, m, d] = obligation.nextDueOn.split('-').map(Number) as [number, number, number];
    deadlines.push({
      obligationId: row.id,
      planId: plan.id,
      planNumber: plan.number,
      planTitle: plan.title,
      issuerName: plan.issuer_name,
      what: row.what,
      kind: row.kind as ObligationKind,
      recipient: row.recipient,
      dueOn: obligation.nextDueOn,
      daysLeft: Math.round((Date.UTC(y, m - 1, d) - todayUtc) / DAY_MS),
      recurrence: row.recurrence as Recurrence,
      sectionPath: row.section_path,
      phrase: row.phrase,
      done: done.has(`${row.id}/${obligation.nextDueOn}`),
      dueDayOff: calendar.offReason(obligation.nextDueOn),
    });
  }
  return deadlines.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || compareVi(a.what, b.what));
}
