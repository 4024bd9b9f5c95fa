import { closeSync, fdatasync, openSync } from 'node:fs';

export interface WalSyncer {
  /** Resolves once everything written to the WAL before the call is on disk. */
  sync(): Promise<void>;
  /** Waits for the flush under way (its writers are still to be answered), then lets go of the file. */
  close(): Promise<void>;
}

/**
 * Makes what SQLite wrote to its WAL file durable off the event loop: fdatasync runs on libuv's
 * thread pool while the server goes on with the next requests. fsync flushes the file, not the
 * descriptor, so our own descriptor covers what SQLite's connection wrote; the file keeps its inode
 * while our connection is open (SQLite removes it only when the last connection closes).
 */
export function walSyncer(walFile: string): WalSyncer {
  let fd: number | null = null;
  let last: Promise<void> = Promise.resolve();

  return {
    sync() {
      // Opened on first use: SQLite creates the file with the first write after opening.
      fd ??= openSync(walFile, 'r');
      const descriptor = fd;
      const flushed = new Promise<void>((resolve, reject) => fdatasync(descriptor, (error) => (error ? reject(error) : resolve())));
      last = flushed.catch(() => undefined);
      return flushed;
    },
    async close() {
      await last;
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
