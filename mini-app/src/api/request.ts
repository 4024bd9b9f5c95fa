import { ApiError } from '@tds/shared';
import type { ZodType } from 'zod';
import { config } from '../config';
import { ApiRequestError, badResponseMessage, messageForStatus, networkMessage, timeoutMessage } from './errors';

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** The shared zod schema the answer must match; its parsed value is returned. */
  schema: ZodType<T>;
  /** Session token, sent as `Authorization: Bearer …`. */
  token?: string;
  /** Extra headers (`Idempotency-Key`). */
  headers?: Readonly<Record<string, string>>;
  /** Lets the request finish after the page is closed (the last autosave); bodies up to 64 KB. */
  keepalive?: boolean;
}

/**
 * One JSON request to bot-server. Resolves with the validated body; rejects only with
 * `ApiRequestError` (Vietnamese message, envelope `{ error: { code, message, fields? } }` unpacked).
 */
export async function request<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.requestTimeoutMs);
  let response: Response;
  try {
    response = await fetch(config.apiBase + path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      credentials: 'omit',
      keepalive: options.keepalive,
    });
  } catch {
    throw controller.signal.aborted
      ? new ApiRequestError('timeout', 0, 'timeout', timeoutMessage)
      : new ApiRequestError('network', 0, 'network', networkMessage);
  } finally {
    clearTimeout(timer);
  }

  const body = await readJson(response);
  if (!response.ok) throw errorFromResponse(response.status, body);
  return parseAnswer(options.schema, response.status, body);
}

/** The body checked against the shared schema; a mismatch is a `bad_response`. */
export function parseAnswer<T>(schema: ZodType<T>, status: number, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError('bad_response', status, 'bad_response', badResponseMessage);
  return parsed.data;
}

/** The body as JSON, or `undefined` when it is empty or not JSON (a proxy's HTML error page). */
async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The `ApiRequestError` for an error status and its (parsed) body. */
export function errorFromResponse(status: number, body: unknown): ApiRequestError {
  const envelope = ApiError.safeParse(body);
  if (!envelope.success) return new ApiRequestError('http', status, `http_${status}`, messageForStatus(status));
  const { code, message, fields } = envelope.data.error;
  return new ApiRequestError('http', status, code, message || messageForStatus(status), fields ?? {});
}
