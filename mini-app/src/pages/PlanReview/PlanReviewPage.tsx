import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { PlanDetail, Role, StoredObligation } from '@tds/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Page, useNavigate, useParams, useSnackbar } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { addObligation, deleteObligation, publishPlan, updateObligation } from '../../api/plans';
import { AppHeader } from '../../components/AppHeader';
import { BottomSheet } from '../../components/BottomSheet';
import { ConfirmSheet } from '../../components/ConfirmSheet';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { vietnamToday } from '../../lib/format';
import { loadPlan, patchObligation, putPlan, usePlanDetail } from '../../state/plans';
import { readerPath } from '../Plans/plan-links';
import { planDateText, planNumberText } from '../Plans/PlanList';
import { draftOf, parseDraft, serverFieldErrors, type FieldErrors, type ObligationDraft } from './obligation-form';
import { ObligationCard } from './ObligationCard';
import { ObligationForm } from './ObligationForm';
import { revealElement } from '../PlanReader/scroll';
import { SourceText } from './SourceText';

/** `plans/:planId/review`: the officer checks an imported draft's deadlines, then publishes it. */
export default function PlanReviewPage() {
  const planId = useParams().planId ?? '';
  const resource = usePlanDetail(planId);

  useEffect(() => {
    void loadPlan(planId);
  }, [planId]);

  return (
    <Page className="app-page review-page">
      <AppHeader title="Kiểm tra kế hoạch" backTo="/plans" />
      {resource.data ? (
        <PlanReview plan={resource.data} />
      ) : resource.error ? (
        <ErrorView title="Không mở được kế hoạch" message={resource.error} onRetry={() => void loadPlan(planId, true)} testId="review-error" />
      ) : (
        <LoadingView text="Đang mở kế hoạch…" />
      )}
    </Page>
  );
}

type Editing = { obligation: StoredObligation | null; draft: ObligationDraft; errors: FieldErrors; busy: boolean };
type Confirming = { action: 'delete'; obligation: StoredObligation } | { action: 'publish' };

