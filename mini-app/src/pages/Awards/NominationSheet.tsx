import { awardForms, type AwardForm, type NominationView, type QuotaUsage } from '@tds/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'zmp-ui';
import { BottomSheet } from '../../components/BottomSheet';
import { loadApprovedInitiatives, nominate } from '../../state/awards';
import { loadPeople, loadUnits } from '../../state/org';
import { copiesText, quotaText } from './award-text';
import { checkNomination, emptyNomination, nominationFailure, type NominationDraft, type NominationErrors, type NominationField } from './nomination-form';
import { InitiativePicker, NomineePicker } from './NomineeFields';

interface NominationSheetProps {
  open: boolean;
  period: string;
  quota: QuotaUsage | null;
  onClose: () => void;
  onCreated: (created: NominationView) => void;
}

const forms = Object.keys(awardForms) as AwardForm[];

/** "Đề nghị mới": form, nominee, achievement and the sáng kiến it rests on; the server's refusals under the fields. */
export function NominationSheet({ open, period, quota, onClose, onCreated }: NominationSheetProps) {
  const [draft, setDraft] = useState<NominationDraft>(emptyNomination);
  const [errors, setErrors] = useState<NominationErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!open) return;
    void loadPeople();
    void loadUnits();
    void loadApprovedInitiatives();
  }, [open]);

  // The button sits under a long form: bring the first problem into view.
  useEffect(() => {
    formRef.current?.querySelector('.field-error, .form-error')?.scrollIntoView({ block: 'center' });
  }, [errors, message]);

  const change = (next: NominationDraft, field: NominationField) => {
    setDraft(next);
    setErrors(({ [field]: _cleared, ...rest }) => rest);
    setMessage(null);
  };

  const close = () => {
    if (busy) return;
    setErrors({});
    setMessage(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkNomination(period, draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      setMessage(null);
      return;
    }
    setBusy(true);
    try {
      const created = await nominate(checked.body);
      setDraft(emptyNomination());
      setErrors({});
      setMessage(null);
      onCreated(created);
    } catch (error) {
      const failure = nominationFailure(error);
      setErrors(failure.errors);
      setMessage(failure.message);
    } finally {
      setBusy(false);
    }
  };

  const quotaRow = quota?.find((row) => row.form === draft.form);
  const withQuota = forms.filter((form) => quota?.some((row) => row.form === form && (row.individualMax !== null || row.collectiveMax !== null)));
  const others = forms.filter((form) => !withQuota.includes(form));

  return (
    <BottomSheet open={open} title="Đề nghị khen thưởng mới" onClose={close} testId="nomination-sheet">
      <form ref={formRef} className="award-form stack" noValidate onSubmit={(event) => void submit(event)} data-testid="nomination-form">
        <label className="field">
          <span className="field__label">Hình thức khen thưởng</span>
          <select
            className="text-input"
            value={draft.form}
            onChange={(event) => change({ ...draft, form: event.target.value as AwardForm | '' }, 'form')}
            aria-invalid={errors.form ? true : undefined}
            data-testid="nomination-input-form"
          >
            <option value="">— Chọn hình thức —</option>
            {withQuota.length > 0 && (
              <optgroup label="Có chỉ tiêu trong kế hoạch">
                {withQuota.map((form) => (
                  <option key={form} value={form}>
                    {awardForms[form].label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={withQuota.length > 0 ? 'Hình thức khác' : 'Các hình thức'}>
              {others.map((form) => (
                <option key={form} value={form}>
                  {awardForms[form].label}
                </option>
              ))}
            </optgroup>
          </select>
          {draft.form && (
            <span className="field__hint" data-testid="nomination-form-quota">
              {quotaRow ? `Chỉ tiêu đợt này: ${quotaText(quotaRow)}.` : 'Kế hoạch không giao chỉ tiêu cho hình thức này.'} Hồ sơ cần {copiesText(awardForms[draft.form].copies)}.
            </span>
          )}
          <FieldMessage field="form" errors={errors} />
        </label>
        <fieldset className="field">
          <legend className="field__label">Đối tượng</legend>
          <div className="award-form__types">
            {(['person', 'unit'] as const).map((type) => (
              <label key={type} className="choice">
                <input
                  type="radio"
                  name="nominee-type"
                  checked={draft.nomineeType === type}
                  onChange={() => change({ ...draft, nomineeType: type, nomineeId: '', submissionIds: [] }, 'nomineeType')}
                  data-testid={`nomination-type-${type}`}
                />
                {type === 'person' ? 'Cá nhân' : 'Tập thể'}
              </label>
            ))}
          </div>
        </fieldset>
        <NomineePicker draft={draft} invalid={Boolean(errors.nomineeId)} onChange={(nomineeId) => change({ ...draft, nomineeId, submissionIds: [] }, 'nomineeId')}>
          <FieldMessage field="nomineeId" errors={errors} />
        </NomineePicker>
        <label className="field">
          <span className="field__label">Tóm tắt thành tích</span>
          <textarea
            className="text-input text-area"
            rows={4}
            maxLength={2000}
            value={draft.achievement}
            placeholder="Ví dụ: Hoàn thành xuất sắc nhiệm vụ năm học; sáng kiến được Hội đồng công nhận; 100% học sinh lớp chủ nhiệm đọc thông viết thạo."
            onChange={(event) => change({ ...draft, achievement: event.target.value }, 'achievement')}
            aria-invalid={errors.achievement ? true : undefined}
            data-testid="nomination-input-achievement"
          />
          <span className="field__hint">{draft.achievement.trim().length}/2000 ký tự, ít nhất 10.</span>
          <FieldMessage field="achievement" errors={errors} />
        </label>
        <InitiativePicker draft={draft} onChange={(submissionIds) => change({ ...draft, submissionIds }, 'submissionIds')}>
          <FieldMessage field="submissionIds" errors={errors} />
        </InitiativePicker>
        {message && (
          <p className="form-error award-form__message" role="alert" data-testid="nomination-error">
            {message}
          </p>
        )}
        <div className="button-row button-row--end">
          <Button variant="tertiary" type="neutral" htmlType="button" onClick={close} disabled={busy} data-testid="nomination-cancel">
            Hủy
          </Button>
          <Button htmlType="submit" loading={busy} disabled={busy} data-testid="nomination-submit">
            Gửi đề nghị
          </Button>
        </div>
      </form>
    </BottomSheet>
  );
}

export function FieldMessage({ field, errors }: { field: NominationField; errors: NominationErrors }) {
  const text = errors[field];
  return text ? (
    <span className="field-error" role="alert" data-testid={`nomination-error-${field}`}>
      {text}
    </span>
  ) : null;
}
