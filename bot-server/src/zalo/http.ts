/** The part of `fetch` the clients use, so tests and callers can inject their own. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TextResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type FetchFailure = { kind: 'network' | 'timeout'; detail: string };

/**
 * One HTTP exchange with a deadline covering headers *and* body, answering the body as text so the
 * caller can parse it carefully (big ids). A caller's `signal` aborting rethrows its reason untouched:
 * stopping is not a failure. Failure details carry an error code only, never the URL (it holds the bot token).
 */
export async function fetchText(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  opts: { timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<{ ok: true; response: TextResponse } | ({ ok: false } & FetchFailure)> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  try {
    const res = await fetchFn(url, { ...init, signal });
    const text = await res.text();
    return { ok: true, response: { status: res.status, headers: res.headers, text } };
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (timeout.aborted) return { ok: false, kind: 'timeout', detail: `no answer within ${opts.timeoutMs} ms` };
    return { ok: false, kind: 'network', detail: describeNetworkError(err) };
  }
}

/** undici hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause.code`. */
function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return err instanceof Error ? err.name : 'network error';
}

/** Parses JSON without throwing; `undefined` means "not JSON". */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
