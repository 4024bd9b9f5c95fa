/** What every benchmark reports: named figures, at least one of them a ratio against a same-run baseline. */
export interface BenchResult {
  /** Keys as the issues name them, e.g. "plans.extract_ms_per_page". */
  metrics: Record<string, number>;
  /** One line per metric for the README table: what was compared with what. */
  notes: Record<string, string>;
}

export interface BenchContext {
  /** Short mode (CI): tiny sizes, checks the benchmark runs; its numbers are not meaningful. */
  short: boolean;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}

/** Median of several timed runs of `fn`, in milliseconds. The median resists this shared machine's noise. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
