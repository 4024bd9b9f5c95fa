import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LoadOptions, LoadResult } from './load-worker';

const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const run = promisify(execFile);

/** Starts the load worker in a second process; `stop()` ends it early (it still reports what it measured). */
export function startLoad(options: LoadOptions): { result: Promise<LoadResult>; stop(): void } {
  const running = run(process.execPath, ['--import', 'tsx', worker, JSON.stringify(options)], { timeout: options.durationMs + 60_000, maxBuffer: 64 * 1024 * 1024 });
  return {
    result: running.then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult),
    stop: () => running.child.kill('SIGTERM'),
  };
}

/** Runs the load worker in a second process and returns its measurements. */
export function loadFromSecondProcess(options: LoadOptions): Promise<LoadResult> {
  return startLoad(options).result;
}
