import { Session } from '@tds/shared';
import * as auth from '../api/auth';
import { attachSessionHolder } from '../api/authorized';
import { getMe } from '../api/me';
import { getPlatform } from '../platform';
import { createStore, useStore } from './create-store';

export type SessionState =
  /** Reading the stored session at start; the app shows its splash. */
  | { status: 'restoring' }
  | { status: 'signedOut' }
  /** Zalo user known to nobody yet: the join-code screen. */
  | { status: 'needsJoin'; zaloName: string | null }
  | { status: 'signedIn'; session: Session };

export const sessionStore = createStore<SessionState>({ status: 'restoring' });

export const useSession = (): SessionState => useStore(sessionStore);

const storageKey = 'tds.session';

function currentSession(): Session | null {
  const state = sessionStore.get();
  return state.status === 'signedIn' ? state.session : null;
}

function enter(session: Session): void {
  sessionStore.set({ status: 'signedIn', session });
  void getPlatform().then((platform) => platform.storage.set(storageKey, JSON.stringify(session)));
}

attachSessionHolder({ current: currentSession, replace: enter, expire: () => void signOut() });

/** At start: the stored session (so a reload keeps you signed in), then a background refresh of who you are. */
export async function restoreSession(): Promise<void> {
  let stored: Session | null = null;
  try {
    const platform = await getPlatform();
    stored = parseStored(await platform.storage.get(storageKey));
  } catch {
    stored = null;
  }
  if (!stored) {
    sessionStore.set({ status: 'signedOut' });
    return;
  }
  sessionStore.set({ status: 'signedIn', session: stored });
  // Offline: keep the stored session. Rejected: the session holder has already signed out.
  reloadMe().catch(() => undefined);
}

/** Signs in with the platform's Zalo identity: a member goes home, an unknown user to the join code. */
export async function signInWithZalo(): Promise<SessionState['status']> {
  const platform = await getPlatform();
  const result = await auth.signInWithZalo(await platform.getAccessToken());
  if (auth.isSession(result)) {
    enter(result);
    return 'signedIn';
  }
  const zaloName = result.zaloName ?? (await platform.getUserInfo())?.name ?? null;
  sessionStore.set({ status: 'needsJoin', zaloName });
  return 'needsJoin';
}

/** Links the current Zalo user to a unit with a join code. Rejects with `fields.code` for a bad code. */
export async function joinWithCode(code: string): Promise<void> {
  const platform = await getPlatform();
  enter(await auth.joinWithCode(await platform.getAccessToken(), code));
}

/** Fresh person and unit from the server (name, role or bot link may have changed). */
export async function reloadMe(): Promise<void> {
  const me = await getMe();
  const session = currentSession();
  if (session) enter({ ...session, person: me.person, unit: me.unit });
}

export async function signOut(): Promise<void> {
  sessionStore.set({ status: 'signedOut' });
  const platform = await getPlatform();
  await platform.storage.remove(storageKey);
  await platform.demo?.forget();
}

function parseStored(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const parsed = Session.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
