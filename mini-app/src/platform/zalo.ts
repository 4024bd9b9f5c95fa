import { getAccessToken, getUserInfo, nativeStorage, openChat } from 'zmp-sdk';
import { config } from '../config';
import { guarded } from './guard';
import { PlatformError, type KeyValueStorage, type Platform } from './types';

/**
 * The platform inside the Zalo app: the only module that imports zmp-sdk. It is loaded with a
 * dynamic import from ./index.ts, so the browser build never carries the SDK.
 */
export function createZaloPlatform(): Platform {
  const ms = config.sdkTimeoutMs;
  return {
    kind: 'zalo',
    async getAccessToken() {
      const token = await guarded(() => getAccessToken(), ms, 'Không lấy được thông tin đăng nhập từ Zalo. Hãy thử lại.');
      // The SDK's web mock answers "" outside Zalo: treat it as no identity, never as a token.
      if (!token) throw new PlatformError('unavailable', 'Hãy mở Thi Đua Số trong ứng dụng Zalo để đăng nhập.');
      return token;
    },
    async getUserInfo() {
      try {
        const { userInfo } = await guarded(() => getUserInfo({ autoRequestPermission: false }), ms, '');
        return userInfo.name ? { name: userInfo.name, avatar: userInfo.avatar || null } : null;
      } catch {
        return null;
      }
    },
    botChatHref() {
      return config.zaloOaId ? `https://zalo.me/${encodeURIComponent(config.zaloOaId)}` : null;
    },
    async openBotChat(startCommand) {
      if (!config.zaloOaId) return false;
      try {
        await guarded(() => openChat({ type: 'oa', id: config.zaloOaId, message: startCommand }), ms, '');
        return true;
      } catch {
        return false;
      }
    },
    storage: zaloStorage,
    demo: null,
  };
}

/** Zalo native storage (synchronous SDK calls, guarded because they may throw outside Zalo). */
const zaloStorage: KeyValueStorage = {
  async get(key) {
    try {
      return nativeStorage.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  async set(key, value) {
    try {
      nativeStorage.setItem(key, value);
    } catch {
      // Storage full or unavailable: the session then only lasts until the app closes.
    }
  },
  async remove(key) {
    try {
      nativeStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};
