import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite: writes that arrive while a commit is being made are run together in the
 * next transaction, each inside its own savepoint, and acknowledged after that one commit. SQLite
 * fsyncs once per commit (synchronous=FULL), so under load many submissions share one fsync
 * instead of queueing for one each. A work that throws rolls back to its savepoint only; the
 * others still commit. Nobody is answered before the commit that holds their write.
 */
export function groupCommitter(db: Kysely<Database>): <T>(work: Work<T>) => Promise<T> {
  let queue: Pending[] = [];
  let running = false;

  async function flush(): Promise<void> {
    running = true;
    // Let the event loop read the requests already on the sockets before the batch is cut: they
    // join this commit instead of waiting for the next fsync (SQLite's fsync blocks this thread).
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await runBatch(db, batch);
    }
    running = false;
  }

  return <T>(work: Work<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) void flush();
    });
}

async function runBatch(db: Kysely<Database>, batch: Pending[]): Promise<void> {
  const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
  let trx: ControlledTransaction<Database> | null = null;
  try {
    trx = await db.startTransaction().execute();
    const [only] = batch;
    if (batch.length === 1 && only) {
      // Alone in the batch: no savepoint needed, a failure rolls the transaction back.
      const value = await only.work(trx);
      await trx.commit().execute();
      only.resolve(value);
      return;
    }
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
  } catch (error) {
    if (trx) await trx.rollback().execute().catch(() => undefined);
    for (const pending of batch) pending.reject(error);
    return;
  }
  batch.forEach((pending, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) pending.resolve(outcome.value);
    else pending.reject(outcome.error);
  });
}
