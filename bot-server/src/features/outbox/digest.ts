import { formatDateVi, nextDigestAt } from '@tds/shared';
import type { Kysely } from 'kysely';
import { newId } from '../../store/ids';
import type { Store } from '../../store/open-store';
import type { Database } from '../../store/schema';
import { DIGEST_KEY_PREFIX } from './repo';

type Db = Kysely<Database>;

/** One message inside a digest, as it was enqueued. */
export interface DigestItem {
  text: string;
  link: string | null;
}

/**
 * Folds every held message whose digest time has come into one `pending` row per person, and
 * releases at once what is held for people who went back to separate messages (a switch that raced
 * an enqueue). Claiming the held rows is one conditional update per person, inside the transaction
 * that inserts the digest, so two workers (or two instances) can never put a message in two
 * digests: the loser's update finds nothing still `held`. Returns how many digests were made.
 */
export async function collectDigests(store: Pick<Store, 'db' | 'transact'>, now: Date): Promise<number> {
  const at = now.toISOString();
  // One indexed look per worker pass (`outbox_due_idx`): an outbox holding nothing costs nothing more.
  if (!(await store.db.selectFrom('outbox').select('id').where('status', '=', 'held').limit(1).executeTakeFirst())) return 0;
  const waiting = await store.db
    .selectFrom('outbox')
    .innerJoin('people', 'people.id', 'outbox.recipient_person_id')
    .select(['outbox.recipient_person_id as person_id', 'people.digest_minute'])
    .distinct()
    .where('outbox.status', '=', 'held')
    .where((eb) => eb.or([eb('outbox.next_attempt_at', '<=', at), eb('people.digest_minute', 'is', null)]))
    .execute();
  let made = 0;
  for (const { person_id: personId, digest_minute: digestMinute } of waiting) {
    if (digestMinute === null) await releaseHeld(store.db, personId, now);
    else if (await store.transact((trx) => digestFor(trx, personId, now))) made += 1;
  }
  return made;
}

/** What is held for someone who went back to separate messages goes out at once, each on its own. */
function releaseHeld(db: Db, personId: string, now: Date) {
  return db.updateTable('outbox').set({ status: 'pending', next_attempt_at: now.toISOString() }).where('recipient_person_id', '=', personId).where('status', '=', 'held').execute();
}

async function digestFor(trx: Db, personId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const id = newId();
  const held = await trx
    .updateTable('outbox')
    .set({ status: 'digested', digest_id: id })
    .where('recipient_person_id', '=', personId)
    .where('status', '=', 'held')
    .where('next_attempt_at', '<=', at)
    .returning(['payload', 'created_at'])
    .execute();
  if (held.length === 0) return false;
  const items = held
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
    .map((row) => JSON.parse(row.payload) as DigestItem);
  await trx
    .insertInto('outbox')
    .values({
      id,
      dedupe_key: `${DIGEST_KEY_PREFIX}${personId}:${id}`,
      recipient_person_id: personId,
      channel: 'zalo-bot',
      payload: JSON.stringify({ text: `Tin tổng hợp ngày ${formatDateVi(now)} (${items.length} tin):`, link: null, items }),
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      claimed_until: null,
      sent_at: null,
      provider_message_id: null,
      last_error: null,
      digest_id: null,
      created_at: at,
    })
    .execute();
  return true;
}

/**
 * Switches a person between one daily digest (`minuteOfDay`) and separate messages (null). What is
 * already held follows the choice in the same transaction: moved to the new digest time, or
 * released for delivery at once, so nothing held is lost or kept waiting for a digest that no longer comes.
 */
export async function setDigestMinute(db: Db, personId: string, minuteOfDay: number | null, now: Date): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => setDigestMinute(trx, personId, minuteOfDay, now));
  await db.updateTable('people').set({ digest_minute: minuteOfDay, updated_at: now.toISOString() }).where('id', '=', personId).execute();
  if (minuteOfDay === null) await releaseHeld(db, personId, now);
  else await db.updateTable('outbox').set({ next_attempt_at: nextDigestAt(now, minuteOfDay).toISOString() }).where('recipient_person_id', '=', personId).where('status', '=', 'held').execute();
}
