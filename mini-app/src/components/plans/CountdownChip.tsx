import { memo } from 'react';
import { countdown } from '../../lib/due';
import { formatDay } from '../../lib/format';

interface CountdownChipProps {
  /** Next due date "YYYY-MM-DD", or null when every date has passed. */
  dueOn: string | null;
  daysLeft: number | null;
  /** Adds " · dd/mm/yyyy" (off where the row already shows the date). */
  showDate?: boolean;
  testId?: string;
}

/** "Còn 5 ngày · 30/05/2027": a plain span, cheap enough to follow every phrase of a long plan. */
export const CountdownChip = memo(function CountdownChip({ dueOn, daysLeft, showDate = true, testId }: CountdownChipProps) {
  const { label, tone } = countdown(dueOn === null ? null : daysLeft);
  return (
    <span className={`due-chip due-chip--${tone}`} data-testid={testId}>
      {label}
      {showDate && dueOn !== null && <span className="due-chip__date"> · {formatDay(dueOn)}</span>}
    </span>
  );
});
