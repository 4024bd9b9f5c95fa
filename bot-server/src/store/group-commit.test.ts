import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, SqliteDialect, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommitter } from './group-commit';
import { walSyncer } from './wal-sync';

// The committer only touches the tables its works touch: a one-table schema is enough here.
interface Schema {
  notes: { id: string };
}

/** A WAL sync the test releases by hand, to see who is answered before the disk said yes. */
function heldSync() {
  const waiting: Array<{ resolve(): void; reject(error: Error): void }> = [];
  return {
    calls: () => waiting.length,
    sync: () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })),
    release: () => waiting.splice(0).forEach((call) => call.resolve()),
    fail: (error: Error) => waiting.splice(0).forEach((call) => call.reject(error)),
  };
}

const settled = (promise: Promise<unknown>) => Promise.race([promise.then(() => 'resolved', () => 'rejected'), new Promise((resolve) => setTimeout(() => resolve('pending'), 20))]);

describe('group commit with the WAL synced apart', () => {
  let dir: string;
  let file: string;
  let db: Kysely<Schema>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tds-group-commit-'));
    file = join(dir, 'store.sqlite');
    const database = new SqliteDatabase(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
    await db.schema.createTable('notes').addColumn('id', 'text', (column) => column.primaryKey()).execute();
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: string) => async (trx: Transaction<Schema>) => {
    await trx.insertInto('notes').values({ id }).execute();
    return id;
  };
  const ids = async () => (await db.selectFrom('notes').select('id').orderBy('id').execute()).map((row) => row.id);

  it('answers writers only once the WAL sync after their commit has finished', async () => {
    const disk = heldSync();
    const transact = groupCommitter(db, disk.sync);
    const writes = [transact(insert('a')), transact(insert('b'))];
    await expect.poll(disk.calls).toBe(1);
    // Committed (visible) but not yet answered: the disk has not confirmed it.
    expect(await ids()).toEqual(['a', 'b']);
    expect(await Promise.all(writes.map(settled))).toEqual(['pending', 'pending']);
    disk.release();
    expect(await Promise.all(writes)).toEqual(['a', 'b']);
  });

  it('leaves the connection syncing every commit itself outside the batch', async () => {
    const transact = groupCommitter(db, async () => {});
    await transact(insert('a'));
    const setting = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(setting.rows[0]?.synchronous).toBe(2);
  });

  it('fails a write alone when it throws, and every write of a batch whose sync failed', async () => {
    const disk = heldSync();
    const transact = groupCommitter(db, disk.sync);
    const good = transact(insert('a'));
    const bad = transact(async () => {
      throw new Error('không hợp lệ');
    });
    await expect(bad).rejects.toThrow('không hợp lệ');
    await expect.poll(disk.calls).toBe(1);
    disk.fail(new Error('EIO'));
    await expect(good).rejects.toThrow('EIO');
  });

  it('gathers the writes that arrive during a batch\'s fsync into one next commit', async () => {
    const disk = heldSync();
    const transact = groupCommitter(db, disk.sync);
    const first = transact(insert('a'));
    await expect.poll(disk.calls).toBe(1);
    const later = [transact(insert('b')), transact(insert('c'))];
    // Waiting: the next batch starts once the disk has confirmed the one before it.
    expect(await ids()).toEqual(['a']);
    disk.release();
    expect(await first).toBe('a');
    await expect.poll(disk.calls).toBe(1);
    expect(await ids()).toEqual(['a', 'b', 'c']);
    disk.release();
    expect(await Promise.all(later)).toEqual(['b', 'c']);
  });

  it('syncs the real WAL file, and closes it only after the flush under way', async () => {
    await db.insertInto('notes').values({ id: 'x' }).execute();
    const wal = walSyncer(`${file}-wal`);
    await wal.sync();
    const flushing = wal.sync();
    await wal.close();
    await expect(flushing).resolves.toBeUndefined();
  });
});
