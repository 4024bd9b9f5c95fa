import type { Session, SubmissionKind } from '@tds/shared';
import type { ZodError, ZodType } from 'zod';

/** Messages by field path, as the server sends them: `title`, `authors`, `authors.1.birthDate`, `form` for the whole. */
export type FieldErrors = Readonly<Record<string, string>>;

/** An uploaded file as a form keeps it: the id the server needs and what the screen shows. */
export interface AttachmentMeta {
  id: string;
  name: string;
  mime: string;
  bytes: number;
}

/** What a new form is prefilled from: the signed-in person and their unit. */
export interface Signer {
  person: Pick<Session['person'], 'fullName' | 'title'>;
  unit: Pick<Session['unit'], 'name'>;
}

/** What `useSubmissionForm` needs to know about one kind of form. */
export interface FormModel<F> {
  kind: SubmissionKind;
  /** Most files the form takes. */
  maxFiles: number;
  /** A new form, prefilled from the signed-in person. */
  blank(signer: Signer): F;
  /** Saved data (a draft's partial one included) back into the inputs. */
  fromData(data: Readonly<Record<string, unknown>>): F;
  /** The form as the server stores it in the draft and validates it on submit. */
  toData(form: F, files: readonly AttachmentMeta[]): Record<string, unknown>;
  /** The shared schema's verdict on `toData`, in Vietnamese; `{}` when it may be submitted. */
  validate(data: Record<string, unknown>): FieldErrors;
}

/** Draft key holding the files' names and types, so a restored draft can show them (the server drops it on submit). */
export const attachmentMetaKey = 'attachmentMeta';

/** The first message per path of a failed parse ("form" for the value as a whole). */
export function messagesByPath(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join('.') || 'form'] ??= issue.message;
  return errors;
}

/** The first message per path of parsing `data`; none when it is valid. */
export function schemaErrors(schema: ZodType, data: unknown): Record<string, string> {
  const parsed = schema.safeParse(data);
  return parsed.success ? {} : messagesByPath(parsed.error);
}

/** An empty date reads "Vui lòng nhập …" rather than "Ngày phải có dạng dd/mm/yyyy". */
export function askForEmptyDays(errors: Record<string, string>, data: Record<string, unknown>, paths: readonly string[], label = 'Vui lòng nhập ngày'): void {
  for (const path of paths) {
    if (errors[path] && valueAt(data, path) === '') errors[path] = label;
  }
}

function valueAt(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The errors without `path` and the paths it lies under (editing a share clears the total's error too). */
export function withoutError(errors: FieldErrors, path: string): FieldErrors {
  const parts = path.split('.');
  const cleared = new Set(parts.map((_, index) => parts.slice(0, index + 1).join('.')));
  cleared.add('form');
  if (!Object.keys(errors).some((key) => cleared.has(key))) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !cleared.has(key)));
}

/** The files saved with a draft or a submission, in the order of `attachmentIds`. */
export function savedFiles(data: Readonly<Record<string, unknown>>, known: readonly AttachmentMeta[]): AttachmentMeta[] {
  const ids = Array.isArray(data.attachmentIds) ? data.attachmentIds.filter((id): id is string => typeof id === 'string') : [];
  const stored = Array.isArray(data[attachmentMetaKey]) ? (data[attachmentMetaKey] as unknown[]) : [];
  return ids.map((id) => {
    const meta = known.find((file) => file.id === id) ?? stored.find((file): file is AttachmentMeta => isMeta(file) && file.id === id);
    return meta ? { id, name: meta.name, mime: meta.mime, bytes: meta.bytes } : { id, name: 'Tệp đính kèm', mime: '', bytes: 0 };
  });
}

function isMeta(value: unknown): value is AttachmentMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Record<string, unknown>;
  return typeof meta.id === 'string' && typeof meta.name === 'string' && typeof meta.mime === 'string' && typeof meta.bytes === 'number';
}

/** Text from saved data; anything else as empty text. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value).replace('.', ',') : '');

/**
 * A number typed the Vietnamese way ("33,5"), or the text itself when it is not one, so the draft
 * keeps it and the schema says "phải là số"; `undefined` when empty.
 */
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return /^\d+([.,]\d+)?$/.test(trimmed) && Number.isFinite(value) ? value : trimmed;
}
