import { createHash, randomUUID } from 'node:crypto';

const NINETEEN_DIGIT_SPAN = 9_000_000_000_000_000_000n;
const NINETEEN_DIGIT_MIN = 1_000_000_000_000_000_000n;

export interface IdFactory {
  /** A 19-digit numeric string: always beyond 2^53, so any code that parses ids to numbers breaks visibly. */
  numericId(space: 'app' | 'bot' | 'group'): string;
  /** Zalo message ids look like hex strings. */
  messageId(): string;
  /** An opaque access token or phone code. */
  opaque(label: string): string;
}

/**
 * Ids derived from `seed` and a counter: the same seed gives the same ids in every run (stable demo
 * data, reproducible tests); without a seed they are random.
 */
export function createIdFactory(seed: string = randomUUID()): IdFactory {
  let counter = 0;
  const digest = (label: string) => createHash('sha256').update(`${seed}:${label}:${counter++}`).digest();
  return {
    numericId(space) {
      const value = BigInt(`0x${digest(space).toString('hex', 0, 8)}`);
      return (NINETEEN_DIGIT_MIN + (value % NINETEEN_DIGIT_SPAN)).toString();
    },
    messageId: () => digest('msg').toString('hex', 0, 16),
    opaque: (label) => `${label}-${digest(label).toString('base64url')}`,
  };
}
