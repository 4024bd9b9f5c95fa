import { config } from '../config';
import { withSession } from './authorized';
import { ApiRequestError, networkMessage, timeoutMessage } from './errors';
import { errorFromResponse } from './request';

/** A file the server sent: its bytes and the name it suggested. */
export interface DownloadedFile {
  blob: Blob;
  /** From `Content-Disposition` (`filename*=UTF-8''…`), else `fallbackName`. */
  name: string;
}

/**
 * GET a file that needs the session header (an attachment, an export): a plain link or `<img src>`
 * cannot send it, so the bytes come back as a Blob. Errors are `ApiRequestError`s like any request.
 */
export function downloadFile(path: string, fallbackName: string): Promise<DownloadedFile> {
  return withSession(async (token) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.uploadTimeoutMs);
    try {
      const response = await fetch(config.apiBase + path, {
        headers: { Authorization: `Bearer ${token}` },
        signal: controller.signal,
        credentials: 'omit',
      });
      if (!response.ok) throw errorFromResponse(response.status, await response.json().catch(() => undefined));
      return { blob: await response.blob(), name: fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName };
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

/** The file name of a `Content-Disposition` header: the RFC 5987 `filename*` first, then `filename`. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || null;
}
