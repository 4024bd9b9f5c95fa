import { sql, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

export type Work<T, DB = Database> = (trx: Transaction<DB>) => Promise<T>;

interface Pending<DB> {
  work: Work<unknown, DB>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite: writes that arrive while a batch is being committed and synced are run
 * together in the next transaction, each inside its own savepoint, and acknowledged once that one
 * commit is on disk: under load many submissions share one commit and one fsync instead of
 * queueing for one each. A work that throws rolls back to its savepoint only; the others still
 * commit.
 *
 * The fsync leaves the event loop (better-sqlite3 would block the only thread on it): the batch
 * commits with synchronous=NORMAL, so its frames reach the OS (which already survives kill -9),
 * and `syncWal` makes the WAL durable (power loss too) on the thread pool while the event loop
 * reads, checks and queues the next requests. The connection's own setting stays FULL, so a write
 * outside `transact` still syncs itself.
 */
export function groupCommitter<DB = Database>(db: Kysely<DB>, syncWal: () => Promise<void>): <T>(work: Work<T, DB>) => Promise<T> {
  let queue: Array<Pending<DB>> = [];
  let running = false;

  async function flush(): Promise<void> {
    running = true;
    // Let the event loop read the requests already on the sockets before the batch is cut: they
    // join this commit instead of waiting for the next one. Later ones gather during its fsync.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await commitBatch(db, batch, syncWal);
    }
    running = false;
  }

  return <T>(work: Work<T, DB>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) void flush();
    });
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Runs the batch in one transaction; every work's outcome once it has committed (or all failed). */
async function runBatch<DB>(db: Kysely<DB>, batch: Array<Pending<DB>>): Promise<Outcome[]> {
  let trx: ControlledTransaction<DB> | null = null;
  try {
    trx = await db.startTransaction().execute();
    const [only] = batch;
    if (batch.length === 1 && only) {
      // Alone in the batch: no savepoint needed, a failure rolls the transaction back.
      const value = await only.work(trx);
      await trx.commit().execute();
      return [{ ok: true, value }];
    }
    const outcomes: Outcome[] = [];
    for (const [index, pending] of batch.entries()) {
      const name = `w${index}`;
      const inSavepoint = await trx.savepoint(name).execute();
      try {
        outcomes.push({ ok: true, value: await pending.work(inSavepoint) });
        await inSavepoint.releaseSavepoint(name).execute();
      } catch (error) {
        outcomes.push({ ok: false, error });
        await inSavepoint.rollbackToSavepoint(name).execute();
        await inSavepoint.releaseSavepoint(name).execute();
      }
    }
    await trx.commit().execute();
    return outcomes;
  } catch (error) {
    if (trx) await trx.rollback().execute().catch(() => undefined);
    return batch.map(() => ({ ok: false, error }));
  }
}

/**
 * Commits without waiting for the disk, on one connection held from the pragma to its reset so no
 * other write runs unsynced in between, then answers the batch once the WAL is on disk.
 */
async function commitBatch<DB>(db: Kysely<DB>, batch: Array<Pending<DB>>, syncWal: () => Promise<void>): Promise<void> {
  const outcomes = await db
    .connection()
    .execute(async (connection) => {
      await sql`pragma synchronous = normal`.execute(connection);
      try {
        return await runBatch(connection, batch);
      } finally {
        await sql`pragma synchronous = full`.execute(connection);
      }
    })
    .catch((error: unknown) => batch.map((): Outcome => ({ ok: false, error })));
  const committed: Array<{ pending: Pending<DB>; value: unknown }> = [];
  batch.forEach((pending, index) => {
    const outcome = outcomes[index]!;
    // A failed work wrote nothing (its savepoint was rolled back): it can hear so at once.
    if (outcome.ok) committed.push({ pending, value: outcome.value });
    else pending.reject(outcome.error);
  });
  if (committed.length === 0) return;
  try {
    await syncWal();
  } catch (error) {
    committed.forEach(({ pending }) => pending.reject(error));
    return;
  }
  committed.forEach(({ pending, value }) => pending.resolve(value));
}
