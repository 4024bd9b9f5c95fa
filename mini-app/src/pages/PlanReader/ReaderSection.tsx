import type { PlanSectionView, StoredObligation } from '@tds/shared';
import { memo } from 'react';
import { MarkedText } from './MarkedText';
import type { Placed, SectionHits } from './reader-model';

interface ReaderSectionProps {
  section: PlanSectionView;
  placed: Placed;
  /** This section's find hits; the same `noSectionHits` object (reader-model) whenever there are none, so memo holds. */
  hits: SectionHits;
  obligations: ReadonlyMap<string, StoredObligation>;
  today: string;
}

/**
 * One item of the plan, indented by depth. Memoised: typing in the find box re-renders only the
 * sections whose hits changed. `content-visibility: auto` (CSS) skips laying out those off screen.
 */
export const ReaderSection = memo(function ReaderSection({ section, placed, hits, obligations, today }: ReaderSectionProps) {
  const depth = Math.min(section.depth, 4);
  const bodyBase = hits.base + hits.heading.length;
  const body = section.body ? (
    <MarkedText text={section.body} spans={placed.body} hits={hits.body} hitBase={bodyBase} obligations={obligations} today={today} />
  ) : null;
  return (
    <section id={`sec-${section.path}`} className={`reader-section reader-section--d${depth}`} data-testid={`reader-section-${section.path}`}>
      {section.heading !== null ? (
        <>
          <h3 className={`reader-section__heading reader-section__heading--d${depth}`}>
            <span className="reader-section__marker">{section.marker}</span>{' '}
            <MarkedText text={section.heading} spans={placed.heading} hits={hits.heading} hitBase={hits.base} obligations={obligations} today={today} />
          </h3>
          {body && <p className="reader-section__body">{body}</p>}
        </>
      ) : (
        <p className="reader-section__body">
          <span className="reader-section__marker">{section.marker}</span> {body}
        </p>
      )}
    </section>
  );
});
