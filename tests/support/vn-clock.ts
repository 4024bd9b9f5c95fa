import { signInAs } from './api-client';

/** A clock the test moves by hand, in Vietnam wall-clock time ("2026-05-11T09:00:00"). */
export function vnClock(startVn: string) {
  let now = new Date(`${startVn}+07:00`);
  return { now: () => now, set: (vn: string) => (now = new Date(`${vn}+07:00`)) };
}

/**
 * Session tokens for people on a server running on `clock`. Sessions last 15 minutes of that clock,
 * so a token is signed in again whenever the clock has moved.
 */
export function clockedSessions(baseUrl: () => string, clock: { now(): Date }) {
  const sessions = new Map<string, string>();
  return async (personId: string): Promise<string> => {
    const key = `${personId}@${clock.now().toISOString()}`;
    if (!sessions.has(key)) sessions.set(key, (await signInAs(baseUrl(), personId)).token);
    return sessions.get(key)!;
  };
}
