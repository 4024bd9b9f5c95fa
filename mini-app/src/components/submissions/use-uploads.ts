import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadAttachment } from '../../api/attachments';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { fileKindOf, sizeProblem, typeMessage, type FileKind } from '../../lib/attachment-rules';
import { shrinkImage, type PreparedFile } from '../../lib/image-resize';
import { newUuid } from '../../lib/uuid';
import { rememberAttachmentBlob } from '../../state/attachments';
import type { AttachmentMeta } from './form-model';

/**
 * One file of a form. `failed` can be retried with the same File (the person never chooses it
 * again); `invalid` cannot (wrong type, too big) and can only be removed.
 */
export interface UploadItem {
  key: string;
  name: string;
  kind: FileKind | null;
  status: 'queued' | 'preparing' | 'uploading' | 'done' | 'failed' | 'invalid';
  /** 0–100 while uploading. */
  percent: number;
  error: string | null;
  /** The file as chosen; null for a file restored from a saved draft. */
  file: File | null;
  /** What was (or will be) sent: a shrunk photo is kept so a retry sends the very same bytes. */
  prepared: PreparedFile | null;
  /** A local picture for the thumbnail, before and after the upload. */
  previewUrl: string | null;
  attachment: AttachmentMeta | null;
}

export interface Uploads {
  items: readonly UploadItem[];
  /** The uploaded files, in the order chosen. */
  files: readonly AttachmentMeta[];
  /** Some file is still on its way. */
  busy: boolean;
  /** Some file did not make it (retry or remove it). */
  failed: boolean;
  /** Adds chosen files; answers the messages of those refused at once (type, count). */
  add(files: readonly File[]): string[];
  remove(key: string): void;
  retry(key: string): void;
  /** Replaces every item by files already on the server (a draft opened). */
  reset(files: readonly AttachmentMeta[]): void;
}

const restored = (file: AttachmentMeta): UploadItem => ({
  key: file.id,
  name: file.name,
  kind: fileKindOf({ name: file.name, type: file.mime }),
  status: 'done',
  percent: 100,
  error: null,
  file: null,
  prepared: null,
  previewUrl: null,
  attachment: file,
});

/** Files of one form, uploaded one at a time (a slow line gives each the whole bandwidth). */
export function useUploads(maxFiles: number): Uploads {
  const [items, setItems] = useState<UploadItem[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const patch = useCallback((key: string, changes: Partial<UploadItem>) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  const run = useCallback(
    async (item: UploadItem) => {
      if (!item.file || !item.kind) return;
      patch(item.key, { status: 'preparing', percent: 0, error: null });
      const prepared = item.prepared ?? (item.kind === 'image' ? await shrinkImage(item.file) : { blob: item.file, name: item.file.name });
      const tooBig = sizeProblem(item.kind, prepared.blob.size);
      if (tooBig) {
        patch(item.key, { status: 'invalid', error: tooBig, prepared });
        return;
      }
      patch(item.key, { status: 'uploading', prepared });
      try {
        const view = await uploadAttachment(prepared.blob, prepared.name, ({ loaded, total, sent }) =>
          patch(item.key, { percent: sent ? 100 : total > 0 ? Math.min(99, Math.round((loaded / total) * 100)) : 0 }),
        );
        rememberAttachmentBlob(view.id, prepared.blob);
        patch(item.key, { status: 'done', percent: 100, attachment: { id: view.id, name: view.name, mime: view.mime, bytes: view.bytes } });
      } catch (error) {
        // The server read the bytes and refused them (type, size): trying again cannot help.
        const refused = error instanceof ApiRequestError && (error.status === 413 || error.status === 415);
        const message = error instanceof ApiRequestError ? (error.fields.file ?? error.message) : errorMessage(error);
        patch(item.key, { status: refused ? 'invalid' : 'failed', error: message });
      }
    },
    [patch],
  );

  // One upload at a time: when nothing is on its way, start the next queued file.
  useEffect(() => {
    if (items.some((item) => item.status === 'preparing' || item.status === 'uploading')) return;
    const next = items.find((item) => item.status === 'queued');
    if (next) void run(next);
  }, [items, run]);

  // Local previews live as long as the form.
  useEffect(
    () => () => {
      for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    },
    [],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const problems: string[] = [];
      const room = maxFiles - itemsRef.current.length;
      const accepted: UploadItem[] = [];
      for (const file of files) {
        const kind = fileKindOf(file);
        if (!kind) {
          problems.push(`${file.name}: ${typeMessage}`);
          continue;
        }
        // A big photo may still shrink under the limit; documents and HEIC are sent as they are.
        const tooBig = kind === 'image' ? (file.size === 0 ? 'Tệp rỗng' : null) : sizeProblem(kind, file.size);
        if (tooBig) {
          problems.push(`${file.name}: ${tooBig}`);
          continue;
        }
        if (accepted.length >= room) {
          problems.push(`Tối đa ${maxFiles} tệp: ${file.name} chưa được thêm`);
          continue;
        }
        accepted.push({
          key: newUuid(),
          name: file.name,
          kind,
          status: 'queued',
          percent: 0,
          error: null,
          file,
          prepared: null,
          previewUrl: kind === 'image' ? URL.createObjectURL(file) : null,
          attachment: null,
        });
      }
      if (accepted.length > 0) setItems((all) => [...all, ...accepted]);
      return problems;
    },
    [maxFiles],
  );

  const remove = useCallback((key: string) => {
    setItems((all) => {
      const gone = all.find((item) => item.key === key);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      return all.filter((item) => item.key !== key);
    });
  }, []);

  const retry = useCallback(
    (key: string) => {
      if (itemsRef.current.some((item) => item.key === key && item.file && item.status === 'failed')) patch(key, { status: 'queued', percent: 0, error: null });
    },
    [patch],
  );

  const reset = useCallback((files: readonly AttachmentMeta[]) => {
    for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    const next = files.map(restored);
    itemsRef.current = next;
    setItems(next);
  }, []);

  // A new array only when the uploaded set changes, so progress ticks do not trigger an autosave.
  const done = items.flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment] : []));
  const doneKey = done.map((file) => file.id).join('|');
  const filesRef = useRef({ key: doneKey, files: done });
  if (filesRef.current.key !== doneKey) filesRef.current = { key: doneKey, files: done };
  const files = filesRef.current.files;

  return {
    items,
    files,
    busy: items.some((item) => item.status === 'queued' || item.status === 'preparing' || item.status === 'uploading'),
    failed: items.some((item) => item.status === 'failed' || item.status === 'invalid'),
    add,
    remove,
    retry,
    reset,
  };
}
