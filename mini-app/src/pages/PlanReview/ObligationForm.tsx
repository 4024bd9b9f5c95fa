import { obligationKinds, roleLabels, roles, type Role } from '@tds/shared';
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from 'zmp-ui';
import { kindLabels, recurrenceLabels } from '../../lib/due';
import type { DraftField, FieldErrors, ObligationDraft } from './obligation-form';
import { FormAlert } from '../../components/FormAlert';

interface ObligationFormProps {
  draft: ObligationDraft;
  errors: FieldErrors;
  busy: boolean;
  onChange: (next: ObligationDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The fields of an obligation, each with its Vietnamese error underneath. */
export function ObligationForm({ draft, errors, busy, onChange, onSubmit, onCancel }: ObligationFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  // The save button sits at the bottom of a long sheet: bring the first error into view.
  useEffect(() => {
    formRef.current?.querySelector('.field-error, .form-error')?.scrollIntoView({ block: 'center' });
  }, [errors]);
  const set = <K extends keyof ObligationDraft>(key: K, value: ObligationDraft[K]) => onChange({ ...draft, [key]: value });
  const toggleRole = (role: Role) =>
    set('audienceRoles', draft.audienceRoles.includes(role) ? draft.audienceRoles.filter((held) => held !== role) : [...draft.audienceRoles, role]);
  // Four narrow boxes in a row: their errors go under the row, full width.
  const numberInput = (field: 'day' | 'month' | 'quarter' | 'year', label: string, placeholder: string) => (
    <Field label={label} field={field} errors={{}}>
      <input
        className="text-input"
        inputMode="numeric"
        value={draft[field]}
        placeholder={placeholder}
        onChange={(event) => set(field, event.target.value)}
        aria-invalid={errors[field] ? true : undefined}
        data-testid={`obligation-input-${field}`}
      />
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="obligation-form stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      data-testid="obligation-form"
    >
      <Field label="Việc cần làm" field="what" errors={errors}>
        <textarea
          className="text-input text-area"
          rows={3}
          value={draft.what}
          onChange={(event) => set('what', event.target.value)}
          aria-invalid={errors.what ? true : undefined}
          data-testid="obligation-input-what"
        />
      </Field>
      <div className="form-grid form-grid--2">
        <Field label="Loại" field="kind" errors={errors}>
          <select className="text-input" value={draft.kind} onChange={(event) => set('kind', event.target.value as ObligationDraft['kind'])} data-testid="obligation-input-kind">
            {obligationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Lặp lại" field="recurrence" errors={errors}>
          <select
            className="text-input"
            value={draft.recurrence}
            onChange={(event) => set('recurrence', event.target.value as ObligationDraft['recurrence'])}
            data-testid="obligation-input-recurrence"
          >
            {(['once', 'yearly', 'monthly'] as const).map((recurrence) => (
              <option key={recurrence} value={recurrence}>
                {recurrenceLabels[recurrence]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-grid form-grid--4">
        {numberInput('day', 'Ngày', '30')}
        {numberInput('month', 'Tháng', '5')}
        {numberInput('quarter', 'Quý', '')}
        {numberInput('year', 'Năm', draft.recurrence === 'once' ? '2026' : '')}
      </div>
      {(['day', 'month', 'quarter', 'year'] as const).map((field) => (
        <FieldError key={field} field={field} errors={errors} />
      ))}
      {draft.recurrence !== 'once' && (
        <Field label="Áp dụng trong các năm (để trống nếu không giới hạn)" field="activeYears" errors={errors}>
          <span className="year-range">
            <input className="text-input" inputMode="numeric" placeholder="2025" value={draft.fromYear} onChange={(event) => set('fromYear', event.target.value)} aria-label="Từ năm" data-testid="obligation-input-from-year" />
            <span aria-hidden="true">–</span>
            <input className="text-input" inputMode="numeric" placeholder="2030" value={draft.toYear} onChange={(event) => set('toYear', event.target.value)} aria-label="Đến năm" data-testid="obligation-input-to-year" />
          </span>
        </Field>
      )}
      <Field label="Gửi đến" field="recipient" errors={errors}>
        <input className="text-input" value={draft.recipient} placeholder="Ví dụ: UBND xã (qua Phòng Văn hoá - Xã hội)" onChange={(event) => set('recipient', event.target.value)} data-testid="obligation-input-recipient" />
      </Field>
      <Field label="Đơn vị thực hiện" field="sender" errors={errors}>
        <input className="text-input" value={draft.sender} placeholder="Ví dụ: Các cơ sở giáo dục" onChange={(event) => set('sender', event.target.value)} data-testid="obligation-input-sender" />
      </Field>
      <fieldset className="field role-choices">
        <legend className="field__label">Vai trò phải thực hiện</legend>
        {roles.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" checked={draft.audienceRoles.includes(role)} onChange={() => toggleRole(role)} data-testid={`obligation-role-${role}`} />
            {roleLabels[role]}
          </label>
        ))}
        <FieldError field="audienceRoles" errors={errors} />
      </fieldset>
      <FormAlert message={errors.form} testId="obligation-form-error" />
      <div className="button-row button-row--end">
        <Button variant="tertiary" type="neutral" onClick={onCancel} disabled={busy} data-testid="obligation-cancel">
          Hủy
        </Button>
        <Button htmlType="submit" loading={busy} disabled={busy} data-testid="obligation-save">
          Lưu
        </Button>
      </div>
    </form>
  );
}

function Field({ label, field, errors, children }: { label: string; field: DraftField; errors: FieldErrors; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {children}
      <FieldError field={field} errors={errors} />
    </label>
  );
}

function FieldError({ field, errors }: { field: DraftField; errors: FieldErrors }) {
  const message = errors[field];
  return message ? (
    <span className="field-error" role="alert" data-testid={`obligation-error-${field}`}>
      {message}
    </span>
  ) : null;
}
