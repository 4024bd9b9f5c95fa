import { randomFillSync } from 'node:crypto';

const random = Buffer.alloc(10);

/**
 * A new row id: a UUIDv7 (RFC 9562), 48 bits of milliseconds then 74 random bits. Ids made in the
 * same moment sort together, so inserts land on the last page of the primary-key index instead of
 * dirtying a random page each; on SQLite every dirty page is a 4 KB WAL frame fsynced at commit,
 * which is what a burst of submissions pays for. Still unguessable (74 random bits).
 */
export function newId(now = Date.now()): string {
  randomFillSync(random);
  const hex = now.toString(16).padStart(12, '0') + random.toString('hex');
  // version 7 in the 13th digit, variant 10xx in the 17th
  const variant = ((parseInt(hex[15]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(12, 15)}-${variant}${hex.slice(16, 19)}-${hex.slice(19, 31)}`;
}
