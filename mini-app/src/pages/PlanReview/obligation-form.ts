import { ObligationInput, roles, type ObligationKind, type Recurrence, type Role, type StoredObligation } from '@tds/shared';

/** The edit form's values as typed: numbers stay text until they are checked. */
export interface ObligationDraft {
  what: string;
  kind: ObligationKind;
  recurrence: Recurrence;
  day: string;
  month: string;
  quarter: string;
  year: string;
  fromYear: string;
  toYear: string;
  recipient: string;
  sender: string;
  audienceRoles: Role[];
}

export type DraftField = 'what' | 'kind' | 'recurrence' | 'day' | 'month' | 'quarter' | 'year' | 'activeYears' | 'recipient' | 'sender' | 'audienceRoles';
export type FieldErrors = Partial<Record<DraftField | 'form', string>>;

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftOf(obligation: StoredObligation | null, defaultAudience: readonly Role[]): ObligationDraft {
  return {
    what: obligation?.what ?? '',
    kind: obligation?.kind ?? 'report',
    recurrence: obligation?.recurrence ?? 'once',
    day: text(obligation?.day),
    month: text(obligation?.month),
    quarter: text(obligation?.quarter),
    year: text(obligation?.year),
    fromYear: text(obligation?.activeYears?.from),
    toYear: text(obligation?.activeYears?.to),
    recipient: obligation?.recipient ?? '',
    sender: obligation?.sender ?? '',
    audienceRoles: obligation ? [...obligation.audienceRoles] : [...defaultAudience],
  };
}

const numberMessages: Record<'day' | 'month' | 'quarter' | 'year', string> = {
  day: 'Ngày phải là số',
  month: 'Tháng phải là số',
  quarter: 'Quý phải là số từ 1 đến 4',
  year: 'Năm phải là số, ví dụ 2026',
};

/**
 * The draft as an `ObligationInput`, checked with the same shared schema (and messages) as the
 * server; otherwise the message for each field.
 */
export function parseDraft(draft: ObligationDraft): { input: ObligationInput; errors: null } | { input: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (field: 'day' | 'month' | 'quarter' | 'year', value: string): number | null => {
    const trimmed = value.trim();
    if (!trimmed) return null;
    if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
    errors[field] = numberMessages[field];
    return null;
  };
  const candidate = {
    what: draft.what,
    kind: draft.kind,
    recurrence: draft.recurrence,
    day: number('day', draft.day),
    month: number('month', draft.month),
    quarter: number('quarter', draft.quarter),
    year: number('year', draft.year),
    recipient: draft.recipient.trim() || null,
    sender: draft.sender.trim() || null,
    audienceRoles: roles.filter((role) => draft.audienceRoles.includes(role)),
    activeYears: activeYears(draft, errors),
  };
  const parsed = ObligationInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(String(issue.path[0] ?? ''));
      errors[field] ??= vietnamese(issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { input: null, errors };
  return { input: parsed.data, errors: null };
}

function activeYears(draft: ObligationDraft, errors: FieldErrors): { from: number; to: number } | null {
  if (draft.recurrence === 'once') return null;
  const from = draft.fromYear.trim();
  const to = draft.toYear.trim();
  if (!from && !to) return null;
  if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) {
    errors.activeYears = 'Nhập cả năm bắt đầu và năm kết thúc (4 chữ số), hoặc để trống cả hai';
    return null;
  }
  if (Number(from) > Number(to)) {
    errors.activeYears = 'Năm bắt đầu phải trước hoặc bằng năm kết thúc';
    return null;
  }
  return { from: Number(from), to: Number(to) };
}

const fields: readonly DraftField[] = ['what', 'kind', 'recurrence', 'day', 'month', 'quarter', 'year', 'activeYears', 'recipient', 'sender', 'audienceRoles'];

function fieldOf(key: string): DraftField | 'form' {
  return fields.find((field) => field === key) ?? 'form';
}

/** zod's own messages are English; every message a person can hit here is Vietnamese. */
function vietnamese(message: string): string {
  return /[À-ỹ]/.test(message) ? message : 'Giá trị không hợp lệ';
}

/** The server's `fields` ("activeYears.from": "…") under the form's fields. */
export function serverFieldErrors(serverFields: Readonly<Record<string, string>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(serverFields)) {
    const field = fieldOf(path.split('.')[0] ?? '');
    errors[field] ??= message;
  }
  return errors;
}
