import type { PlanDetail } from '@tds/shared';
import { memo } from 'react';
import { useNavigate } from 'zmp-ui';
import { formatDay } from '../../lib/format';
import { readerPath, reviewPath } from '../Plans/plan-links';
import { planDateText, planNumberText } from '../Plans/PlanList';

/** Issuer, number, date, title and the plans this one implements ("Thực hiện Kế hoạch số …"). */
export const ReaderHead = memo(function ReaderHead({ plan, canReview }: { plan: PlanDetail; canReview: boolean }) {
  const navigate = useNavigate();
  return (
    <header className="reader-head" data-testid="reader-head">
      <p className="reader-head__issuer">{plan.issuerName}</p>
      <p className="reader-head__meta" data-testid="reader-meta">
        {[planNumberText(plan.number), plan.place, planDateText(plan)].filter(Boolean).join(' · ')}
        {plan.status === 'draft' && <span className="tag tag--draft">Bản nháp</span>}
      </p>
      <h2 className="reader-head__title">{plan.title}</h2>
      {plan.parents.map((parent) => {
        const text = `Thực hiện Kế hoạch số ${parent.number}${parent.date ? ` ngày ${formatDay(parent.date)}` : ''}${parent.issuer ? ` của ${parent.issuer}` : ''}`;
        return (
          <p key={parent.number} className="reader-head__parent">
            {parent.planId ? (
              <button type="button" className="link-button link-button--inline" onClick={() => navigate(readerPath(parent.planId ?? ''))} data-testid="reader-parent-link">
                {text}
              </button>
            ) : (
              text
            )}
          </p>
        );
      })}
      {canReview && (
        <button type="button" className="text-button" onClick={() => navigate(reviewPath(plan.id))} data-testid="reader-review-link">
          Kiểm tra các hạn và công bố
        </button>
      )}
    </header>
  );
});
