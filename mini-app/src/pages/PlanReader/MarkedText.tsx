import type { StoredObligation } from '@tds/shared';
import { Fragment, type ReactNode } from 'react';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { daysUntil } from '../../lib/due';
import { segmentText, type ObligationSpan, type Range } from '../../lib/text-marks';

interface MarkedTextProps {
  text: string;
  spans: readonly ObligationSpan[];
  hits: readonly Range[];
  /** Global index of the first hit in `hits`. */
  hitBase: number;
  obligations: ReadonlyMap<string, StoredObligation>;
  today: string;
}

/**
 * Text with obligation phrases marked (each followed by its countdown chip) and find hits marked.
 * Plain spans and marks only: a 30-page plan renders thousands of these.
 */
export function MarkedText({ text, spans, hits, hitBase, obligations, today }: MarkedTextProps) {
  if (spans.length === 0 && hits.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, spans, hits, hitBase).map((segment) => {
        let node: ReactNode = segment.text;
        if (segment.hit !== null) {
          node = (
            <mark className="find-hit" data-hit={segment.hit}>
              {node}
            </mark>
          );
        }
        if (segment.obligationId !== null) {
          node = (
            <mark className="ob-phrase" data-ob={segment.obligationId} id={segment.opensObligation ? `ob-${segment.obligationId}` : undefined}>
              {node}
            </mark>
          );
        }
        const closing = segment.closesObligation !== null ? obligations.get(segment.closesObligation) : undefined;
        return (
          <Fragment key={segment.start}>
            {node}
            {closing && (
              <>
                {' '}
                <button type="button" className="chip-button" data-ob={closing.id} aria-label={`Hạn: ${closing.what}`}>
                  <CountdownChip dueOn={closing.nextDueOn} daysLeft={daysUntil(closing.nextDueOn, today)} testId={`obligation-chip-${closing.id}`} />
                </button>
              </>
            )}
          </Fragment>
        );
      })}
    </>
  );
}
