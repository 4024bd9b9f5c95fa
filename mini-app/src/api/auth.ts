import { Session, SignInResult } from '@tds/shared';
import { request } from './request';

/** POST /api/auth/zalo — a linked Zalo user gets a `Session`; an unknown one gets `{ needsJoin, zaloName }`. */
export function signInWithZalo(accessToken: string): Promise<SignInResult> {
  return request('/api/auth/zalo', { body: { accessToken }, schema: SignInResult });
}

/** POST /api/auth/join — links the Zalo user through a join code; a bad code is a 400 with `fields.code`. */
export function joinWithCode(accessToken: string, code: string): Promise<Session> {
  return request('/api/auth/join', { body: { accessToken, code }, schema: Session });
}

/** POST /api/auth/refresh — a new session (and refresh token) for a still valid refresh token. */
export function refreshSession(refreshToken: string): Promise<Session> {
  return request('/api/auth/refresh', { body: { refreshToken }, schema: Session });
}

export function isSession(result: SignInResult): result is Session {
  return !('needsJoin' in result);
}
