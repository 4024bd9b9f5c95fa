import { nextOccurrence, vnStartOfDay } from '@tds/shared';
import type { ObligationRow } from '../../store/schema';
import { dueRuleOf } from './presenter';

/** A child's deadline this far (or less) ahead of the parent's is taken as feeding it. */
const MAX_LEAD_DAYS = 62;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Links each obligation of a plan to the obligation of its parent plan it feeds: same kind, due on
 * or before the parent's, the closest one. "The school collects by 25/5 for the commune's 30/5"
 * becomes parent = the commune's 30/5 dossier, leadDays = 5. Compared within one reference year.
 */
export function linkToParent(children: ObligationRow[], parents: ObligationRow[], referenceYear: number): ObligationRow[] {
  const start = vnStartOfDay({ year: referenceYear, month: 1, day: 1 });
  const dueOf = (row: ObligationRow) => nextOccurrence(dueRuleOf(row), start)?.getTime() ?? null;
  const parentDues = parents.map((parent) => ({ parent, due: dueOf(parent) }));
  return children.map((child) => {
    const childDue = dueOf(child);
    if (childDue === null) return child;
    let best: { id: string; lead: number } | null = null;
    for (const { parent, due } of parentDues) {
      if (due === null || parent.kind !== child.kind) continue;
      const lead = Math.round((due - childDue) / DAY_MS);
      if (lead >= 0 && lead <= MAX_LEAD_DAYS && (!best || lead < best.lead)) best = { id: parent.id, lead };
    }
    return best ? { ...child, parent_obligation_id: best.id, lead_days: best.lead } : child;
  });
}
