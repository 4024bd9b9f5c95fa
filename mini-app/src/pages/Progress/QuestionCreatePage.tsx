import '../../components/forms.css';
import '../../components/progress/progress.css';
import { answerTypeLabels, answerTypes, roleLabels } from '@tds/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Page, useLocation, useNavigate, useSnackbar } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { createQuestion } from '../../api/progress';
import { AppHeader } from '../../components/AppHeader';
import { FieldError } from '../../components/submissions/FormField';
import { withoutError, type FieldErrors } from '../../components/submissions/form-model';
import { unitOptions } from '../../lib/unit-tree';
import { loadUnits, useUnits } from '../../state/org';
import { putUnitQuestion } from '../../state/progress';
import { useSession } from '../../state/session';
import { unitQuestionsPath } from './progress-links';
import { askableRoles, blankQuestion, checkQuestion, MAX_CHOICES, MAX_QUESTION_CHARS, type QuestionDraft, type ScheduleKind } from './question-form';
import { ScheduleFields } from './ScheduleFields';
import { FormAlert } from '../../components/FormAlert';

const scheduleKinds: Record<ScheduleKind, string> = { once: 'Một lần', weekly: 'Hằng tuần', monthly: 'Hằng tháng' };

/** "Tạo câu hỏi": what to ask, how to answer, whom, when; errors from the shared schema and the server under each field. */
export default function QuestionCreatePage() {
  const navigate = useNavigate();
  const location = useLocation();
  const { openSnackbar } = useSnackbar();
  const session = useSession();
  const me = session.status === 'signedIn' ? session.session : null;
  const [draft, setDraft] = useState<QuestionDraft>(() => blankQuestion(me?.unit.id ?? ''));
  const unitList = useUnits();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    void loadUnits();
  }, []);
  // A tổ trưởng asks only their own tổ (the server allows no other).
  const units = unitList.data && me?.person.role === 'group_leader' ? unitList.data.filter((unit) => unit.id === me.unit.id) : unitList.data;

  // The button sits at the bottom of a long form: bring the first error into view.
  useEffect(() => {
    formRef.current?.querySelector('.field-error, .form-error')?.scrollIntoView({ block: 'center' });
  }, [errors]);

  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K], path: string = key) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, path));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkQuestion(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const question = await createQuestion(checked.body);
      putUnitQuestion(question);
      openSnackbar({ text: 'Đã tạo câu hỏi. Bot sẽ hỏi qua Zalo theo lịch đã chọn.', type: 'success', duration: 3000 });
      if (location.key !== 'default') navigate(-1);
      else navigate(unitQuestionsPath, { replace: true, direction: 'backward' });
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      setErrors(Object.keys(fields).length > 0 ? { ...fields, form: 'Vui lòng sửa các mục được đánh dấu.' } : { form: errorMessage(failure) });
      setBusy(false);
    }
  };

  const roleChoices = me ? askableRoles(me.person.role) : [];
  const options = units ? unitOptions(units) : [];

  return (
    <Page className="app-page question-create-page">
      <AppHeader title="Tạo câu hỏi tiến độ" backTo={unitQuestionsPath} />
      <form ref={formRef} className="card stack" onSubmit={(event) => void submit(event)} noValidate data-testid="question-form">
        <label className="field">
          <span className="field__label">Câu hỏi</span>
          <textarea
            className="text-input text-area"
            rows={3}
            maxLength={MAX_QUESTION_CHARS}
            value={draft.text}
            placeholder="Ví dụ: Thầy cô đã nộp hồ sơ thi đua chưa?"
            onChange={(event) => set('text', event.target.value)}
            aria-invalid={errors.text ? true : undefined}
            data-testid="question-text"
          />
          <span className="field__hint">
            {draft.text.trim().length}/{MAX_QUESTION_CHARS} ký tự
          </span>
          <FieldError path="text" errors={errors} />
        </label>

        <fieldset className="field">
          <legend className="field__label">Cách trả lời</legend>
          <div className="segmented segmented--2" role="radiogroup">
            {answerTypes.map((type) => (
              <button key={type} type="button" role="radio" aria-checked={draft.answerType === type} className="segmented__option" onClick={() => set('answerType', type, 'choices')} data-testid={`question-type-${type}`}>
                {answerTypeLabels[type]}
              </button>
            ))}
          </div>
          <FieldError path="answerType" errors={errors} />
        </fieldset>

        {draft.answerType === 'choice' && (
          <fieldset className="field" data-testid="question-choices">
            <legend className="field__label">Các lựa chọn (người trả lời nhắn số thứ tự)</legend>
            {draft.choices.map((choice, index) => (
              <div key={index} className="choice-row">
                <span className="choice-row__number" aria-hidden="true">
                  {index + 1}.
                </span>
                <input
                  className="text-input"
                  value={choice}
                  maxLength={100}
                  aria-label={`Lựa chọn ${index + 1}`}
                  aria-invalid={errors[`choices.${index}`] ? true : undefined}
                  onChange={(event) => set('choices', draft.choices.map((old, at) => (at === index ? event.target.value : old)), `choices.${index}`)}
                  data-testid={`question-choice-${index + 1}`}
                />
                {draft.choices.length > 2 && (
                  <button type="button" className="text-button text-button--danger" onClick={() => set('choices', draft.choices.filter((_, at) => at !== index), 'choices')} data-testid={`question-choice-remove-${index + 1}`}>
                    Xóa
                  </button>
                )}
                <FieldError path={`choices.${index}`} errors={errors} />
              </div>
            ))}
            {draft.choices.length < MAX_CHOICES && (
              <button type="button" className="text-button choice-add" onClick={() => set('choices', [...draft.choices, ''], 'choices')} data-testid="question-choice-add">
                + Thêm lựa chọn
              </button>
            )}
            <FieldError path="choices" errors={errors} />
          </fieldset>
        )}

        <label className="field">
          <span className="field__label">Đơn vị được hỏi</span>
          <select className="text-input" value={draft.unitId} onChange={(event) => set('unitId', event.target.value)} aria-invalid={errors.unitId ? true : undefined} data-testid="question-unit">
            {!units && <option value={draft.unitId}>{me?.unit.name ?? 'Đang tải…'}</option>}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <span className="field__hint">Hỏi những người của đơn vị này và các đơn vị trực thuộc.</span>
          {unitList.error && !units && (
            <span className="field-error" role="alert">
              {unitList.error}
            </span>
          )}
          <FieldError path="unitId" errors={errors} />
        </label>

        <fieldset className="field check-grid">
          <legend className="field__label">Vai trò được hỏi</legend>
          {roleChoices.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={draft.audienceRoles.includes(role)}
                onChange={() => set('audienceRoles', draft.audienceRoles.includes(role) ? draft.audienceRoles.filter((held) => held !== role) : [...draft.audienceRoles, role])}
                data-testid={`question-role-${role}`}
              />
              {roleLabels[role]}
            </label>
          ))}
          <FieldError path="audienceRoles" errors={errors} />
        </fieldset>

        <fieldset className="field">
          <legend className="field__label">Lịch hỏi (giờ Việt Nam)</legend>
          <div className="segmented segmented--3" role="radiogroup">
            {(Object.keys(scheduleKinds) as ScheduleKind[]).map((kind) => (
              <button key={kind} type="button" role="radio" aria-checked={draft.scheduleKind === kind} className="segmented__option" onClick={() => set('scheduleKind', kind, 'schedule')} data-testid={`question-schedule-${kind}`}>
                {scheduleKinds[kind]}
              </button>
            ))}
          </div>
          <ScheduleFields draft={draft} errors={errors} onChange={set} />
        </fieldset>

        <label className="field">
          <span className="field__label">Thời hạn trả lời (ngày)</span>
          <input
            className="text-input open-days"
            inputMode="numeric"
            value={draft.openDays}
            onChange={(event) => set('openDays', event.target.value)}
            aria-invalid={errors.openDays ? true : undefined}
            data-testid="question-open-days"
          />
          <span className="field__hint">Sau mỗi lần hỏi, nhận trả lời trong bấy nhiêu ngày (1–30).</span>
          <FieldError path="openDays" errors={errors} />
        </label>

        <FormAlert message={errors.form} testId="question-form-error" />
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy} data-testid="question-submit">
          Tạo câu hỏi
        </Button>
      </form>
    </Page>
  );
}
