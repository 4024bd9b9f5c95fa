import { ACK_HINT, nextDigestAt } from '@tds/shared';
import type { Kysely } from 'kysely';
import { newId } from '../../store/ids';
import type { Database } from '../../store/schema';
import { requestAcks } from '../acknowledgements/repo';
import type { OutgoingMessage } from './enqueue';

/** Rows per insert: ~15 parameters a row stays under both engines' limits (SQLite 32,766, PostgreSQL 65,535). */
const CHUNK = 1000;

/**
 * Enqueues many messages at once (a reminder to every principal of a province), in chunks, each
 * insert skipping the dedupe keys already there. Returns how many were new.
 *
 * A message to someone who chose a daily digest is `held` until their digest time (unless urgent);
 * the delivery worker then folds every held message of theirs into one. Producers need not know.
 */
export async function enqueueMany(db: Kysely<Database>, messages: OutgoingMessage[], at: Date): Promise<number> {
  if (messages.length === 0) return 0;
  // One transaction for all chunks: one commit (one fsync on SQLite) instead of one per chunk.
  if (!db.isTransaction) return db.transaction().execute((trx) => enqueueMany(trx, messages, at));
  let inserted = 0;
  const now = at.toISOString();
  for (let i = 0; i < messages.length; i += CHUNK) {
    const chunk = messages.slice(i, i + CHUNK);
    const digestMinuteOf = await digestMinutes(db, chunk);
    const rows = chunk.map((message) => {
      // A group post is not the linker's own mail: it never waits for their digest.
      const digestMinute = message.urgent || message.groupChatId ? null : (digestMinuteOf.get(message.recipientPersonId) ?? null);
      return {
        id: newId(at.getTime()),
        dedupe_key: message.dedupeKey,
        recipient_person_id: message.recipientPersonId,
        channel: message.groupChatId ? 'zalo-bot-group' : 'zalo-bot',
        payload: JSON.stringify({ text: message.ack ? `${message.text}\n\n${ACK_HINT}` : message.text, link: message.link ?? null, ...(message.groupChatId ? { groupChatId: message.groupChatId } : {}) }),
        status: digestMinute === null ? 'pending' : 'held',
        attempts: 0,
        next_attempt_at: digestMinute === null ? now : nextDigestAt(at, digestMinute).toISOString(),
        claimed_until: null,
        sent_at: null,
        provider_message_id: null,
        last_error: null,
        digest_id: null,
        created_at: now,
      };
    });
    const added = new Set((await db.insertInto('outbox').values(rows).onConflict((oc) => oc.column('dedupe_key').doNothing()).returning('dedupe_key').execute()).map((row) => row.dedupe_key));
    inserted += added.size;
    const asks = chunk.flatMap((message) =>
      message.ack && added.has(message.dedupeKey) ? [{ ...message.ack, personId: message.recipientPersonId, link: message.link ?? null }] : [],
    );
    await requestAcks(db, asks, at);
  }
  return inserted;
}

async function digestMinutes(db: Kysely<Database>, messages: OutgoingMessage[]): Promise<Map<string, number>> {
  const ids = [...new Set(messages.filter((message) => !message.urgent).map((message) => message.recipientPersonId))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'digest_minute']).where('id', 'in', ids).where('digest_minute', 'is not', null).execute();
  return new Map(rows.flatMap((row) => (row.digest_minute === null ? [] : [[row.id, row.digest_minute] as const])));
}
