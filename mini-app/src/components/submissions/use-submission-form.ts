import type { SubmissionView } from '@tds/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { getSubmission, listSubmissions, openDraft, submitDraft } from '../../api/submissions';
import { newUuid } from '../../lib/uuid';
import { putSubmission, readDraftRef, writeDraftRef } from '../../state/submissions';
import { useSession } from '../../state/session';
import { savedFiles, withoutError, type FieldErrors, type FormModel } from './form-model';
import { useDraft, type Draft } from './use-draft';
import { useUploads, type Uploads } from './use-uploads';

export type FormPhase =
  | { status: 'opening' }
  | { status: 'ready' }
  /** The submission is no longer editable (submitted, approved…): the screen links to it instead. */
  | { status: 'locked'; view: SubmissionView }
  | { status: 'error'; message: string };

export interface SubmissionForm<F> {
  phase: FormPhase;
  form: F | null;
  /** The server's submission behind the form (its status, the reviewer's comment). */
  view: SubmissionView | null;
  errors: FieldErrors;
  uploads: Uploads;
  draft: Draft;
  submitting: boolean;
  /** Sets the form after an edit of `path`, whose error (and the errors it lies under) goes away. */
  change(next: F, path: string): void;
  /** Removes the message of `path` (a file chosen for `attachmentIds`). */
  clearError(path: string): void;
  /** Checks, saves and submits; resolves with the submitted view, or null (errors are on screen). */
  submit(): Promise<SubmissionView | null>;
  /** Opens (again) the form's draft: after a failure, or for the next record once one is submitted. */
  reopen(): void;
}

const editable = (view: SubmissionView) => view.status === 'draft' || view.status === 'returned';

/**
 * A submission form bound to its server draft: opens or finds the draft, autosaves it, uploads its
 * files, checks it with the shared schema, and submits it once however often the button is tapped.
 * `editId` edits that submission (a returned one, a draft from the list); otherwise the form
 * continues this phone's draft of the kind, else a draft left on another device, else a new one.
 */
