import { isoDateVi, nextOccurrence, type DueRule, type ObligationKind, type PlanSectionView, type PlanSummary, type Recurrence, type Role, type StoredObligation } from '@tds/shared';
import type { ObligationRow, PlanRow, PlanSectionRow } from '../../store/schema';

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function dueRuleOf(row: ObligationRow): DueRule {
  return {
    day: row.day,
    month: row.month,
    quarter: row.quarter,
    year: row.year,
    recurrence: row.recurrence as Recurrence,
    activeYears: parseJson(row.active_years),
  };
}

export function presentObligation(row: ObligationRow, now: Date): StoredObligation {
  const next = nextOccurrence(dueRuleOf(row), now);
  return {
    ...dueRuleOf(row),
    id: row.id,
    planId: row.plan_id,
    phrase: row.phrase,
    start: row.start_offset,
    end: row.end_offset,
    kind: row.kind as ObligationKind,
    what: row.what,
    recipient: row.recipient,
    sender: row.sender,
    opensOn: parseJson(row.opens_on),
    onRequest: row.on_request === 1,
    sectionPath: row.section_path,
    audienceRoles: parseJson<Role[]>(row.audience_roles) ?? [],
    parentObligationId: row.parent_obligation_id,
    leadDays: row.lead_days,
    nextDueOn: next ? isoDateVi(next) : null,
    manual: row.manual === 1,
  };
}

export function presentSection(row: PlanSectionRow): PlanSectionView {
  return { path: row.path, marker: row.marker, heading: row.heading, body: row.body, depth: row.depth, start: row.start_offset, end: row.end_offset };
}

type SummaryRow = Pick<PlanRow, 'id' | 'number' | 'title' | 'issuer_unit_id' | 'issuer_name' | 'issued_on' | 'status' | 'parent_plan_id' | 'published_at'>;

export function presentSummary(row: SummaryRow, obligationCount: number | string | bigint): PlanSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuerUnitId: row.issuer_unit_id,
    issuerName: row.issuer_name,
    issuedOn: row.issued_on,
    status: row.status as PlanSummary['status'],
    parentPlanId: row.parent_plan_id,
    obligationCount: Number(obligationCount),
    publishedAt: row.published_at,
  };
}
