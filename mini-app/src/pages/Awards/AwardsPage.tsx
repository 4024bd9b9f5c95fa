import '../../components/forms.css';
import '../../components/plans/plans.css';
import '../../components/submissions/submissions.css';
import './awards.css';
import type { NominationView } from '@tds/shared';
import { useEffect, useState } from 'react';
import { Button, Page, useSearchParams, useSnackbar } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { AppHeader } from '../../components/AppHeader';
import { ConfirmSheet } from '../../components/ConfirmSheet';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { vietnamToday } from '../../lib/format';
import { loadAwards, useNominations, useQuota, withdraw } from '../../state/awards';
import { periodLabel, periodOrDefault, reviewPeriods, yearlyPeriods } from './award-text';
import { NominationCard } from './NominationCard';
import { NominationSheet } from './NominationSheet';
import { QuotaCard } from './QuotaCard';

/**
 * "Khen thưởng": the unit's nominations of a period within the plans' quotas, each with its dossier
 * checklist and deadline; "Đề nghị mới" adds one, "Rút đề nghị" frees its place.
 */
export default function AwardsPage() {
  const [params, setParams] = useSearchParams();
  const period = periodOrDefault(params.get('period'), vietnamToday());
  const nominations = useNominations(period);
  const quota = useQuota(period);
  const { openSnackbar } = useSnackbar();
  const [creating, setCreating] = useState(false);
  const [withdrawing, setWithdrawing] = useState<NominationView | null>(null);
  const [withdrawBusy, setWithdrawBusy] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);

  useEffect(() => {
    void loadAwards(period);
  }, [period]);

  const confirmWithdraw = async () => {
    if (!withdrawing) return;
    setWithdrawBusy(true);
    setWithdrawError(null);
    try {
      await withdraw(withdrawing);
      openSnackbar({ text: `Đã rút đề nghị cho ${withdrawing.nomineeName}.`, type: 'success', duration: 3000 });
      setWithdrawing(null);
    } catch (error) {
      setWithdrawError(errorMessage(error));
    } finally {
      setWithdrawBusy(false);
    }
  };

  return (
    <Page className="app-page award-page">
      <AppHeader title="Khen thưởng" backTo="/home" />
      <section className="card award-period">
        <label className="field">
          <span className="field__label">Đợt khen thưởng</span>
          <select className="text-input" value={period} onChange={(event) => setParams({ period: event.target.value }, { replace: true })} data-testid="awards-period">
            <optgroup label="Hằng năm">
              {yearlyPeriods.map((option) => (
                <option key={option} value={option}>
                  {periodLabel(option)}
                </option>
              ))}
            </optgroup>
            <optgroup label="Sơ kết, tổng kết phong trào">
              {reviewPeriods.map((option) => (
                <option key={option} value={option}>
                  {periodLabel(option)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </section>
      <QuotaCard period={period} quota={quota} />
      <div className="award-new">
        <Button fullWidth onClick={() => setCreating(true)} data-testid="nomination-new">
          Đề nghị mới
        </Button>
      </div>
      <h2 className="list-heading">Đề nghị của đơn vị · {periodLabel(period)}</h2>
      {nominations.data ? (
        nominations.data.length > 0 ? (
          <ul className="award-list">
            {nominations.data.map((nomination) => (
              <li key={nomination.id}>
                <NominationCard nomination={nomination} onWithdraw={() => setWithdrawing(nomination)} />
              </li>
            ))}
          </ul>
        ) : (
          <section className="card" data-testid="nominations-empty">
            <p>Chưa có đề nghị khen thưởng nào trong đợt này.</p>
          </section>
        )
      ) : nominations.error ? (
        <ErrorView title="Không tải được danh sách đề nghị" message={nominations.error} onRetry={() => void loadAwards(period)} testId="nominations-error" />
      ) : (
        <LoadingView text="Đang tải đề nghị khen thưởng…" />
      )}
      <NominationSheet
        open={creating}
        period={period}
        quota={quota.data}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          openSnackbar({ text: `Đã thêm đề nghị ${created.formLabel} cho ${created.nomineeName}.`, type: 'success', duration: 3000 });
        }}
      />
      <ConfirmSheet
        open={withdrawing !== null}
        title="Rút đề nghị khen thưởng?"
        message={withdrawing ? `Đề nghị ${withdrawing.formLabel} cho ${withdrawing.nomineeName} sẽ bị xóa khỏi đợt ${periodLabel(withdrawing.period)}, kèm danh mục hồ sơ đã đánh dấu; chỉ tiêu được trả lại.` : ''}
        confirmLabel="Rút đề nghị"
        danger
        busy={withdrawBusy}
        error={withdrawError}
        onConfirm={() => void confirmWithdraw()}
        onClose={() => {
          setWithdrawing(null);
          setWithdrawError(null);
        }}
      />
    </Page>
  );
}
