import type { AckKind } from '@tds/shared';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

export interface AckAsk {
  kind: AckKind;
  subjectId: string;
  personId: string;
  label: string;
  link: string | null;
}

/** Rows per insert: 8 parameters a row, well under both engines' limits. */
const ACK_CHUNK = 1000;

/**
 * Records that these people were asked to confirm. Asking again (a later reminder, a re-send) makes
 * the request the person's latest again, unless they already confirmed it.
 */
export async function requestAcks(db: Db, asks: readonly AckAsk[], at: Date): Promise<void> {
  const requestedAt = at.toISOString();
  for (let i = 0; i < asks.length; i += ACK_CHUNK) {
    await db
      .insertInto('ack_requests')
      .values(asks.slice(i, i + ACK_CHUNK).map((ask) => ({ kind: ask.kind, subject_id: ask.subjectId, person_id: ask.personId, label: ask.label, link: ask.link, requested_at: requestedAt, acknowledged_at: null, channel: null })))
      .onConflict((oc) => oc.columns(['kind', 'subject_id', 'person_id']).doUpdateSet({ requested_at: requestedAt }).where('ack_requests.acknowledged_at', 'is', null))
      .execute();
  }
}

/**
 * Withdraws the requests of one kind whose subject starts with `prefix` that nobody answered yet
 * (an obligation no longer important): they leave the person's list and the bot's "1" no longer
 * confirms them. Confirmed ones stay as the record.
 */
export async function withdrawOpenAcks(db: Db, kind: AckKind, prefix: string): Promise<number> {
  const result = await db.deleteFrom('ack_requests').where('kind', '=', kind).where(subjectStarts(prefix)).where('acknowledged_at', 'is', null).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** `subject_id` starts with `prefix`, compared exactly (a LIKE pattern would need escaping). */
function subjectStarts(prefix: string) {
  return (eb: ExpressionBuilder<Database, 'ack_requests'>) => eb(eb.fn('substr', ['ack_requests.subject_id', eb.val(1), eb.val(prefix.length)]), '=', prefix);
}

/** The subjects of one kind starting with `prefix` that anyone was asked to confirm (a reminder's due days), newest request first. */
export async function askedSubjects(db: Db, kind: AckKind, prefix: string): Promise<string[]> {
  const rows = await db.selectFrom('ack_requests').select('subject_id').select((eb) => eb.fn.max('requested_at').as('last')).where('kind', '=', kind).where(subjectStarts(prefix)).groupBy('subject_id').orderBy('last', 'desc').execute();
  return rows.map((row) => row.subject_id);
}

/** Everyone asked to confirm one subject, with their unit and what they were asked (label, link). */
export function ackRequestsFor(db: Db, kind: AckKind, subjectId: string) {
  return db
    .selectFrom('ack_requests')
    .innerJoin('people', 'people.id', 'ack_requests.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['ack_requests.person_id', 'people.full_name', 'units.id as unit_id', 'units.name as unit_name', 'ack_requests.acknowledged_at', 'ack_requests.label', 'ack_requests.link'])
    .where('ack_requests.kind', '=', kind)
    .where('ack_requests.subject_id', '=', subjectId)
    .execute();
}

export function findAckRequest(db: Db, kind: AckKind, subjectId: string, personId: string) {
  return db.selectFrom('ack_requests').selectAll().where('kind', '=', kind).where('subject_id', '=', subjectId).where('person_id', '=', personId).executeTakeFirst();
}

/** Whether anyone was asked to confirm this subject (tells "not yours" from "asks for nothing"). */
export async function anyAckRequest(db: Db, kind: AckKind, subjectId: string): Promise<boolean> {
  return (await db.selectFrom('ack_requests').select('person_id').where('kind', '=', kind).where('subject_id', '=', subjectId).limit(1).executeTakeFirst()) !== undefined;
}

/** The person's newest request still waiting for "Đã nhận". */
export function latestOpenAck(db: Db, personId: string) {
  return db.selectFrom('ack_requests').selectAll().where('person_id', '=', personId).where('acknowledged_at', 'is', null).orderBy('requested_at', 'desc').limit(1).executeTakeFirst();
}

export function ackRequestsOf(db: Db, personId: string, limit: number) {
  return db.selectFrom('ack_requests').selectAll().where('person_id', '=', personId).orderBy('requested_at', 'desc').limit(limit).execute();
}

/** Marks one request confirmed; a second confirmation keeps the first time. */
export async function markAcknowledged(db: Db, key: { kind: string; subjectId: string; personId: string }, at: Date, channel: 'app' | 'bot'): Promise<void> {
  await db
    .updateTable('ack_requests')
    .set({ acknowledged_at: at.toISOString(), channel })
    .where('kind', '=', key.kind)
    .where('subject_id', '=', key.subjectId)
    .where('person_id', '=', key.personId)
    .where('acknowledged_at', 'is', null)
    .execute();
}
