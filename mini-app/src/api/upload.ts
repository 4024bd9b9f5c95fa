import type { ZodType } from 'zod';
import { config } from '../config';
import { withSession } from './authorized';
import { ApiRequestError, networkMessage, timeoutMessage } from './errors';
import { errorFromResponse, parseAnswer } from './request';

export interface UploadProgress {
  /** Bytes sent so far and in all; `total` is 0 when the browser cannot tell. */
  loaded: number;
  total: number;
  /** True once every byte is sent: the server is now reading the file. */
  sent: boolean;
}

export interface UploadOptions<T> {
  /** The multipart field name the server reads. */
  field: string;
  file: Blob;
  fileName: string;
  schema: ZodType<T>;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * POST one file as multipart with the session token. XMLHttpRequest rather than fetch: only it
 * reports upload progress on the phones Zalo runs on. Rejects only with `ApiRequestError`.
 */
export function uploadFile<T>(path: string, options: UploadOptions<T>): Promise<T> {
  return withSession((token) => send(path, token, options));
}

function send<T>(path: string, token: string, options: UploadOptions<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', config.apiBase + path);
    xhr.timeout = config.uploadTimeoutMs;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0, sent: false });
    xhr.upload.onload = () => options.onProgress?.({ loaded: options.file.size, total: options.file.size, sent: true });
    xhr.onerror = () => reject(new ApiRequestError('network', 0, 'network', networkMessage));
    xhr.ontimeout = () => reject(new ApiRequestError('timeout', 0, 'timeout', timeoutMessage));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      try {
        if (xhr.status < 200 || xhr.status >= 300) throw errorFromResponse(xhr.status, body);
        resolve(parseAnswer(options.schema, xhr.status, body));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const form = new FormData();
    form.append(options.field, options.file, options.fileName);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
