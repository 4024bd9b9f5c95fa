import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { PlanDetail } from '@tds/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Button, Page, useNavigate, useParams, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { BottomSheet } from '../../components/BottomSheet';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { ObligationFacts } from '../../components/plans/ObligationFacts';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { daysUntil } from '../../lib/due';
import { vietnamToday } from '../../lib/format';
import { mayManagePlan } from '../../lib/plan-access';
import { planManagerRoles } from '../../modules';
import { loadPlan, usePlanDetail } from '../../state/plans';
import { useSession } from '../../state/session';
import { ladderPath } from '../Plans/plan-links';
import { FindBar } from './FindBar';
import { PlanDeadlines } from './PlanDeadlines';
import { ReaderHead } from './ReaderHead';
import { ReaderSection } from './ReaderSection';
import { buildReaderModel, findInPlan, noSectionHits, placedIn, PREAMBLE, type FindResult } from './reader-model';
import { MarkedText } from './MarkedText';
import { obligationElement, revealElement, sectionElement } from './scroll';
import { TocSheet } from './TocSheet';

/** `plans/:planId?section=&q=&obligation=`: the plan, opened where the link points. */
export default function PlanReaderPage() {
  const planId = useParams().planId ?? '';
  const [params] = useSearchParams();
  const resource = usePlanDetail(planId);

  useEffect(() => {
    void loadPlan(planId);
  }, [planId]);

  return (
    <Page className="app-page reader-page">
      <AppHeader title="Đọc kế hoạch" backTo="/plans" />
      {resource.data ? (
        <PlanReader
          key={resource.data.id}
          plan={resource.data}
          initialSection={params.get('section')}
          initialQuery={params.get('q') ?? ''}
          initialObligation={params.get('obligation')}
        />
      ) : resource.error ? (
        <ErrorView title="Không mở được kế hoạch" message={resource.error} onRetry={() => void loadPlan(planId, true)} testId="reader-error" />
      ) : (
        <LoadingView text="Đang mở kế hoạch…" />
      )}
    </Page>
  );
}

interface PlanReaderProps {
  plan: PlanDetail;
  initialSection: string | null;
  initialQuery: string;
  initialObligation: string | null;
}

