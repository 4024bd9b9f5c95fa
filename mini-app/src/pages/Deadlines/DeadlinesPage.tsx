import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { MyDeadline, Role } from '@tds/shared';
import { useEffect, useMemo, useState } from 'react';
import { Page, useNavigate, useSnackbar } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { ReminderAcks } from '../../components/acknowledgements/ReminderAcks';
import { AppHeader } from '../../components/AppHeader';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { NudgeLadderDetails } from '../../components/plans/NudgeLadderDetails';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { kindLabels } from '../../lib/due';
import { formatDay, vietnamToday } from '../../lib/format';
import { loadMyDeadlines, setDeadlineDone, useMyDeadlines } from '../../state/plans';
import { useSession } from '../../state/session';
import { readerPath } from '../Plans/plan-links';
import { groupDeadlines } from './group-deadlines';

/** "Hạn của tôi": what the person owes next from the plans of their unit and the units above. */
export default function DeadlinesPage() {
  const navigate = useNavigate();
  const { openSnackbar } = useSnackbar();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  const deadlines = useMyDeadlines();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => (deadlines.data ? groupDeadlines(deadlines.data, vietnamToday()) : []), [deadlines.data]);

  useEffect(() => {
    void loadMyDeadlines();
  }, []);

  const open = (deadline: MyDeadline) => navigate(readerPath(deadline.planId, { obligation: deadline.obligationId }));

  const toggleDone = async (deadline: MyDeadline) => {
    const key = rowKey(deadline);
    if (pending.has(key)) return;
    setPending((current) => new Set(current).add(key));
    try {
      await setDeadlineDone(deadline, !deadline.done);
      openSnackbar({ text: deadline.done ? 'Đã bỏ đánh dấu' : 'Đã đánh dấu là đã xong', type: 'success', duration: 2000 });
    } catch (error) {
      openSnackbar({ text: `Chưa lưu được: ${errorMessage(error)}`, type: 'error', duration: 5000 });
    } finally {
      setPending((current) => {
        const next = new Set(current);
        next.delete(key);
        return next;
      });
    }
  };

  return (
    <Page className="app-page deadlines-page">
      <AppHeader title="Hạn của tôi" backTo="/home" />
      <ReminderAcks />
      {deadlines.data ? (
        groups.length > 0 ? (
          <>
            {role && unitLevel(role) && (
              <p className="plans-note muted" data-testid="deadlines-unit-note">
                Bạn đánh dấu thay cho cả đơn vị: hạn nào đã xong, hệ thống thôi nhắc hạn đó.
              </p>
            )}
            {groups.map((group) => (
              <section key={group.key} aria-labelledby={`deadlines-${group.key}`} data-testid={`deadlines-${group.key}`}>
                <h2 id={`deadlines-${group.key}`} className="plans-heading">
                  {group.title} <span className="muted">({group.items.length})</span>
                </h2>
                <ul className="deadline-list">
                  {group.items.map((deadline) => (
                    <li key={rowKey(deadline)}>
                      <DeadlineRow deadline={deadline} busy={pending.has(rowKey(deadline))} onOpen={open} onToggleDone={(row) => void toggleDone(row)} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
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

const rowKey = (deadline: MyDeadline) => `${deadline.obligationId}-${deadline.dueOn}`;

/** Heads of a unit owe its deadlines for the whole unit (the server records "done" for the unit). */
const unitLevel = (role: Role) => role === 'principal' || role === 'commune_officer' || role === 'dept_officer';

interface DeadlineRowProps {
  deadline: MyDeadline;
  busy: boolean;
  onOpen: (deadline: MyDeadline) => void;
  onToggleDone: (deadline: MyDeadline) => void;
}

function DeadlineRow({ deadline, busy, onOpen, onToggleDone }: DeadlineRowProps) {
  return (
    <div className={deadline.done ? 'deadline-card deadline-card--done' : 'deadline-card'}>
      <button type="button" className="deadline-item" onClick={() => onOpen(deadline)} data-testid={`deadline-item-${deadline.obligationId}`}>
        <span className="deadline-item__top">
          <span className="deadline-item__date">Hạn {formatDay(deadline.dueOn)}</span>
          {deadline.done ? (
            <span className="done-chip" data-testid={`deadline-done-chip-${deadline.obligationId}`}>
              ✓ Đã xong
            </span>
          ) : (
            <CountdownChip dueOn={deadline.dueOn} daysLeft={deadline.daysLeft} showDate={false} />
          )}
        </span>
        {deadline.dueDayOff && (
          <span className="deadline-item__off" data-testid={`deadline-off-${deadline.obligationId}`}>
            Hạn rơi vào ngày nghỉ ({deadline.dueDayOff})
          </span>
        )}
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
      <NudgeLadderDetails obligationId={deadline.obligationId} />
      <button
        type="button"
        className="done-toggle"
        aria-pressed={deadline.done}
        disabled={busy}
        onClick={() => onToggleDone(deadline)}
        data-testid={`deadline-done-${deadline.obligationId}`}
      >
        <span className="done-toggle__box" aria-hidden="true">
          {deadline.done ? '✓' : ''}
        </span>
        {deadline.done ? 'Bỏ đánh dấu' : 'Đánh dấu đã xong'}
      </button>
    </div>
  );
}
