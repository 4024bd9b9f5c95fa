import { defaultReminderPolicy, type ReminderPolicy } from '@tds/shared';
import type { policies } from './repo';
import type { PublishedObligation } from './repo';

type PolicyRows = Awaited<ReturnType<typeof policies>>;

/**
 * The reminder policy of an obligation: its own override, else its plan's, else its issuing unit's,
 * else the default (14, 7, 3, 1, 0 days at 07:30).
 */
export function policyResolver(rows: PolicyRows): (obligation: PublishedObligation) => ReminderPolicy {
  const byScope = new Map(rows.map((row) => [`${row.scope_type}:${row.scope_id}`, { offsets: JSON.parse(row.offsets) as number[], sendAtMinute: row.send_at_minute }]));
  return (obligation) =>
    byScope.get(`obligation:${obligation.id}`) ?? byScope.get(`plan:${obligation.plan_id}`) ?? byScope.get(`unit:${obligation.issuer_unit_id}`) ?? defaultReminderPolicy;
}