function PlanReview({ plan }: { plan: PlanDetail }) {
  const navigate = useNavigate();
  const { openSnackbar } = useSnackbar();
  const today = useMemo(() => vietnamToday(), []);
  const [tab, setTab] = useState<'obligations' | 'text'>('obligations');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [confirmBusy, setConfirmBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  const ordered = useMemo(() => [...plan.obligations].sort((a, b) => Number(a.manual) - Number(b.manual) || a.start - b.start), [plan.obligations]);
  const defaultAudience = useMemo(() => commonestAudience(plan.obligations), [plan.obligations]);

  // "Xem trong văn bản": once the text tab is shown, bring the phrase into view.
  useEffect(() => {
    if (tab === 'text' && focusId) revealElement(document.getElementById(`src-ob-${focusId}`), 'center');
  }, [tab, focusId]);

  const onEdit = useCallback((obligation: StoredObligation) => setEditing({ obligation, draft: draftOf(obligation, []), errors: {}, busy: false }), []);
  const onDelete = useCallback((obligation: StoredObligation) => {
    setConfirmError(null);
    setConfirming({ action: 'delete', obligation });
  }, []);
  const onShowInText = useCallback((obligation: StoredObligation) => {
    setFocusId(obligation.id);
    setTab('text');
  }, []);

  const save = async () => {
    if (!editing) return;
    const parsed = parseDraft(editing.draft);
    if (!parsed.input) {
      setEditing({ ...editing, errors: parsed.errors });
      return;
    }
    setEditing({ ...editing, errors: {}, busy: true });
    try {
      const saved = editing.obligation ? await updateObligation(plan.id, editing.obligation.id, parsed.input) : await addObligation(plan.id, parsed.input);
      patchObligation(plan.id, saved.id, saved);
      setEditing(null);
      openSnackbar({ text: editing.obligation ? 'Đã lưu thay đổi' : 'Đã thêm hạn', duration: 2500 });
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? serverFieldErrors(failure.fields) : {};
      setEditing({ ...editing, busy: false, errors: Object.keys(fields).length > 0 ? fields : { form: errorMessage(failure) } });
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    setConfirmBusy(true);
    setConfirmError(null);
    try {
      if (confirming.action === 'delete') {
        await deleteObligation(plan.id, confirming.obligation.id);
        patchObligation(plan.id, confirming.obligation.id, null);
        openSnackbar({ text: 'Đã xóa hạn', duration: 2500 });
        setConfirming(null);
      } else {
        const published = await publishPlan(plan.id);
        putPlan(published);
        setConfirming(null);
        openSnackbar({ text: 'Đã công bố kế hoạch', duration: 2500 });
        navigate(readerPath(plan.id), { replace: true });
      }
    } catch (failure) {
      setConfirmError(errorMessage(failure));
    } finally {
      setConfirmBusy(false);
    }
  };

  const draft = plan.status === 'draft';
  return (
    <>
      <section className="card review-summary" data-testid="review-summary">
        <p className="reader-head__issuer">{plan.issuerName}</p>
        <p className="reader-head__meta">
          {planNumberText(plan.number)} · {planDateText(plan)}
          <span className={draft ? 'tag tag--draft' : 'tag tag--ok'}>{draft ? 'Bản nháp' : 'Đã công bố'}</span>
        </p>
        <h2 className="review-summary__title">{plan.title}</h2>
        <p className="muted">
          {draft
            ? 'Kiểm tra từng hạn hệ thống tìm thấy: sửa chỗ đọc sai, xóa chỗ không phải hạn, thêm hạn còn thiếu. Chỉ khi công bố, mọi người mới thấy kế hoạch.'
            : 'Kế hoạch đã công bố. Mọi thay đổi ở đây có hiệu lực ngay với “Hạn của tôi” và nhắc việc.'}
        </p>
        {draft ? (
          <Button fullWidth onClick={() => setConfirming({ action: 'publish' })} data-testid="publish-plan">
            Công bố
          </Button>
        ) : (
          <Button fullWidth variant="secondary" onClick={() => navigate(readerPath(plan.id))} data-testid="review-open-reader">
            Mở trình đọc
          </Button>
        )}
      </section>

      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'obligations'} className="tabs__tab" onClick={() => setTab('obligations')} data-testid="review-tab-obligations">
          Các hạn ({plan.obligations.length})
        </button>
        <button type="button" role="tab" aria-selected={tab === 'text'} className="tabs__tab" onClick={() => setTab('text')} data-testid="review-tab-text">
          Văn bản
        </button>
      </div>

      {tab === 'obligations' ? (
        <div role="tabpanel" data-testid="review-obligations">
          <div className="review-add">
            <Button variant="secondary" size="medium" onClick={() => setEditing({ obligation: null, draft: draftOf(null, defaultAudience), errors: {}, busy: false })} data-testid="obligation-add">
              Thêm hạn
            </Button>
          </div>
          {ordered.length === 0 && <p className="muted plans-note">Chưa có hạn nào. Bấm “Thêm hạn” để nhập tay.</p>}
          {ordered.map((obligation) => (
            <ObligationCard key={obligation.id} obligation={obligation} today={today} onEdit={onEdit} onDelete={onDelete} onShowInText={onShowInText} />
          ))}
        </div>
      ) : (
        <div role="tabpanel" className="card">
          <SourceText plan={plan} />
        </div>
      )}

      <BottomSheet open={editing !== null} title={editing?.obligation ? 'Sửa hạn' : 'Thêm hạn'} onClose={() => (editing?.busy ? undefined : setEditing(null))} testId="obligation-sheet">
        {editing && (
          <ObligationForm
            draft={editing.draft}
            errors={editing.errors}
            busy={editing.busy}
            onChange={(next) => setEditing({ ...editing, draft: next })}
            onSubmit={() => void save()}
            onCancel={() => setEditing(null)}
          />
        )}
      </BottomSheet>
      <ConfirmSheet
        open={confirming !== null}
        title={confirming?.action === 'publish' ? 'Công bố kế hoạch?' : 'Xóa hạn này?'}
        message={
          confirming?.action === 'publish'
            ? `Sau khi công bố, cán bộ, giáo viên của các đơn vị liên quan sẽ đọc được kế hoạch và nhận ${plan.obligations.length} hạn trong “Hạn của tôi”.`
            : `“${confirming?.action === 'delete' ? confirming.obligation.what : ''}” sẽ không còn trong kế hoạch và không được nhắc nữa.`
        }
        confirmLabel={confirming?.action === 'publish' ? 'Công bố' : 'Xóa hạn'}
        danger={confirming?.action === 'delete'}
        busy={confirmBusy}
        error={confirmError}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}

/** The audience most obligations of the plan already have: the default for one added by hand. */
function commonestAudience(obligations: readonly StoredObligation[]): Role[] {
  const counts = new Map<string, { roles: Role[]; count: number }>();
  for (const obligation of obligations) {
    const key = [...obligation.audienceRoles].sort().join(',');
    const entry = counts.get(key) ?? { roles: obligation.audienceRoles, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.roles.length > 0 ? [...best.roles] : ['principal'];
}
