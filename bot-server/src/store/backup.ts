import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { storeUser } from './store-lock';

/**
 * Copies a SQLite store while it runs, with SQLite's online backup API. The copy is taken in one
 * step: one read transaction gives a consistent snapshot, and WAL lets the server keep writing
 * meanwhile. (Copying in small steps would restart after every write of the server under load.)
 * The result is checked before it replaces `target`, so a target file is always a whole backup.
 */
export async function backupSqlite(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`Không tìm thấy cơ sở dữ liệu ${source}`);
  const database = new SqliteDatabase(source, { fileMustExist: true });
  const partial = `${target}.partial`;
  try {
    database.pragma('busy_timeout = 5000');
    rmSync(partial, { force: true });
    const { totalPages } = await database.backup(partial, { progress: () => 0x7fffffff });
    assertSound(partial);
    renameSync(partial, target);
    return { pages: totalPages };
  } finally {
    database.close();
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a backup in place of the store at `target`. Refuses while a live process has `target` open
 * unless `force`: the server would keep writing into a file that is no longer the one on disk.
 */
export async function restoreSqlite(backup: string, target: string, options: { force?: boolean } = {}): Promise<void> {
  if (!existsSync(backup)) throw new Error(`Không tìm thấy bản sao lưu ${backup}`);
  assertSound(backup);
  const user = storeUser(target);
  if (user !== null && !options.force) {
    throw new Error(`Cơ sở dữ liệu ${target} đang được tiến trình ${user} sử dụng: dừng máy chủ trước, hoặc dùng --force`);
  }
  // Through the backup API rather than a file copy: the result is a clean single file, whatever
  // journal mode the backup was taken in.
  const source = new SqliteDatabase(backup, { readonly: true, fileMustExist: true });
  const incoming = `${target}.restoring`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    rmSync(incoming, { force: true });
    await source.backup(incoming, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // The old WAL belongs to the old file: replayed over the restored one it would corrupt it.
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
}

/** A file that is a whole SQLite database and a store of this product (it has its migrations table). */
function assertSound(file: string): void {
  const database = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = database.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Bản sao ${file} bị hỏng: ${String(integrity)}`);
    const migrations = database.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'").get() as { n: number };
    if (migrations.n !== 1) throw new Error(`${file} không phải cơ sở dữ liệu Thi Đua Số`);
  } finally {
    database.close();
  }
}
