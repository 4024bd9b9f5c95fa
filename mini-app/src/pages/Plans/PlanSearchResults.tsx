import type { PlanSearchHit } from '@tds/shared';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { searchPlans } from '../../api/plans';
import { HighlightedText } from '../../components/plans/HighlightedText';
import { LoadingView } from '../../components/StatusView';
import { findPhrases, mergeAdjacent } from '../../lib/text-marks';

type SearchState = { status: 'loading' } | { status: 'ready'; hits: PlanSearchHit[] } | { status: 'error'; message: string };

interface PlanSearchResultsProps {
  /** The settled (debounced) query, at least two characters. */
  query: string;
  onOpen: (hit: PlanSearchHit) => void;
}

/** Sections of every published plan matching the query, with the words highlighted in a snippet. */
export function PlanSearchResults({ query, onOpen }: PlanSearchResultsProps) {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const latest = useRef(query);

  useEffect(() => {
    latest.current = query;
    setState({ status: 'loading' });
    searchPlans(query).then(
      (hits) => {
        if (latest.current === query) setState({ status: 'ready', hits });
      },
      (error: unknown) => {
        if (latest.current === query) setState({ status: 'error', message: errorMessage(error) });
      },
    );
  }, [query]);

  if (state.status === 'loading') return <LoadingView text="Đang tìm trong các kế hoạch…" />;
  if (state.status === 'error') {
    return (
      <p className="form-error plans-note" role="alert" data-testid="plan-search-error">
        {state.message}
      </p>
    );
  }
  if (state.hits.length === 0) {
    return (
      <p className="muted plans-note" data-testid="plan-search-empty">
        Không thấy “{query}” trong nội dung các kế hoạch đã công bố.
      </p>
    );
  }
  return (
    <ul className="hit-list" data-testid="plan-search-results">
      {groupByPlan(state.hits).map((group) => (
        <li key={group.planId} className="hit-group" data-testid={`plan-search-group-${group.planId}`}>
          <p className="hit-group__plan">
            {group.planNumber ? `${group.planNumber} · ` : ''}
            {group.planTitle}
          </p>
          {group.hits.map((hit, index) => (
            <button key={`${hit.sectionPath ?? ''}-${index}`} type="button" className="hit-item" onClick={() => onOpen(hit)} data-testid="plan-search-hit">
              {(hit.sectionPath || hit.heading) && (
                <span className="hit-item__section">
                  {hit.sectionPath ? `Mục ${hit.sectionPath}` : ''}
                  {hit.sectionPath && hit.heading ? ' · ' : ''}
                  {hit.heading}
                </span>
              )}
              <span className="hit-item__snippet">
                <HighlightedText text={hit.snippet} ranges={snippetRanges(hit, query)} />
              </span>
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Hits of one plan together, plans in the order of their best hit; the title is shown once. */
function groupByPlan(hits: readonly PlanSearchHit[]) {
  const groups = new Map<string, { planId: string; planNumber: string | null; planTitle: string; hits: PlanSearchHit[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.planId) ?? { planId: hit.planId, planNumber: hit.planNumber, planTitle: hit.planTitle, hits: [] };
    group.hits.push(hit);
    groups.set(hit.planId, group);
  }
  return [...groups.values()];
}

/** The phrase where the snippet has it ("sáng kiến", not also "sáng tạo"), else the server's word highlights. */
function snippetRanges(hit: PlanSearchHit, query: string) {
  const phrases = findPhrases(hit.snippet, query);
  return phrases.length > 0 ? phrases : mergeAdjacent(hit.snippet, hit.highlights);
}