function PlanReader({ plan, initialSection, initialQuery, initialObligation }: PlanReaderProps) {
  const session = useSession();
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  // Only managers see drafts; a published plan may belong to a unit they do not manage.
  const canReview = plan.status === 'draft' && planManagerRoles.some((allowed) => allowed === role);
  const canSetReminders = session.status === 'signedIn' && mayManagePlan(session.session.person.role, session.session.unit, plan.issuerUnitId);
  const navigate = useNavigate();
  const model = useMemo(() => buildReaderModel(plan), [plan]);
  const unplaced = useMemo(() => new Set(model.unplaced.map((obligation) => obligation.id)), [model]);
  const today = useMemo(() => vietnamToday(), []);
  const articleRef = useRef<HTMLElement>(null);

  const [query, setQuery] = useState(initialQuery.trim());
  const hits = useMemo(() => findInPlan(plan, query), [plan, query]);
  const [cursor, setCursor] = useState<{ hits: FindResult; index: number } | null>(null);
  const active = hits.total === 0 ? null : cursor?.hits === hits ? cursor.index : firstHit(hits, query === initialQuery.trim() ? initialSection : null);

  const [tocOpen, setTocOpen] = useState(false);
  const [detailId, setDetailId] = useState<string | null>(null);
  const detail = detailId ? model.obligations.get(detailId) : undefined;

  // Mark the current hit and bring it into view; classes set by hand so no section re-renders.
  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    root.querySelectorAll('.find-hit--active').forEach((element) => element.classList.remove('find-hit--active'));
    if (active === null) return;
    const marks = root.querySelectorAll(`[data-hit="${active}"]`);
    marks.forEach((element) => element.classList.add('find-hit--active'));
    revealElement(marks[0] ?? null, 'center', false);
  }, [active, hits]);

  // Open where the link points: an obligation's phrase, else a section (a search hit there is handled above).
  useEffect(() => {
    if (initialObligation) {
      const place = model.placeOf.get(initialObligation);
      if (place === null) setDetailId(initialObligation);
      revealElement(obligationElement(initialObligation) ?? (place ? sectionElement(place) : null), 'center');
    } else if (initialSection && !hits.bySection.has(initialSection)) {
      revealElement(sectionElement(initialSection));
    }
    // Only on opening: later changes of the query must not jump back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (hits.total === 0) return;
      setCursor({ hits, index: ((active ?? -1) + delta + hits.total) % hits.total });
    },
    [hits, active],
  );
  const jumpToSection = useCallback((path: string) => {
    setTocOpen(false);
    revealElement(sectionElement(path));
  }, []);
  const openObligation = useCallback(
    (id: string) => {
      const element = obligationElement(id);
      if (element) revealElement(element, 'center');
      else setDetailId(id);
    },
    [],
  );
  // One listener for every phrase and chip of the plan.
  const onArticleClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const marked = (event.target as Element).closest('[data-ob]');
    const id = marked?.getAttribute('data-ob');
    if (id) setDetailId(id);
  }, []);
  const openToc = useCallback(() => setTocOpen(true), []);
  const closeToc = useCallback(() => setTocOpen(false), []);
  const closeDetail = useCallback(() => setDetailId(null), []);

  const preambleHits = hits.bySection.get(PREAMBLE);
  const preamblePlaced = placedIn(model, PREAMBLE);
  return (
    <>
      <FindBar initialText={initialQuery} onQuery={setQuery} total={query.length >= 2 ? hits.total : null} active={active} onStep={step} onToc={openToc} />
      <article ref={articleRef} className="reader" onClick={onArticleClick} data-testid="reader">
        <ReaderHead plan={plan} canReview={canReview} />
        <PlanDeadlines obligations={plan.obligations} unplaced={unplaced} today={today} onOpen={openObligation} />
        {plan.preamble && (
          <p className="reader-preamble">
            <MarkedText
              text={plan.preamble}
              spans={preamblePlaced.body}
              hits={preambleHits?.body ?? noSectionHits.body}
              hitBase={preambleHits?.base ?? 0}
              obligations={model.obligations}
              today={today}
            />
          </p>
        )}
        {plan.sections.map((section) => (
          <ReaderSection
            key={section.path}
            section={section}
            placed={placedIn(model, section.path)}
            hits={hits.bySection.get(section.path) ?? noSectionHits}
            obligations={model.obligations}
            today={today}
          />
        ))}
      </article>
      <TocSheet open={tocOpen} sections={plan.sections} onClose={closeToc} onJump={jumpToSection} />
      <BottomSheet open={detail !== undefined} title="Hạn trong kế hoạch" onClose={closeDetail} testId="obligation-detail">
        {detail && (
          <div className="stack">
            <p className="obligation-detail__what">{detail.what}</p>
            <CountdownChip dueOn={detail.nextDueOn} daysLeft={daysUntil(detail.nextDueOn, today)} />
            <ObligationFacts obligation={detail} />
            {!detail.manual && <p className="muted">Trong văn bản: “{detail.phrase.replace(/\s+/g, ' ')}”</p>}
            {canSetReminders && (
              <Button variant="secondary" size="medium" onClick={() => navigate(ladderPath(plan.id, detail.id))} data-testid="obligation-reminders">
                Cài đặt nhắc việc
              </Button>
            )}
          </div>
        )}
      </BottomSheet>
    </>
  );
}

/** The hit to show first: the first one in the section the link points to, else the first of all. */
function firstHit(hits: FindResult, section: string | null): number {
  return (section !== null ? hits.bySection.get(section)?.base : undefined) ?? 0;
}
