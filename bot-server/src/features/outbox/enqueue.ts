import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

export interface OutgoingMessage {
  /** Unique per (what, who, occurrence): enqueueing the same message twice is a no-op. */
  dedupeKey: string;
  recipientPersonId: string;
  text: string;
  /** A path in the mini app the message points to, e.g. "/submissions/123". */
  link?: string;
}

/**
 * Puts a message in the outbox, inside the caller's transaction so it exists exactly when the
 * change it reports does. The delivery worker sends it over the person's linked bot chat.
 */
export async function enqueueMessage(db: Kysely<Database>, message: OutgoingMessage, at: Date): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      dedupe_key: message.dedupeKey,
      recipient_person_id: message.recipientPersonId,
      channel: 'zalo-bot',
      payload: JSON.stringify({ text: message.text, link: message.link ?? null }),
      status: 'pending',
      attempts: 0,
      next_attempt_at: at.toISOString(),
      claimed_until: null,
      sent_at: null,
      provider_message_id: null,
      last_error: null,
      created_at: at.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}
