import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { NudgeLadder, StoredObligation } from '@tds/shared';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, Page, useParams, useSnackbar } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { getLadder, saveReminderPolicy } from '../../api/reminders';
import { AppHeader } from '../../components/AppHeader';
import { ladderSourceLabels } from '../../components/plans/ladder-labels';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { FieldError } from '../../components/submissions/FormField';
import { withoutError, type FieldErrors } from '../../components/submissions/form-model';
import { describeDueRule } from '../../lib/due';
import { maskTimeInput } from '../../lib/time-input';
import { loadPlan, usePlanDetail } from '../../state/plans';
import { readerPath } from '../Plans/plan-links';
import { ImportanceToggle } from './ImportanceToggle';
import { checkLadder, draftOf, MAX_STEPS, newStep, placeErrors, type LadderDraft, type StepDraft } from './ladder-form';
import { StepFields } from './StepFields';
import { FormAlert } from '../../components/FormAlert';

/** `plans/:planId/obligations/:obligationId/reminders`: the officer's view of one deadline's reminders. */
export default function NudgeLadderPage() {
  const params = useParams();
  const planId = params.planId ?? '';
  const obligationId = params.obligationId ?? '';
  const plan = usePlanDetail(planId);
  const [ladder, setLadder] = useState<NudgeLadder | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = useCallback(() => {
    setLoadError(null);
    getLadder(obligationId).then(setLadder, (failure: unknown) => setLoadError(errorMessage(failure)));
  }, [obligationId]);
  useEffect(() => {
    void loadPlan(planId);
    load();
  }, [planId, load]);
  const obligation = plan.data?.obligations.find((candidate) => candidate.id === obligationId);

  return (
    <Page className="app-page ladder-page">
      <AppHeader title="Nhắc việc cho hạn này" backTo={readerPath(planId, { obligation: obligationId })} />
      {ladder ? (
        <LadderEditor key={`${ladder.source}:${ladder.sendAt}:${ladder.steps.length}`} ladder={ladder} obligation={obligation} onChanged={setLadder} />
      ) : loadError ? (
        <ErrorView title="Không mở được cài đặt nhắc việc" message={loadError} onRetry={load} testId="ladder-error" />
      ) : (
        <LoadingView />
      )}
    </Page>
  );
}

interface LadderEditorProps {
  ladder: NudgeLadder;
  obligation: StoredObligation | undefined;
  onChanged: (ladder: NudgeLadder) => void;
}

/**
 * The ladder as a form: change, add or remove steps and the send time, saved as this deadline's own
 * setting; errors from the shared schema and the server under each field.
 */
function LadderEditor({ ladder, obligation, onChanged }: LadderEditorProps) {
  const { openSnackbar } = useSnackbar();
  const [draft, setDraft] = useState<LadderDraft>(() => draftOf(ladder));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const change = (next: Partial<LadderDraft>, path: string) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors((current) => withoutError(withoutError(current, path), 'form'));
  };
  const setStep = (index: number, step: StepDraft, path: string) => change({ steps: draft.steps.map((held, at) => (at === index ? step : held)) }, path);
  // Removing shifts the steps below: their messages would sit under the wrong step, so they go.
  const removeStep = (index: number) => {
    setDraft((current) => ({ ...current, steps: current.steps.filter((_, at) => at !== index) }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('steps'))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkLadder(ladder.obligationId, draft);
    if ('errors' in checked) {
      setErrors({ ...checked.errors, form: 'Vui lòng sửa các mục được đánh dấu.' });
      return;
    }
    setBusy(true);
    try {
      await saveReminderPolicy(checked.body);
      setErrors({});
      openSnackbar({ text: 'Đã lưu các bậc nhắc cho hạn này', type: 'success', duration: 3000 });
      onChanged(await getLadder(ladder.obligationId));
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      setErrors(Object.keys(fields).length > 0 ? { ...placeErrors(fields, draft), form: 'Vui lòng sửa các mục được đánh dấu.' } : { form: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="card" data-testid="ladder-obligation">
        {obligation && (
          <>
            <h2 className="section-title">{obligation.what}</h2>
            <p className="muted">Hạn: {describeDueRule(obligation)}</p>
          </>
        )}
        <ImportanceToggle obligationId={ladder.obligationId} important={ladder.important} onChanged={onChanged} />
      </section>
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate data-testid="ladder-form">
        <h2 className="section-title">Các bậc nhắc</h2>
        <p className="muted" data-testid="ladder-source">
          Đang dùng {ladderSourceLabels[ladder.source]}.{ladder.source !== 'obligation' && ' Lưu ở đây sẽ thành cài đặt riêng cho hạn này.'} Chỉ nhắc vào ngày làm việc (riêng ngày đến hạn nhắc cả ngày nghỉ).
        </p>
        <label className="field">
          <span className="field__label">Giờ gửi (giờ Việt Nam)</span>
          <input
            className="text-input"
            inputMode="numeric"
            placeholder="HH:mm"
            maxLength={5}
            value={draft.sendAt}
            onChange={(event) => change({ sendAt: maskTimeInput(draft.sendAt, event.target.value) }, 'sendAt')}
            aria-invalid={errors.sendAt ? true : undefined}
            data-testid="ladder-send-at"
          />
          <FieldError path="sendAt" errors={errors} />
        </label>
        <ol className="ladder-steps">
          {draft.steps.map((step, index) => (
            <StepFields key={index} index={index} step={step} errors={errors} onChange={(next, path) => setStep(index, next, path)} onRemove={() => removeStep(index)} />
          ))}
        </ol>
        <FieldError path="steps" errors={errors} />
        <Button variant="secondary" size="medium" disabled={draft.steps.length >= MAX_STEPS} onClick={() => change({ steps: [...draft.steps, newStep(draft.steps)] }, 'steps')} data-testid="ladder-add">
          {draft.steps.length >= MAX_STEPS ? `Tối đa ${MAX_STEPS} bậc nhắc` : 'Thêm bậc nhắc'}
        </Button>
        <FormAlert message={errors.form} testId="ladder-form-error" />
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy} data-testid="ladder-save">
          Lưu các bậc nhắc
        </Button>
      </form>
    </>
  );
}
