import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LoadOptions, LoadResult } from './load-worker';

const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const run = promisify(execFile);

/** Runs the load worker in a second process and returns its measurements. */
export async function loadFromSecondProcess(options: LoadOptions): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, JSON.stringify(options)], { timeout: options.durationMs + 60_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult;
}
