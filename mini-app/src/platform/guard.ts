import { PlatformError } from './types';

/**
 * Runs one platform call so that it always settles within `ms`: outside a real Zalo client some
 * zmp-sdk calls never answer, others reject with codes like -2000 (MINIAPP.md trap 4).
 * Any failure becomes a `PlatformError` with `failMessage`.
 */
export function guarded<T>(call: () => Promise<T>, ms: number, failMessage: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new PlatformError('timeout', 'Zalo không phản hồi. Hãy đóng và mở lại ứng dụng rồi thử lại.')),
      ms,
    );
    let pending: Promise<T>;
    try {
      pending = call();
    } catch {
      pending = Promise.reject(new Error('sync'));
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof PlatformError ? error : new PlatformError(deniedCode(error), failMessage));
      },
    );
  });
}

/** zmp-sdk rejects with `{ code }`; -1401 means the user refused to share name and avatar. */
function deniedCode(error: unknown): 'denied' | 'unavailable' {
  const code = typeof error === 'object' && error !== null && 'code' in error ? Number(error.code) : NaN;
  return code === -1401 ? 'denied' : 'unavailable';
}
