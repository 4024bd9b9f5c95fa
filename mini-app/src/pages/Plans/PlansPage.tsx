import '../../components/forms.css';
import '../../components/plans/plans.css';
import { matchesEveryWord, type PlanSearchHit, type PlanSummary } from '@tds/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { useDebounced } from '../../lib/use-debounced';
import { planManagerRoles } from '../../modules';
import { loadLibrary, useLibrary } from '../../state/plans';
import { useSession } from '../../state/session';
import { importPath, readerPath, reviewPath } from './plan-links';
import { PlanList } from './PlanList';
import { PlanSearchResults } from './PlanSearchResults';

/** "Kế hoạch": the plans of the person's unit chain, and a search inside all of them. */
export default function PlansPage() {
  const navigate = useNavigate();
  const session = useSession();
  const library = useLibrary();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  const canManage = role !== null && planManagerRoles.some((allowed) => allowed === role);

  useEffect(() => {
    void loadLibrary();
  }, []);

  const openPlan = useCallback(
    (plan: PlanSummary) => navigate(plan.status === 'draft' && canManage ? reviewPath(plan.id) : readerPath(plan.id)),
    [navigate, canManage],
  );
  const openHit = useCallback((hit: PlanSearchHit) => navigate(readerPath(hit.planId, { section: hit.sectionPath, q: query })), [navigate, query]);

  const searching = query.length >= 2;
  const titleMatches = useMemo(
    () => (searching && library.data ? library.data.filter((plan) => matchesEveryWord(`${plan.title} ${plan.number ?? ''} ${plan.issuerName}`, query)) : []),
    [searching, library.data, query],
  );

  return (
    <Page className="app-page plans-page">
      <AppHeader title="Kế hoạch" backTo="/home" />
      <div className="plans-search">
        <input
          type="search"
          className="text-input"
          placeholder="Tìm trong các kế hoạch, ví dụ: sáng kiến"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-label="Tìm trong nội dung các kế hoạch"
          enterKeyHint="search"
          data-testid="plan-search-input"
        />
        {canManage && (
          <Button size="medium" variant="secondary" onClick={() => navigate(importPath)} data-testid="plans-import">
            Nhập kế hoạch
          </Button>
        )}
      </div>

      {searching ? (
        <>
          {titleMatches.length > 0 && (
            <section aria-label="Kế hoạch có tên phù hợp">
              <h2 className="plans-heading">Kế hoạch có tên phù hợp</h2>
              <PlanList plans={titleMatches} onOpen={openPlan} />
            </section>
          )}
          <section aria-label="Kết quả trong nội dung">
            <h2 className="plans-heading">Trong nội dung kế hoạch</h2>
            <PlanSearchResults query={query} onOpen={openHit} />
          </section>
        </>
      ) : library.data ? (
        library.data.length > 0 ? (
          <PlanList plans={library.data} onOpen={openPlan} />
        ) : (
          <section className="card" data-testid="plans-empty">
            <p>Chưa có kế hoạch nào của đơn vị bạn, của cấp trên hoặc các đơn vị trực thuộc.</p>
            {canManage && <p className="muted">Bấm “Nhập kế hoạch” để đưa kế hoạch đầu tiên vào thư viện.</p>}
          </section>
        )
      ) : library.error ? (
        <ErrorView title="Không tải được danh sách kế hoạch" message={library.error} onRetry={() => void loadLibrary()} testId="plans-error" />
      ) : (
        <LoadingView text="Đang tải kế hoạch…" />
      )}
    </Page>
  );
}
