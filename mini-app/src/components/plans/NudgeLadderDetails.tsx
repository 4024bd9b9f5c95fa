import { chaseLevelLabels, nudgeToneLabels, type NudgeLadder } from '@tds/shared';
import { useState } from 'react';
import { getLadder } from '../../api/calendar';
import { errorMessage } from '../../api/errors';

const sourceLabels: Record<NudgeLadder['source'], string> = {
  obligation: 'cài đặt riêng cho hạn này',
  plan: 'cài đặt của kế hoạch',
  unit: 'cài đặt của đơn vị ban hành',
  default: 'mặc định',
};

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
                <strong>{step.offset === 0 ? 'Ngày đến hạn' : `${step.offset} ngày làm việc trước hạn`}</strong> · {nudgeToneLabels[step.tone]}
                {step.chase.length > 0 && ` · báo ${step.chase.map((level) => chaseLevelLabels[level]).join(', ')} ai chưa xong`}
              </li>
            ))}
          </ol>
          <p className="muted">
            Gửi lúc {ladder.sendAt}, chỉ vào ngày làm việc (trừ ngày đến hạn); {sourceLabels[ladder.source]}.
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
