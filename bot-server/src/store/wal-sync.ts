import { closeSync, fdatasync, openSync } from 'node:fs';

export interface WalSyncer {
  /** Resolves once everything written to the WAL before the call is on disk. */
  sync(): Promise<void>;
  /** Waits for the flushes under way (their writers are still to be answered), then lets go of the file. */
  close(): Promise<void>;
}

/**
 * Makes what SQLite wrote to its WAL file durable off the event loop: fdatasync runs on libuv's
 * thread pool while the server goes on with the next requests. fsync flushes the file, not the
 * descriptor, so our own descriptor covers what SQLite's connection wrote; the file keeps its inode
 * while our connection is open (SQLite removes it only when the last connection closes). Calls that
 * come while a flush is running share the one started right after it: the running flush may have
 * begun before their commit, so it cannot vouch for them.
 */
export function walSyncer(walFile: string): WalSyncer {
  let fd: number | null = null;
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  function flushNow(): Promise<void> {
    // Opened on first use: SQLite creates the file with the first write after opening.
    fd ??= openSync(walFile, 'r');
    const descriptor = fd;
    return new Promise((resolve, reject) => fdatasync(descriptor, (error) => (error ? reject(error) : resolve())));
  }

  function sync(): Promise<void> {
    if (!running) {
      running = flushNow().finally(() => {
        running = null;
      });
      return running;
    }
    next ??= running.then(startNext, startNext);
    return next;
  }

  function startNext(): Promise<void> {
    next = null;
    return sync();
  }

  return {
    sync,
    async close() {
      await (next ?? running)?.catch(() => undefined);
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
