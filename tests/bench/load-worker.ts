import { randomUUID } from 'node:crypto';

/**
 * A load generator meant to run in its own process (so it does not share the server's event loop):
 * hammers one URL on 127.0.0.1 with fixed concurrency for a bounded time and request count,
 * then prints one JSON line with throughput and latency percentiles.
 *   node --import tsx tests/bench/load-worker.ts '<json options>'
 */
export interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  concurrency: number;
  durationMs: number;
  maxRequests: number;
  /** A header given a fresh UUID on every request (Idempotency-Key: each request a new record). */
  uniqueHeader?: string;
  /** Open-loop pacing: start requests at this rate instead of as fast as possible. */
  ratePerSecond?: number;
  /** Sends a multipart upload (field `file`) of a PNG this many bytes long instead of `body`. */
  uploadBytes?: number;
  /** Reports the `id` of every 2xx answer: what the server acknowledged (crash tests check each one was kept). */
  collectIds?: boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  acknowledged?: string[];
}

function pngOf(bytes: number): Uint8Array<ArrayBuffer> {
  const png = new Uint8Array(new ArrayBuffer(bytes));
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Different content per worker process so the server cannot dedupe the uploads away.
  png.set(Buffer.from(randomUUID()), 16);
  return png;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.url)) throw new Error('load only targets loopback');
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  let deadline = started + options.durationMs;
  // SIGTERM ends the run early: requests in flight finish, then the result is printed as usual.
  process.once('SIGTERM', () => {
    deadline = 0;
  });
  const upload = options.uploadBytes ? pngOf(options.uploadBytes) : null;
  const interval = options.ratePerSecond ? 1000 / options.ratePerSecond : 0;
  const worker = async () => {
    while (performance.now() < deadline && issued < options.maxRequests) {
      const slot = issued++;
      if (interval > 0) {
        const wait = started + slot * interval - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const t0 = performance.now();
      const headers = { ...options.headers, ...(options.uniqueHeader ? { [options.uniqueHeader]: randomUUID() } : {}) };
      let body: string | FormData | undefined = options.body;
      if (upload) {
        body = new FormData();
        body.append('file', new Blob([upload]), 'anh.png');
      }
      try {
        // A bounded wait: a request the server never answers must not hold the run (or a crash test) forever.
        const response = await fetch(options.url, { method: options.method ?? 'GET', headers, body, signal: AbortSignal.timeout(15_000) });
        const text = await response.text();
        if (response.status >= 400) errors++;
        else if (options.collectIds) acknowledged.push((JSON.parse(text) as { id: string }).id);
      } catch {
        errors++;
        // The server is down (a crash test restarting it): pause instead of spinning on refused connections.
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const result: LoadResult = { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), ...(options.collectIds ? { acknowledged } : {}) };
  console.log(JSON.stringify(result));
}

void main();
