import { z } from 'zod';
import { createZaloUser, listDemoPeople, mintZaloToken, sandboxChatUrl } from '../api/sandbox';
import { config } from '../config';
import { PlatformError, type DemoIdentity, type DemoUser, type KeyValueStorage, type Platform } from './types';

const identityKey = 'tds.demoUser';
const StoredDemoUser = z.object({ zaloAppUserId: z.string(), name: z.string(), botUserId: z.string().nullable() });

/**
 * The platform in a plain browser (sandbox and e2e builds): the person picks a demo user, and the
 * bot-server's Zalo simulator mints real access tokens for that simulated Zalo user, so sign-in then
 * runs exactly the same requests as inside Zalo.
 */
export async function createBrowserPlatform(): Promise<Platform> {
  const storage = localStorageStore;
  let user = parseUser(await storage.get(identityKey));
  /** A token handed out with a brand-new user; used once, then fresh ones are minted. */
  let pendingToken: string | null = null;

  const remember = async (next: DemoUser, token: string | null) => {
    user = next;
    pendingToken = token;
    await storage.set(identityKey, JSON.stringify(next));
  };

  const demo: DemoIdentity = {
    listPeople: listDemoPeople,
    choosePerson: (person) =>
      remember({ zaloAppUserId: person.zaloAppUserId, name: person.fullName, botUserId: person.botUserId }, null),
    async createZaloUser(name) {
      const created = await createZaloUser(name);
      await remember({ zaloAppUserId: created.zaloAppUserId, name, botUserId: null }, created.accessToken);
    },
    current: () => user,
    async forget() {
      user = null;
      pendingToken = null;
      await storage.remove(identityKey);
    },
  };

  return {
    kind: 'browser',
    async getAccessToken() {
      if (!user) throw new PlatformError('no_identity', 'Hãy chọn một người dùng demo trước.');
      const token = pendingToken ?? (await mintZaloToken(user.zaloAppUserId));
      pendingToken = null;
      return token;
    },
    async getUserInfo() {
      return user ? { name: user.name, avatar: null } : null;
    },
    botChatHref(startCommand) {
      return sandboxChatUrl(config.apiBase, user?.botUserId ?? null, startCommand);
    },
    async openBotChat(startCommand) {
      return window.open(sandboxChatUrl(config.apiBase, user?.botUserId ?? null, startCommand), '_blank') !== null;
    },
    storage,
    demo,
  };
}

function parseUser(raw: string | null): DemoUser | null {
  if (!raw) return null;
  try {
    const parsed = StoredDemoUser.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** localStorage, tolerant of private mode and full quota. */
const localStorageStore: KeyValueStorage = {
  async get(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  async set(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Private mode or full: the session lasts until the tab closes.
    }
  },
  async remove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};
