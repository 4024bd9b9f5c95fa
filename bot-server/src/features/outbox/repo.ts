import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { capabilitiesOf } from '../../store/capabilities';
import type { Database, OutboxTable } from '../../store/schema';

type Db = Kysely<Database>;

/**
 * Where a row is in delivery. `pending` → `sending` (claimed) → `sent`; a retryable failure goes
 * back to `pending` with a later `next_attempt_at`; `failed` and `not_linked` are final.
 */
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'not_linked'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Dedupe keys of the rows that carry a daily digest (`digest.ts`). */
export const DIGEST_KEY_PREFIX = 'digest:';

/** A claimed row, with what the worker needs to send it. */
export interface ClaimedRow {
  id: string;
  recipientPersonId: string;
  payload: string;
  attempts: number;
  nextAttemptAt: string;
  partsSent: number;
  /** End of this claim's lease. */
  claimedUntil: string;
  /** Ids of the parts already delivered (an earlier attempt's progress). */
  providerMessageIds: string[];
}

export interface Claim {
  instanceId: string;
  now: Date;
  /** End of the lease this claim takes. */
  until: Date;
  limit: number;
}

/** Due and pending, or claimed by someone whose lease ran out (a crashed instance). */
function claimable(eb: ExpressionBuilder<Database, 'outbox'>, now: string) {
  return eb.or([
    eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
  ]);
}

/**
 * Claims up to `limit` due rows, oldest due first, in one statement. On PostgreSQL the select
 * locks with `FOR UPDATE SKIP LOCKED`, so concurrent instances take disjoint rows without waiting on
 * each other; SQLite has one writer, so the statement alone is atomic. The select is a materialized
 * CTE because PostgreSQL may plan `id IN (subquery)` as a join that re-runs the subquery: each run
 * skips the rows the statement itself just locked and returns the next ones, so one worker claimed
 * the whole queue past its limit and starved the others. The outer condition is repeated so a row
 * changed under the claim is re-checked against its newest version.
 */
export async function claimDue(db: Db, claim: Claim): Promise<ClaimedRow[]> {
  const now = claim.now.toISOString();
  const rows = await db
    .with(
      (cte) => cte('due').materialized(),
      (qb) =>
        qb
          .selectFrom('outbox')
          .select('id')
          .where((eb) => claimable(eb, now))
          .orderBy('next_attempt_at')
          .limit(claim.limit)
          .$if(capabilitiesOf(db).supportsSkipLocked, (select) => select.forUpdate().skipLocked()),
    )
    .updateTable('outbox')
    .set({ status: 'sending', claimed_by: claim.instanceId, claimed_until: claim.until.toISOString() })
    .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
    .where((eb) => claimable(eb, now))
    .returning(['id', 'recipient_person_id', 'payload', 'attempts', 'next_attempt_at', 'parts_sent', 'claimed_until', 'provider_message_id'])
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      recipientPersonId: row.recipient_person_id,
      payload: row.payload,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      partsSent: row.parts_sent,
      claimedUntil: row.claimed_until ?? claim.until.toISOString(),
      providerMessageIds: parseIds(row.provider_message_id),
    }))
    .sort((a, b) => (a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : 0));
}

function parseIds(text: string | null): string[] {
  if (!text) return [];
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) ? ids.map(String) : [];
  } catch {
    return [];
  }
}

/** The one worker that may write a row: still `sending`, and claimed by this instance. */
interface Owned {
  id: string;
  instanceId: string;
}

export type RowPatch = Partial<Pick<OutboxTable, 'status' | 'attempts' | 'next_attempt_at' | 'claimed_until' | 'sent_at' | 'last_error'>> & {
  partsSent?: number;
  providerMessageIds?: string[];
};

/**
 * Writes a row this instance holds; false if it lost the claim (its lease ran out and another
 * instance took the row), in which case the caller must not send anything more for it.
 */
export async function updateOwned(db: Db, owned: Owned, patch: RowPatch): Promise<boolean> {
  const { partsSent, providerMessageIds, ...columns } = patch;
  const result = await db
    .updateTable('outbox')
    .set({
      ...columns,
      ...(partsSent === undefined ? {} : { parts_sent: partsSent }),
      ...(providerMessageIds === undefined ? {} : { provider_message_id: JSON.stringify(providerMessageIds) }),
    })
    .where('id', '=', owned.id)
    .where('status', '=', 'sending')
    .where('claimed_by', '=', owned.instanceId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Hands rows this instance claimed but did not start back to the queue, as they were (progress kept). */
export async function releaseClaims(db: Db, ids: readonly string[], instanceId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ status: 'pending', claimed_by: null, claimed_until: null })
    .where('id', 'in', [...ids])
    .where('status', '=', 'sending')
    .where('claimed_by', '=', instanceId)
    .execute();
}

