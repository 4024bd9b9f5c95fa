import '../../components/forms.css';
import '../../components/plans/plans.css';
import type { NudgeLadder, StoredObligation } from '@tds/shared';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, Page, useParams, useSnackbar } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { clearReminderPolicy, getLadder, saveReminderPolicy } from '../../api/reminders';
import { AppHeader } from '../../components/AppHeader';
import { ladderSourceLabels } from '../../components/plans/ladder-labels';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { FieldError } from '../../components/submissions/FormField';
import { withoutError, type FieldErrors } from '../../components/submissions/form-model';
import { describeDueRule } from '../../lib/due';
import { loadPlan, usePlanDetail } from '../../state/plans';
import { readerPath } from '../Plans/plan-links';
import { ImportanceToggle } from './ImportanceToggle';
import { ReminderAckSection } from './ReminderAckSection';
import { checkLadder, draftOf, MAX_STEPS, newStep, placeErrors, type LadderDraft, type LadderScope, type StepDraft } from './ladder-form';
import { StepFields } from './StepFields';
import { FormAlert } from '../../components/FormAlert';
import { TimeInput } from '../../components/MaskedInputs';

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
        <LadderEditor key={`${ladder.source}:${ladder.sendAt}:${ladder.steps.length}`} planId={planId} ladder={ladder} obligation={obligation} onChanged={setLadder} />
      ) : loadError ? (
        <ErrorView title="Không mở được cài đặt nhắc việc" message={loadError} onRetry={load} testId="ladder-error" />
      ) : (
        <LoadingView />
      )}
    </Page>
  );
}

interface LadderEditorProps {
  planId: string;
  ladder: NudgeLadder;
  obligation: StoredObligation | undefined;
  onChanged: (ladder: NudgeLadder) => void;
}

const savedTexts: Record<LadderScope['scopeType'], string> = {
  obligation: 'Đã lưu các bậc nhắc cho hạn này',
  plan: 'Đã lưu các bậc nhắc cho mọi hạn của kế hoạch',
};

/**
 * The ladder as a form: change, add or remove steps and the send time, saved as this deadline's own
 * setting or as its plan's (every deadline of the plan without a setting of its own); errors from
 * the shared schema and the server under each field. A deadline's own setting can be dropped to
 * follow the plan's, the unit's or the default again.
 */
function LadderEditor({ planId, ladder, obligation, onChanged }: LadderEditorProps) {
  const { openSnackbar } = useSnackbar();
  const [draft, setDraft] = useState<LadderDraft>(() => draftOf(ladder));
  const [scopeType, setScopeType] = useState<LadderScope['scopeType']>(ladder.source === 'plan' ? 'plan' : 'obligation');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const ownSetting = ladder.source === 'obligation';

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

  const dropOwn = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await clearReminderPolicy('obligation', ladder.obligationId);
      setErrors({});
      const next = await getLadder(ladder.obligationId);
      openSnackbar({ text: `Hạn này dùng lại ${ladderSourceLabels[next.source]}`, type: 'success', duration: 3000 });
      onChanged(next);
    } catch (failure) {
      setErrors({ form: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkLadder({ scopeType, scopeId: scopeType === 'plan' ? planId : ladder.obligationId }, draft);
    if ('errors' in checked) {
      setErrors({ ...checked.errors, form: 'Vui lòng sửa các mục được đánh dấu.' });
      return;
    }
    setBusy(true);
    try {
      await saveReminderPolicy(checked.body);
      // Saved for the plan from a deadline with its own setting: this deadline follows the plan from now on.
      if (scopeType === 'plan' && ownSetting) await clearReminderPolicy('obligation', ladder.obligationId);
      setErrors({});
      openSnackbar({ text: savedTexts[scopeType], type: 'success', duration: 3000 });
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
      <ReminderAckSection key={String(ladder.important)} obligationId={ladder.obligationId} />
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate data-testid="ladder-form">
        <h2 className="section-title">Các bậc nhắc</h2>
        <p className="muted" data-testid="ladder-source">
          Đang dùng {ladderSourceLabels[ladder.source]}. Chỉ nhắc vào ngày làm việc (riêng ngày đến hạn nhắc cả ngày nghỉ).
        </p>
        <fieldset className="field ladder-scope">
          <legend className="field__label">Lưu cho</legend>
          <label className="check">
            <input type="radio" name="ladder-scope" checked={scopeType === 'obligation'} onChange={() => setScopeType('obligation')} data-testid="ladder-scope-obligation" />
            Riêng hạn này
          </label>
          <label className="check">
            <input type="radio" name="ladder-scope" checked={scopeType === 'plan'} onChange={() => setScopeType('plan')} data-testid="ladder-scope-plan" />
            Mọi hạn của kế hoạch{ladder.otherOwnSettings > 0 && ` (trừ ${ladder.otherOwnSettings} hạn có cài đặt riêng)`}
          </label>
        </fieldset>
        <label className="field">
          <span className="field__label">Giờ gửi (giờ Việt Nam)</span>
          <TimeInput value={draft.sendAt} onChange={(sendAt) => change({ sendAt }, 'sendAt')} invalid={Boolean(errors.sendAt)} testId="ladder-send-at" />
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
        {ownSetting && (
          <Button variant="tertiary" fullWidth disabled={busy} onClick={() => void dropOwn()} data-testid="ladder-drop-own">
            Bỏ cài đặt riêng, dùng cài đặt chung
          </Button>
        )}
      </form>
    </>
  );
}
