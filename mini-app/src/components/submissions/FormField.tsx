import type { ReactNode } from 'react';
import { maskDayInput } from '../../lib/day-input';
import type { FieldErrors } from './form-model';

/** The message for `path`, under its field; `field-error-<path>` for tests. */
export function FieldError({ path, errors }: { path: string; errors: FieldErrors }) {
  const message = errors[path];
  return message ? (
    <span className="field-error" role="alert" data-testid={`field-error-${path}`}>
      {message}
    </span>
  ) : null;
}

interface FieldProps {
  label: string;
  path: string;
  errors: FieldErrors;
  hint?: string;
  optional?: boolean;
  children: ReactNode;
}

/** A labelled input with its hint and its Vietnamese error underneath. */
export function Field({ label, path, errors, hint, optional, children }: FieldProps) {
  return (
    <label className="field">
      <span className="field__label">
        {label}
        {optional && <span className="field__optional"> (không bắt buộc)</span>}
      </span>
      {children}
      {hint && <span className="field__hint">{hint}</span>}
      <FieldError path={path} errors={errors} />
    </label>
  );
}

interface TextFieldProps {
  label: string;
  /** The data path its errors come under (`authors.0.fullName`). */
  path: string;
  errors: FieldErrors;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  /** Rows of a multi-line box; a one-line input when absent. */
  rows?: number;
  placeholder?: string;
  hint?: string;
  optional?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url';
  maxLength?: number;
}

export function TextField({ label, path, errors, value, onChange, testId, rows, placeholder, hint, optional, inputMode, maxLength }: TextFieldProps) {
  const invalid = errors[path] ? true : undefined;
  return (
    <Field label={label} path={path} errors={errors} hint={hint} optional={optional}>
      {rows ? (
        <textarea
          className="text-input text-area"
          rows={rows}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          data-testid={testId}
        />
      ) : (
        <input
          className="text-input"
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** A date typed "dd/mm/yyyy", the slashes added while typing digits. */
export function DayField(props: Omit<TextFieldProps, 'rows' | 'inputMode' | 'placeholder' | 'maxLength'>) {
  return <TextField {...props} placeholder="dd/mm/yyyy" inputMode="numeric" maxLength={10} onChange={(next) => props.onChange(maskDayInput(props.value, next))} />;
}
