import type { AckKind } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { enqueueMany } from './enqueue-many';

export interface OutgoingMessage {
  /** Unique per (what, who, occurrence): enqueueing the same message twice is a no-op. */
  dedupeKey: string;
  recipientPersonId: string;
  text: string;
  /** A path in the mini app the message points to, e.g. "/submissions/123". */
  link?: string;
  /** Post in this Zalo group chat (linked by `recipientPersonId`) instead of the person's own chat. */
  groupChatId?: string;
  /** Goes out at once even to someone who chose a daily digest (due today, marked urgent). */
  urgent?: boolean;
  /**
   * Asks the person to confirm with "Đã nhận": the text gets the hint, and one request per
   * (kind, subject, person) is recorded with the message, however often the message is re-sent.
   */
  ack?: { kind: AckKind; subjectId: string; label: string };
}

/**
 * Puts one message in the outbox, inside the caller's transaction so it exists exactly when the
 * change it reports does. The delivery worker sends it over the person's linked bot chat.
 */
export async function enqueueMessage(db: Kysely<Database>, message: OutgoingMessage, at: Date): Promise<void> {
  await enqueueMany(db, [message], at);
}
