import type { QuotaUsage } from '@tds/shared';
import type { Resource } from '../../state/resource';
import { periodLabel, quotaFull, quotaText } from './award-text';

/** The quotas the plans set for the period, per form, and how much of each the unit has used. */
export function QuotaCard({ period, quota }: { period: string; quota: Resource<QuotaUsage> }) {
  return (
    <section className="card award-quota" aria-labelledby="award-quota-title" data-testid="awards-quota">
      <h2 id="award-quota-title" className="section-title">
        Chỉ tiêu · {periodLabel(period)}
      </h2>
      {quota.data ? (
        quota.data.length > 0 ? (
          <ul className="award-quota__list">
            {quota.data.map((row) => {
              const full = [quotaFull(row, 'person') && 'cá nhân', quotaFull(row, 'unit') && 'tập thể'].filter(Boolean).join(', ');
              return (
                <li key={row.form} className="award-quota__row" data-testid={`quota-${row.form}`}>
                  <span className="award-quota__form">{row.formLabel}</span>
                  <span className="award-quota__usage">
                    {quotaText(row)}
                    {full && <span className="tag award-quota__full">Đã đủ {full}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">Kế hoạch chưa giao chỉ tiêu khen thưởng nào cho đợt này.</p>
        )
      ) : quota.error ? (
        <p className="form-error" role="alert">
          {quota.error}
        </p>
      ) : (
        <p className="muted">Đang tải chỉ tiêu…</p>
      )}
    </section>
  );
}
