import type { StoredObligation } from '@tds/shared';
import { memo, useMemo } from 'react';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { daysUntil, describeDueRule } from '../../lib/due';

interface PlanDeadlinesProps {
  obligations: readonly StoredObligation[];
  /** Obligations with no phrase in the text: their chip lives here, and the list starts open. */
  unplaced: ReadonlySet<string>;
  today: string;
  onOpen: (obligationId: string) => void;
}

/** "Các hạn trong kế hoạch": every deadline of the plan, soonest first; hand-added ones only appear here. */
export const PlanDeadlines = memo(function PlanDeadlines({ obligations, unplaced, today, onOpen }: PlanDeadlinesProps) {
  const sorted = useMemo(
    () => [...obligations].sort((a, b) => (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999') || a.start - b.start),
    [obligations],
  );
  if (sorted.length === 0) return null;
  return (
    <details className="reader-deadlines" open={unplaced.size > 0} data-testid="reader-deadlines">
      <summary>Các hạn trong kế hoạch ({sorted.length})</summary>
      <ul>
        {sorted.map((obligation) => (
          <li key={obligation.id}>
            <button type="button" className="reader-deadline" onClick={() => onOpen(obligation.id)} data-testid={`reader-deadline-${obligation.id}`}>
              <span className="reader-deadline__what">{obligation.what}</span>
              <span className="reader-deadline__when">
                {describeDueRule(obligation)}
                {unplaced.has(obligation.id) && <span className="muted"> · {obligation.manual ? 'thêm thủ công' : 'không thấy trong văn bản'}</span>}
              </span>
              <CountdownChip
                dueOn={obligation.nextDueOn}
                daysLeft={daysUntil(obligation.nextDueOn, today)}
                testId={unplaced.has(obligation.id) ? `obligation-chip-${obligation.id}` : undefined}
              />
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
