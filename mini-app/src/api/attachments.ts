import { AttachmentView } from '@tds/shared';
import { downloadFile } from './download';
import { uploadFile, type UploadProgress } from './upload';

/**
 * POST /api/attachments — one evidence file as multipart `file`. The server types it from its bytes
 * (413/415 with `fields.file`) and answers the same attachment for the same bytes, so a retry is safe.
 */
export function uploadAttachment(file: Blob, fileName: string, onProgress: (progress: UploadProgress) => void): Promise<AttachmentView> {
  return uploadFile('/api/attachments', { field: 'file', file, fileName, schema: AttachmentView, onProgress });
}

/**
 * GET /api/attachments/:id — the file itself. It needs the session header, so an `<img src>` or a
 * plain link cannot load it: the bytes come back as a Blob for an object URL.
 */
export async function downloadAttachment(id: string): Promise<Blob> {
  return (await downloadFile(`/api/attachments/${encodeURIComponent(id)}`, id)).blob;
}
