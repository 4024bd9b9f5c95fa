import type { PlanDetail } from '@tds/shared';
import { memo, useMemo } from 'react';
import { segmentText } from '../../lib/text-marks';

/**
 * The text exactly as imported, line breaks kept, with every found phrase marked at its source
 * offsets: what the officer compares the extracted deadlines against.
 */
export const SourceText = memo(function SourceText({ plan }: { plan: Pick<PlanDetail, 'sourceText' | 'obligations'> }) {
  const segments = useMemo(() => {
    const spans = plan.obligations
      .filter((obligation) => !obligation.manual && obligation.end > obligation.start)
      .map((obligation) => ({ id: obligation.id, start: obligation.start, end: obligation.end }))
      .sort((a, b) => a.start - b.start);
    return segmentText(plan.sourceText, spans, []);
  }, [plan.sourceText, plan.obligations]);
  return (
    <div className="source-text" data-testid="review-source-text">
      {segments.map((segment) =>
        segment.obligationId !== null ? (
          <mark
            key={segment.start}
            className="ob-phrase"
            id={segment.opensObligation ? `src-ob-${segment.obligationId}` : undefined}
            data-testid={segment.opensObligation ? `source-ob-${segment.obligationId}` : undefined}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </div>
  );
});