export function useSubmissionForm<F>(model: FormModel<F>, editId: string | null): SubmissionForm<F> {
  const session = useSession();
  // Read through a ref: a refreshed session must not reopen the form mid-edit.
  const sessionRef = useRef(session.status === 'signedIn' ? session.session : null);
  sessionRef.current = session.status === 'signedIn' ? session.session : null;
  const [phase, setPhase] = useState<FormPhase>({ status: 'opening' });
  const [form, setForm] = useState<F | null>(null);
  const [view, setView] = useState<SubmissionView | null>(null);
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [scrollRequest, setScrollRequest] = useState(0);
  const uploads = useUploads(model.maxFiles);
  const { reset } = uploads;
  const submittingRef = useRef(false);
  /** One key per submit attempt, kept when the answer never came so the retry is deduplicated. */
  const attemptKey = useRef<string | null>(null);

  const load = useCallback(
    (next: SubmissionView, fresh = false) => {
      const known = next.attachments.map(({ id, name, mime, bytes }) => ({ id, name, mime, bytes }));
      const files = savedFiles(next.data, known);
      const signedIn = sessionRef.current;
      const values = fresh && signedIn ? model.blank(signedIn) : model.fromData(next.data);
      reset(files);
      setForm(values);
      setView(next);
      setErrorsState({});
      draftRef.current.start(next, model.toData(values, files));
      setPhase(editable(next) ? { status: 'ready' } : { status: 'locked', view: next });
    },
    [model, reset],
  );
  const draft = useDraft(load);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const personId = session.status === 'signedIn' ? session.session.person.id : '';
  const open = useCallback(async () => {
    setPhase({ status: 'opening' });
    try {
      if (editId) return load(await getSubmission(editId));
      const ref = await readDraftRef(personId, model.kind);
      if (ref?.submissionId && !ref.clientKey) {
        const adopted = await getSubmission(ref.submissionId).catch(() => null);
        if (adopted && adopted.kind === model.kind && editable(adopted)) return load(adopted);
      }
      if (ref?.clientKey) {
        const found = await openDraft(model.kind, ref.clientKey);
        if (editable(found)) {
          await writeDraftRef(personId, model.kind, { clientKey: ref.clientKey, submissionId: found.id });
          return load(found, Object.keys(found.data).length === 0);
        }
      }
      // Nothing on this phone: continue a draft left on another device, if any.
      const [latest] = await listSubmissions({ scope: 'mine', status: 'draft', kind: model.kind });
      if (latest) {
        await writeDraftRef(personId, model.kind, { submissionId: latest.id });
        const adopted = await getSubmission(latest.id);
        return load(adopted, Object.keys(adopted.data).length === 0);
      }
      // The key is kept before the request: a retry after a lost answer finds the same draft.
      const clientKey = newUuid();
      await writeDraftRef(personId, model.kind, { clientKey });
      const created = await openDraft(model.kind, clientKey);
      await writeDraftRef(personId, model.kind, { clientKey, submissionId: created.id });
      load(created, true);
    } catch (error) {
      setPhase({ status: 'error', message: errorMessage(error) });
    }
  }, [editId, load, model.kind, personId]);

  useEffect(() => {
    void open();
  }, [open]);

  // Every change (typing, a file uploaded or removed) goes to the autosave.
  const { update } = draft;
  useEffect(() => {
    if (phase.status === 'ready' && form) update(model.toData(form, uploads.files));
  }, [form, uploads.files, phase.status, model, update]);

  // After a refused submit, bring the first message into view and put the cursor there.
  useEffect(() => {
    if (scrollRequest === 0) return;
    const first = document.querySelector<HTMLElement>('.submission-form .field-error');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.closest('.field')?.querySelector<HTMLElement>('input:not([type="file"]), textarea, select')?.focus({ preventScroll: true });
  }, [scrollRequest]);

  const change = useCallback((next: F, path: string) => {
    setForm(next);
    setErrorsState((current) => withoutError(current, path));
  }, []);

  const showErrors = (next: FieldErrors) => {
    setErrorsState(next);
    setScrollRequest((count) => count + 1);
  };

  const submit = async (): Promise<SubmissionView | null> => {
    // A double tap lands here twice before React disables the button.
    if (submittingRef.current || !form || !view) return null;
    const data = model.toData(form, uploads.files);
    const found: Record<string, string> = { ...model.validate(data) };
    if (uploads.busy) found.attachmentIds = 'Tệp đang được tải lên, vui lòng chờ xong rồi nộp';
    else if (uploads.failed) found.attachmentIds = 'Có tệp chưa tải lên được: bấm “Thử lại” hoặc xóa tệp đó';
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return null;
    }
    submittingRef.current = true;
    setSubmitting(true);
    try {
      // The server checks what it holds: the last keystrokes are saved first.
      draft.update(data);
      const saved = await draft.flush();
      if (!saved.ok) {
        showErrors({ form: saved.message });
        return null;
      }
      attemptKey.current ??= newUuid();
      const submitted = await submitDraft(view.id, attemptKey.current);
      attemptKey.current = null;
      const ref = await readDraftRef(personId, model.kind);
      if (ref?.submissionId === submitted.id) await writeDraftRef(personId, model.kind, null);
      putSubmission(submitted);
      setView(submitted);
      return submitted;
    } catch (error) {
      const unanswered = error instanceof ApiRequestError && (error.kind === 'network' || error.kind === 'timeout');
      if (!unanswered) attemptKey.current = null;
      if (error instanceof ApiRequestError && error.status === 409) {
        const latest = await getSubmission(view.id).catch(() => null);
        if (latest) {
          putSubmission(latest);
          load(latest);
        }
      }
      const fields = error instanceof ApiRequestError ? error.fields : {};
      const message = unanswered ? `${errorMessage(error)} Bấm “Nộp” lần nữa: bài sẽ không bị nộp trùng.` : errorMessage(error);
      showErrors({ ...fields, form: message });
      return null;
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  return {
    phase,
    form,
    view,
    errors,
    uploads,
    draft,
    submitting,
    change,
    clearError: (path: string) => setErrorsState((current) => withoutError(current, path)),
    submit,
    reopen: () => void open(),
  };
}
