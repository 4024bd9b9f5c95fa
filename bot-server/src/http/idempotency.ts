import type { Transaction } from 'kysely';
import type { Store } from '../store/open-store';
import type { Database } from '../store/schema';
import { badRequest } from './errors';

export interface IdempotentResult<T> {
  status: number;
  body: T;
}

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** Validates the `Idempotency-Key` header a retried or double-tapped write carries. */
export function idempotencyKeyOf(header: string | undefined): string {
  if (!header || !KEY.test(header)) {
    throw badRequest('Thiếu hoặc sai mã chống gửi trùng (Idempotency-Key)', { idempotencyKey: 'Cần mã Idempotency-Key gồm 8–100 chữ, số, "-" hoặc "_"' });
  }
  return header;
}

/** A key already spent on another operation: never replay an answer to a different question. */
export function keyReused(): Error {
  return badRequest('Mã chống gửi trùng đã dùng cho thao tác khác', { idempotencyKey: 'Mã đã dùng cho thao tác khác' });
}

/**
 * Runs a write once per (person, key): the first call runs `work` and records its answer in the
 * same transaction; every later call with the key gets that answer back, never a second record.
 * Two racing calls: the ledger's primary key lets one commit; the other's work is rolled back and
 * it replays the answer that committed.
 */
export async function runIdempotent<T>(
  store: Pick<Store, 'db' | 'transact'>,
  scope: { personId: string; key: string; operation: string; at: Date },
  work: (trx: Transaction<Database>) => Promise<IdempotentResult<T>>,
): Promise<IdempotentResult<T>> {
  const { db } = store;
  const replay = async () => {
    const row = await db.selectFrom('idempotency_keys').selectAll().where('person_id', '=', scope.personId).where('key', '=', scope.key).executeTakeFirst();
    if (!row) return null;
    if (row.operation !== scope.operation) throw keyReused();
    return { status: row.status, body: JSON.parse(row.response) as T };
  };
  // No look-up first: a retry is rare, so the common path goes straight to the write, and a
  // repeated key fails on the ledger's primary key, rolls its work back and replays the first answer.
  try {
    return await store.transact(async (trx) => {
      const result = await work(trx);
      await trx
        .insertInto('idempotency_keys')
        .values({ person_id: scope.personId, key: scope.key, operation: scope.operation, status: result.status, response: JSON.stringify(result.body), created_at: scope.at.toISOString() })
        .execute();
      return result;
    });
  } catch (error) {
    const raced = await replay();
    if (raced) return raced;
    throw error;
  }
}