export interface Recipient {
  personId: string;
  /** Null when the person has not linked a bot chat. */
  chatId: string | null;
  active: boolean;
}

/** The bot chats of the given people, read when their messages are sent (a chat may link late). */
export async function recipientsOf(db: Db, personIds: readonly string[]): Promise<Map<string, Recipient>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'bot_chat_id', 'active']).where('id', 'in', [...personIds]).execute();
  return new Map(rows.map((row) => [row.id, { personId: row.id, chatId: row.bot_chat_id, active: row.active === 1 }]));
}

export interface DeliveryFilter {
  /** Messages whose dedupe key starts with this, e.g. `announcement:<id>:` for one broadcast. */
  dedupeKeyPrefix?: string;
  /** Recipients in the unit at this path or below it (`units.path`, e.g. `/xa-dak-koi/`). */
  unitPath?: string;
  /** Messages created at or after this instant. */
  createdSince?: Date;
}

/**
 * A message's state as its recipient experiences it: one inside a digest has the digest's state,
 * and one held for a digest is still waiting to be sent (`pending`).
 */
// A subquery only for digested rows: most rows are not, and a join would probe for every one.
const experienced = sql<string>`case ${sql.ref('outbox.status')} when 'held' then 'pending' when 'digested' then (select d.status from outbox d where d.id = ${sql.ref('outbox.digest_id')}) else ${sql.ref('outbox.status')} end`;

/** Outbox rows as recipients experience them; digest rows themselves are left out (their messages count). */
function withExperiencedStatus(db: Db) {
  return db.selectFrom('outbox').where(dedupeKeyStarts(DIGEST_KEY_PREFIX), '!=', DIGEST_KEY_PREFIX);
}

/** substr rather than LIKE: a dedupe key may hold `_` or `%`, and the engines escape LIKE differently. */
function dedupeKeyStarts(prefix: string) {
  return sql<string>`substr(${sql.ref('outbox.dedupe_key')}, 1, ${prefix.length})`;
}

/** Each recipient's delivery state among the messages whose dedupe key starts with `prefix` (one per person, e.g. one broadcast). */
export async function statusesByRecipient(db: Db, prefix: string): Promise<Map<string, string>> {
  const rows = await withExperiencedStatus(db).select(['outbox.recipient_person_id', experienced.as('status')]).where(dedupeKeyStarts(prefix), '=', prefix).execute();
  return new Map(rows.map((row) => [row.recipient_person_id, row.status]));
}

/** Each message's delivery state by dedupe key, among those whose key starts with `prefix` (e.g. one broadcast's group posts). */
export async function statusesByKey(db: Db, prefix: string): Promise<Map<string, string>> {
  const rows = await withExperiencedStatus(db).select(['outbox.dedupe_key', experienced.as('status')]).where(dedupeKeyStarts(prefix), '=', prefix).execute();
  return new Map(rows.map((row) => [row.dedupe_key, row.status]));
}

/** How many messages are in each delivery state, every state present (0 when none), for officers' views. */
export async function deliveryStatusCounts(db: Db, filter: DeliveryFilter = {}): Promise<Record<DeliveryStatus, number>> {
  const { dedupeKeyPrefix, unitPath, createdSince } = filter;
  const rows = await withExperiencedStatus(db)
    .$if(unitPath !== undefined, (qb) =>
      qb
        .innerJoin('people', 'people.id', 'outbox.recipient_person_id')
        .innerJoin('units', 'units.id', 'people.unit_id')
        // Unit ids are [a-z0-9-] (org/repo), so a path used as a LIKE prefix holds no wildcard.
        .where('units.path', 'like', `${unitPath}%`),
    )
    .$if(dedupeKeyPrefix !== undefined, (qb) => qb.where(dedupeKeyStarts(dedupeKeyPrefix ?? ''), '=', dedupeKeyPrefix ?? ''))
    .$if(createdSince !== undefined, (qb) => qb.where('outbox.created_at', '>=', createdSince?.toISOString() ?? ''))
    .select([experienced.as('status'), (eb) => eb.fn.countAll<string | number>().as('count')])
    .groupBy(experienced)
    .execute();
  const counts = Object.fromEntries(deliveryStatuses.map((status) => [status, 0])) as Record<DeliveryStatus, number>;
  for (const row of rows) {
    if ((deliveryStatuses as readonly string[]).includes(row.status)) counts[row.status as DeliveryStatus] += Number(row.count);
  }
  return counts;
}
