import type { SubmissionView } from '@tds/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { getSubmission, saveDraft } from '../../api/submissions';
import { putSubmission } from '../../state/submissions';

/** What the autosave line under the header says. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  /** No connection: the changes stay on the phone and are sent again shortly. */
  | { status: 'offline'; message: string }
  | { status: 'error'; message: string }
  /** Another save won (another device): the latest was loaded instead. */
  | { status: 'conflict'; message: string };

export type FlushResult = { ok: true } | { ok: false; message: string };

export interface Draft {
  state: SaveState;
  /** The draft `view` is open with the form showing `baseline` (what the server already holds). */
  start(view: SubmissionView, baseline: Record<string, unknown>): void;
  /** The form changed: saved ~1.5 s after the typing stops. */
  update(data: Record<string, unknown>): void;
  /** Saves now what is waiting; `ok` once the server holds the latest data. */
  flush(): Promise<FlushResult>;
}

export const autosaveDelayMs = 1500;
const offlineRetryMs = 10_000;
/** Browsers refuse `keepalive` bodies over 64 KB. */
const keepaliveLimit = 60_000;

const settledState = (savedAt: string | null): SaveState => (savedAt ? { status: 'saved', at: savedAt } : { status: 'idle' });

export const conflictMessage = 'Bản nháp vừa được lưu từ máy hoặc cửa sổ khác. Đã tải bản mới nhất — hãy kiểm tra lại trước khi sửa tiếp.';

/**
 * Autosave of one server draft: debounced, one request at a time, optimistic versions. A 409 loads
 * the latest version through `onReplaced`; offline, the changes wait and go out when the line is
 * back. Leaving the screen or hiding the app saves at once.
 */
export function useDraft(onReplaced: (view: SubmissionView) => void): Draft {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const replaced = useRef(onReplaced);
  replaced.current = onReplaced;
  const draft = useRef({
    id: null as string | null,
    version: 0,
    savedJson: '',
    savedAt: null as string | null,
    pending: null as { data: Record<string, unknown>; json: string } | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    retry: undefined as ReturnType<typeof setTimeout> | undefined,
    running: null as Promise<FlushResult> | null,
    closed: false,
  });

  const reload = useCallback(async (): Promise<FlushResult> => {
    const current = draft.current;
    current.pending = null;
    try {
      const latest = await getSubmission(current.id ?? '');
      putSubmission(latest, false);
      replaced.current(latest);
      const editable = latest.status === 'draft' || latest.status === 'returned';
      const message = editable ? conflictMessage : 'Bài này đã được nộp ở nơi khác, không sửa được nữa.';
      setState({ status: 'conflict', message });
      return { ok: false, message };
    } catch (error) {
      setState({ status: 'error', message: errorMessage(error) });
      return { ok: false, message: errorMessage(error) };
    }
  }, []);

  const save = useCallback(
    async (keepalive: boolean): Promise<FlushResult> => {
      const current = draft.current;
      while (current.pending && current.id) {
        const { data, json } = current.pending;
        if (json === current.savedJson) {
          current.pending = null;
          break;
        }
        setState({ status: 'saving' });
        try {
          const view = await saveDraft(current.id, data, current.version, keepalive && json.length < keepaliveLimit);
          current.version = view.version;
          current.savedJson = json;
          current.savedAt = view.updatedAt;
          if (current.pending?.json === json) current.pending = null;
          putSubmission(view, false);
        } catch (error) {
          if (error instanceof ApiRequestError && error.status === 409) return reload();
          const message = errorMessage(error);
          const offline = error instanceof ApiRequestError && (error.kind === 'network' || error.kind === 'timeout');
          setState(offline ? { status: 'offline', message } : { status: 'error', message });
          if (offline && !current.closed) {
            clearTimeout(current.retry);
            current.retry = setTimeout(() => void flushRef.current(false), offlineRetryMs);
          }
          return { ok: false, message };
        }
      }
      setState(settledState(current.savedAt));
      return { ok: true };
    },
    [reload],
  );

  const flush = useCallback(
    (keepalive = false): Promise<FlushResult> => {
      const current = draft.current;
      clearTimeout(current.timer);
      // Saves never overlap: a flush during a save runs after it (and usually finds nothing left).
      const next = (current.running ?? Promise.resolve<FlushResult>({ ok: true })).then(() => save(keepalive));
      current.running = next;
      void next.finally(() => {
        if (current.running === next) current.running = null;
      });
      return next;
    },
    [save],
  );
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const start = useCallback((view: SubmissionView, baseline: Record<string, unknown>) => {
    const current = draft.current;
    clearTimeout(current.timer);
    current.id = view.id;
    current.version = view.version;
    current.savedJson = JSON.stringify(baseline);
    current.savedAt = view.version > 0 ? view.updatedAt : null;
    current.pending = null;
    setState(settledState(current.savedAt));
  }, []);

  const update = useCallback((data: Record<string, unknown>) => {
    const current = draft.current;
    if (!current.id) return;
    const json = JSON.stringify(data);
    if (json === (current.pending?.json ?? current.savedJson)) return;
    clearTimeout(current.timer);
    if (json === current.savedJson) {
      current.pending = null;
      if (!current.running) setState(settledState(current.savedAt));
      return;
    }
    current.pending = { data, json };
    setState({ status: 'saving' });
    current.timer = setTimeout(() => void flushRef.current(false), autosaveDelayMs);
  }, []);

  // Hiding the app (home button, switching chats) or closing the page saves at once.
  useEffect(() => {
    const current = draft.current;
    current.closed = false;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flushRef.current(true);
    };
    const onPageHide = () => void flushRef.current(true);
    const onOnline = () => void flushRef.current(false);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
      clearTimeout(current.retry);
      current.closed = true;
      // Leaving the screen: whatever is still waiting goes out now.
      void flushRef.current(false);
    };
  }, []);

  return { state, start, update, flush };
}
