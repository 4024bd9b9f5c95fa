import type { PlanSummary } from '@tds/shared';
import { memo } from 'react';
import { formatDate, formatDay } from '../../lib/format';

/** The date a plan shows: its issue date, else the day it was published. */
export function planDateText(plan: Pick<PlanSummary, 'issuedOn' | 'publishedAt'>): string {
  if (plan.issuedOn) return formatDay(plan.issuedOn);
  if (plan.publishedAt) return `Công bố ${formatDate(plan.publishedAt)}`;
  return 'Chưa ghi ngày';
}

export const planNumberText = (number: string | null) => (number ? `Số ${number}` : 'Chưa ghi số');

interface PlanListProps {
  plans: readonly PlanSummary[];
  onOpen: (plan: PlanSummary) => void;
}

/** The library: newest first, one tap opens a plan. */
export const PlanList = memo(function PlanList({ plans, onOpen }: PlanListProps) {
  return (
    <ul className="plan-list" data-testid="plan-list">
      {plans.map((plan) => (
        <li key={plan.id}>
          <button type="button" className="plan-item" onClick={() => onOpen(plan)} data-testid={`plan-item-${plan.id}`}>
            <span className="plan-item__title">{plan.title}</span>
            <span className="plan-item__meta">
              {planNumberText(plan.number)} · {plan.issuerName} · {planDateText(plan)}
            </span>
            <span className="plan-item__tags">
              {plan.status === 'draft' && <span className="tag tag--draft">Bản nháp</span>}
              <span className="tag">{plan.obligationCount} hạn</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
