import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * `<store>.pid` names the process that has a SQLite store open, so `npm run restore` can refuse to
 * pull a file from under a running server. A pid file left by kill -9 names a dead process: ignored.
 */
export function markStoreInUse(file: string): () => void {
  const pidFile = `${file}.pid`;
  writeFileSync(pidFile, String(process.pid));
  return () => {
    if (storeUser(file) === process.pid) rmSync(pidFile, { force: true });
  };
}

/** The live process that has the store open, or null. */
export function storeUser(file: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(`${file}.pid`, 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive but someone else's process, still a user of the store.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
