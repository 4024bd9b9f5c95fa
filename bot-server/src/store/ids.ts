import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const RANDOM_BYTES_PER_ID = 10;
// Random bytes drawn a few thousand ids at a time: one call into the CSPRNG per id cost more than
// the rest of the id (a day's reminders for a province makes 50,000 of them in one go).
const pool = Buffer.alloc(RANDOM_BYTES_PER_ID * 4096);
let used = pool.length;

function randomHex(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let hex = '';
  for (let i = used; i < used + RANDOM_BYTES_PER_ID; i++) hex += HEX[pool[i]!];
  used += RANDOM_BYTES_PER_ID;
  return hex;
}

/**
 * A new row id: a UUIDv7 (RFC 9562), 48 bits of milliseconds then 74 random bits. Ids made in the
 * same moment sort together, so inserts land on the last page of the primary-key index instead of
 * dirtying a random page each; on SQLite every dirty page is a 4 KB WAL frame fsynced at commit,
 * which is what a burst of submissions pays for. Still unguessable (74 random bits).
 */
export function newId(now = Date.now()): string {
  const hex = now.toString(16).padStart(12, '0') + randomHex();
  // version 7 in the 13th digit, variant 10xx in the 17th
  const variant = HEX[(parseInt(hex[15]!, 16) & 0x3) | 0x8]![1];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(12, 15)}-${variant}${hex.slice(16, 19)}-${hex.slice(19, 31)}`;
}
