import { config } from '../config';
import type { Platform } from './types';

export type { DemoIdentity, DemoUser, KeyValueStorage, Platform, ZaloProfile } from './types';
export { PlatformError } from './types';

let loading: Promise<Platform> | null = null;

/**
 * The platform chosen by `config.platform`. Both implementations are dynamic imports behind a
 * build-time constant, so each build contains only its own (zmp-sdk only in the Zalo build).
 */
export function getPlatform(): Promise<Platform> {
  loading ??=
    config.platform === 'zalo'
      ? import('./zalo').then((module) => module.createZaloPlatform())
      : import('./browser').then((module) => module.createBrowserPlatform());
  loading.catch(() => {
    // A chunk that failed to load (bad network) is retried on the next call.
    loading = null;
  });
  return loading;
}
