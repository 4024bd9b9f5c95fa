import type { Session } from '@tds/shared';
import { config } from '../config';
import { refreshSession } from './auth';
import { ApiRequestError } from './errors';
import { request, type RequestOptions } from './request';

/** The owner of the session (the session store) lends it to requests through this narrow port. */
export interface SessionHolder {
  current(): Session | null;
  /** A refresh produced a new session: keep and persist it. */
  replace(session: Session): void;
  /** The server no longer accepts the session: sign out. */
  expire(): void;
}

let holder: SessionHolder | null = null;
let refreshing: Promise<Session> | null = null;

export function attachSessionHolder(next: SessionHolder | null): void {
  holder = next;
  refreshing = null;
}

/**
 * A request with the session token. Refreshes the session shortly before `expiresAt`, and once more
 * when the server answers 401, then retries the request once.
 */
export function authorizedRequest<T>(path: string, options: Omit<RequestOptions<T>, 'token'>): Promise<T> {
  return withSession((token) => request(path, { ...options, token }));
}

/**
 * Runs `send` with a usable session token; on a 401 renews the session once and runs it again.
 * For transports other than `request` (a file upload with progress).
 */
export async function withSession<T>(send: (token: string) => Promise<T>): Promise<T> {
  const session = await usableSession();
  try {
    return await send(session.token);
  } catch (error) {
    if (!(error instanceof ApiRequestError) || !error.isUnauthorized) throw error;
    const renewed = await renew(session);
    return send(renewed.token);
  }
}

async function usableSession(): Promise<Session> {
  const session = holder?.current();
  if (!session) throw new ApiRequestError('http', 401, 'signed_out', 'Bạn chưa đăng nhập.');
  const left = Date.parse(session.expiresAt) - Date.now();
  if (!(left < config.refreshLeewayMs)) return session;
  try {
    return await renew(session);
  } catch (error) {
    // Offline shortly before expiry: the old token may still work; a rejected refresh already signed out.
    if (error instanceof ApiRequestError && error.status === 0 && left > 0) return session;
    throw error;
  }
}

/** One refresh at a time; a request that failed with an older token reuses a newer session. */
function renew(stale: Session): Promise<Session> {
  const latest = holder?.current();
  if (latest && latest.token !== stale.token) return Promise.resolve(latest);
  refreshing ??= refreshSession(stale.refreshToken)
    .then((session) => {
      holder?.replace(session);
      return session;
    })
    .catch((error: unknown) => {
      if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) {
        holder?.expire();
        throw new ApiRequestError('http', 401, 'session_expired', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
      }
      throw error;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}
