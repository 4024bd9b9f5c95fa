import { defaultReminderPolicy, nudgeLadder, type NudgeLadder, type NudgeStep, type ReminderPolicy } from '@tds/shared';
import type { policies } from './repo';
import type { PublishedObligation } from './repo';

type PolicyRows = Awaited<ReturnType<typeof policies>>;

/** A reminder policy with its ladder (one step per offset) and where it was set. */
export interface ResolvedPolicy extends ReminderPolicy {
  steps: NudgeStep[];
  source: NudgeLadder['source'];
}

/**
 * The reminder policy of an obligation: its own override, else its plan's, else its issuing unit's,
 * else the default (14, 7, 3, 1, 0 working days at 07:30, the default ladder).
 */
export function policyResolver(rows: PolicyRows): (obligation: Pick<PublishedObligation, 'id' | 'plan_id' | 'issuer_unit_id'>) => ResolvedPolicy {
  const byScope = new Map(
    rows.map((row): [string, ResolvedPolicy] => {
      const offsets = JSON.parse(row.offsets) as number[];
      const steps = nudgeLadder(offsets, row.steps ? (JSON.parse(row.steps) as NudgeStep[]) : []);
      return [`${row.scope_type}:${row.scope_id}`, { offsets, sendAtMinute: row.send_at_minute, steps, source: row.scope_type as ResolvedPolicy['source'] }];
    }),
  );
  const fallback: ResolvedPolicy = { ...defaultReminderPolicy, steps: nudgeLadder(defaultReminderPolicy.offsets), source: 'default' };
  return (obligation) =>
    byScope.get(`obligation:${obligation.id}`) ?? byScope.get(`plan:${obligation.plan_id}`) ?? byScope.get(`unit:${obligation.issuer_unit_id}`) ?? fallback;
}
