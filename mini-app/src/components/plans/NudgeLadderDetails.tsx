import { chaseLevelLabels, nudgeToneLabels, type NudgeLadder } from '@tds/shared';
import { useState } from 'react';
import { getLadder } from '../../api/reminders';
import { errorMessage } from '../../api/errors';
import { ladderSourceLabels, offsetLabel } from './ladder-labels';

/** "Các bậc nhắc": when reminders go out, in which tone, and who is told who has not finished. Loaded when opened. */
export function NudgeLadderDetails({ obligationId }: { obligationId: string }) {
  const [ladder, setLadder] = useState<NudgeLadder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    if (ladder) return;
    getLadder(obligationId).then(setLadder, (failure: unknown) => setError(errorMessage(failure)));
  };
  return (
    <details className="nudge-ladder" onToggle={(event) => event.currentTarget.open && load()} data-testid={`ladder-${obligationId}`}>
      <summary>Các bậc nhắc</summary>
      {ladder ? (
        <>
          <ol>
            {ladder.steps.map((step) => (
              <li key={step.offset} data-testid={`ladder-step-${step.offset}`}>
                <strong>{offsetLabel(step.offset)}</strong> · {nudgeToneLabels[step.tone]}
                {step.chase.length > 0 && ` · báo ${step.chase.map((level) => chaseLevelLabels[level]).join(', ')} ai chưa xong`}
              </li>
            ))}
          </ol>
          <p className="muted">
            Gửi lúc {ladder.sendAt}, chỉ vào ngày làm việc (trừ ngày đến hạn); {ladderSourceLabels[ladder.source]}.
          </p>
        </>
      ) : error ? (
        <p className="form-error">{error}</p>
      ) : (
        <p className="muted">Đang tải…</p>
      )}
    </details>
  );
}
