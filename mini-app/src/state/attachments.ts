import { downloadAttachment } from '../api/attachments';
import { errorMessage } from '../api/errors';
import { createStore, useStore } from './create-store';
import { sessionStore } from './session';

/**
 * Object URLs of attachments, for thumbnails and the viewer. The files need the session header, so
 * each is downloaded once as a Blob; a file this phone just uploaded is seeded from its own bytes.
 */
export type AttachmentUrl = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; message: string };

export const attachmentUrlsStore = createStore<Readonly<Record<string, AttachmentUrl>>>({});

export function useAttachmentUrl(id: string | null): AttachmentUrl | null {
  const all = useStore(attachmentUrlsStore);
  return id ? (all[id] ?? null) : null;
}

/** Downloads the attachment unless its URL is known or on its way; a failed one is tried again. */
export async function loadAttachmentUrl(id: string): Promise<void> {
  const current = attachmentUrlsStore.get()[id];
  if (current && current.status !== 'error') return;
  set(id, { status: 'loading' });
  try {
    set(id, { status: 'ready', url: URL.createObjectURL(await downloadAttachment(id)) });
  } catch (error) {
    set(id, { status: 'error', message: errorMessage(error) });
  }
}

/** The bytes just uploaded as attachment `id`: no need to download them back. */
export function rememberAttachmentBlob(id: string, blob: Blob): void {
  if (attachmentUrlsStore.get()[id]?.status === 'ready') return;
  set(id, { status: 'ready', url: URL.createObjectURL(blob) });
}

function set(id: string, value: AttachmentUrl): void {
  attachmentUrlsStore.set((all) => ({ ...all, [id]: value }));
}

// Another person's evidence must not stay reachable after sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  for (const value of Object.values(attachmentUrlsStore.get())) if (value.status === 'ready') URL.revokeObjectURL(value.url);
  attachmentUrlsStore.set({});
});
