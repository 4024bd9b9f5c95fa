import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { OutgoingMessage } from './enqueue';

const CHUNK = 200;

/**
 * Enqueues many messages at once (a reminder to every principal of a province), in chunks, each
 * insert skipping the dedupe keys already there. Returns how many were new.
 */
export async function enqueueMany(db: Kysely<Database>, messages: OutgoingMessage[], at: Date): Promise<number> {
  if (messages.length === 0) return 0;
  // One transaction for all chunks: one commit (one fsync on SQLite) instead of one per chunk.
  if (!db.isTransaction) return db.transaction().execute((trx) => enqueueMany(trx, messages, at));
  let inserted = 0;
  const now = at.toISOString();
  for (let i = 0; i < messages.length; i += CHUNK) {
    const rows = messages.slice(i, i + CHUNK).map((message) => ({
      id: randomUUID(),
      dedupe_key: message.dedupeKey,
      recipient_person_id: message.recipientPersonId,
      channel: message.groupChatId ? 'zalo-bot-group' : 'zalo-bot',
      payload: JSON.stringify(message.groupChatId ? { text: message.text, link: message.link ?? null, groupChatId: message.groupChatId } : { text: message.text, link: message.link ?? null }),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      claimed_until: null,
      sent_at: null,
      provider_message_id: null,
      last_error: null,
      created_at: now,
    }));
    const result = await db.insertInto('outbox').values(rows).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}
