import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { MyDeadline } from '@tds/shared';
import { useEffect, useMemo } from 'react';
import { Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { kindLabels } from '../../lib/due';
import { formatDay, vietnamToday } from '../../lib/format';
import { loadMyDeadlines, useMyDeadlines } from '../../state/plans';
import { readerPath } from '../Plans/plan-links';
import { groupDeadlines } from './group-deadlines';

/** "Hạn của tôi": what the person owes next from the plans of their unit and the units above. */
export default function DeadlinesPage() {
  const navigate = useNavigate();
  const deadlines = useMyDeadlines();
  const groups = useMemo(() => (deadlines.data ? groupDeadlines(deadlines.data, vietnamToday()) : []), [deadlines.data]);

  useEffect(() => {
    void loadMyDeadlines();
  }, []);

  const open = (deadline: MyDeadline) => navigate(readerPath(deadline.planId, { obligation: deadline.obligationId }));

  return (
    <Page className="app-page deadlines-page">
      <AppHeader title="Hạn của tôi" backTo="/home" />
      {deadlines.data ? (
        groups.length > 0 ? (
          groups.map((group) => (
            <section key={group.key} aria-labelledby={`deadlines-${group.key}`} data-testid={`deadlines-${group.key}`}>
              <h2 id={`deadlines-${group.key}`} className="plans-heading">
                {group.title} <span className="muted">({group.items.length})</span>
              </h2>
              <ul className="deadline-list">
                {group.items.map((deadline) => (
                  <li key={`${deadline.obligationId}-${deadline.dueOn}`}>
                    <DeadlineRow deadline={deadline} onOpen={open} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <section className="card" data-testid="deadlines-empty">
            <p>Bạn chưa có hạn nào sắp tới.</p>
            <p className="muted">Khi đơn vị của bạn hoặc cấp trên công bố kế hoạch có việc dành cho vai trò của bạn, các hạn sẽ hiện ở đây.</p>
          </section>
        )
      ) : deadlines.error ? (
        <ErrorView title="Không tải được hạn của bạn" message={deadlines.error} onRetry={() => void loadMyDeadlines()} testId="deadlines-error" />
      ) : (
        <LoadingView text="Đang tải hạn của bạn…" />
      )}
    </Page>
  );
}

function DeadlineRow({ deadline, onOpen }: { deadline: MyDeadline; onOpen: (deadline: MyDeadline) => void }) {
  return (
    <button type="button" className="deadline-item" onClick={() => onOpen(deadline)} data-testid={`deadline-item-${deadline.obligationId}`}>
      <span className="deadline-item__top">
        <span className="deadline-item__date">Hạn {formatDay(deadline.dueOn)}</span>
        <CountdownChip dueOn={deadline.dueOn} daysLeft={deadline.daysLeft} showDate={false} />
      </span>
      <span className="deadline-item__what">{deadline.what}</span>
      <span className="deadline-item__meta">
        {kindLabels[deadline.kind]}
        {deadline.recipient ? ` · Gửi: ${deadline.recipient}` : ''}
      </span>
      <span className="deadline-item__plan">
        {deadline.planNumber ? `KH ${deadline.planNumber} · ` : ''}
        {deadline.planTitle}
      </span>
    </button>
  );
}
