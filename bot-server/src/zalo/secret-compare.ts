import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string equality. Hashing both sides first gives equal-length buffers, so neither
 * the content nor the length of the expected secret leaks through timing.
 */
export function secretsMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
