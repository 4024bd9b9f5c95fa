import { AttachmentView } from '@tds/shared';
import { config } from '../config';
import { withSession } from './authorized';
import { ApiRequestError, networkMessage, timeoutMessage } from './errors';
import { errorFromResponse } from './request';
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
export function downloadAttachment(id: string): Promise<Blob> {
  return withSession(async (token) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.uploadTimeoutMs);
    try {
      const response = await fetch(`${config.apiBase}/api/attachments/${encodeURIComponent(id)}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: controller.signal,
        credentials: 'omit',
      });
      if (!response.ok) throw errorFromResponse(response.status, await response.json().catch(() => undefined));
      return await response.blob();
    } catch (error) {
      if (error instanceof ApiRequestError) throw error;
      throw controller.signal.aborted
        ? new ApiRequestError('timeout', 0, 'timeout', timeoutMessage)
        : new ApiRequestError('network', 0, 'network', networkMessage);
    } finally {
      clearTimeout(timer);
    }
  });
}
