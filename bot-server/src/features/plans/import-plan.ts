import { extractDeadlines, flattenSections, foldVietnamese, parsePlan, vnCalendarDay, type Actor, type ImportPlanBody, type PlanDetail, type UnitKind } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest } from '../../http/errors';
import { newId } from '../../store/ids';
import type { ObligationRow, PlanRow, PlanSectionRow } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { findUnit } from '../org/repo';
import { defaultAudience } from './audience';
import { linkToParent } from './cascade';
import { findPlan, findPlanByNumber, insertPlan, listObligations } from './repo';
import { planDetail } from './service';

/**
 * Imports a plan's text as a draft: header, section tree, every deadline the extractor finds (with
 * a default audience), linked to the parent plan it implements when that plan is in the library.
 * One transaction: a failure leaves nothing half-imported.
 */
export async function importPlan(ctx: AppContext, actor: Actor, body: ImportPlanBody): Promise<PlanDetail> {
  const { db } = ctx.store;
  const unit = await findUnit(db, body.issuerUnitId);
  if (!unit) throw badRequest('Đơn vị ban hành không tồn tại', { issuerUnitId: 'Đơn vị ban hành không tồn tại' });
  authorize(actor, 'plans.manage', { unitPath: unit.path });

  const text = body.text.normalize('NFC');
  const parsed = parsePlan(text);
  const found = extractDeadlines(text);
  if (found.length === 0) {
    throw badRequest('Không tìm thấy hạn nào trong văn bản. Hãy kiểm tra đây có đúng là kế hoạch (có các câu như "trước ngày 30/5 hằng năm") rồi thử lại.', { text: 'Không tìm thấy hạn nào trong văn bản' });
  }

  const now = ctx.clock.now();
  const at = now.toISOString();
  const planId = newId();
  const parent = await findParent(ctx, body.parentPlanId, parsed.parentPlans[0]?.number);

  const plan: PlanRow = {
    id: planId,
    issuer_unit_id: unit.id,
    issuer_name: parsed.issuer ?? unit.name,
    number: body.number ?? parsed.number,
    title: parsed.title ?? firstLine(text),
    issued_on: parsed.issuedOn,
    place: parsed.place,
    preamble: parsed.preamble,
    parents: JSON.stringify(parsed.parentPlans),
    parent_plan_id: parent?.id ?? null,
    status: 'draft',
    source_text: text,
    created_by: actor.personId,
    created_at: at,
    published_at: null,
  };
  const sections: PlanSectionRow[] = flattenSections(parsed.sections).map((section, ordinal) => ({
    plan_id: planId,
    ordinal,
    path: section.path,
    marker: section.marker,
    heading: section.heading,
    body: section.body,
    depth: section.path.split('.').length - 1,
    start_offset: section.start,
    end_offset: section.end,
    search_text: foldVietnamese(`${section.heading ?? ''} ${section.body}`),
  }));
  const extracted: ObligationRow[] = found.map((obligation) => ({
    id: newId(),
    plan_id: planId,
    section_path: obligation.sectionPath,
    phrase: obligation.phrase,
    start_offset: obligation.start,
    end_offset: obligation.end,
    day: obligation.day,
    month: obligation.month,
    quarter: obligation.quarter,
    year: obligation.year,
    recurrence: obligation.recurrence,
    active_years: obligation.activeYears ? JSON.stringify(obligation.activeYears) : null,
    opens_on: obligation.opensOn ? JSON.stringify(obligation.opensOn) : null,
    on_request: obligation.onRequest ? 1 : 0,
    kind: obligation.kind,
    what: obligation.what,
    recipient: obligation.recipient,
    sender: obligation.sender,
    audience_roles: JSON.stringify(defaultAudience(unit.kind as UnitKind, obligation)),
    parent_obligation_id: null,
    lead_days: null,
    manual: 0,
    important: null,
    created_at: at,
    updated_at: at,
  }));
  const obligations = parent ? linkToParent(extracted, await listObligations(db, [parent.id]), vnCalendarDay(now).year) : extracted;

  await db.transaction().execute(async (trx) => {
    await insertPlan(trx, plan, sections, obligations);
    await recordAudit(trx, now, { actorId: actor.personId, action: 'plan.import', subjectType: 'plan', subjectId: planId, detail: { obligations: obligations.length, sections: sections.length } });
  });
  return planDetail(ctx, actor, planId);
}

/** The parent named by the officer, else the first cited plan the library has by number. */
async function findParent(ctx: AppContext, parentPlanId: string | undefined, citedNumber: string | undefined): Promise<PlanRow | undefined> {
  if (parentPlanId) {
    const parent = await findPlan(ctx.store.db, parentPlanId);
    if (!parent) throw badRequest('Kế hoạch cấp trên không tồn tại', { parentPlanId: 'Kế hoạch cấp trên không tồn tại' });
    return parent;
  }
  return citedNumber ? findPlanByNumber(ctx.store.db, citedNumber) : undefined;
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line.length > 0)?.slice(0, 200) ?? 'Kế hoạch';
}
