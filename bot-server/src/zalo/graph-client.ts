import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ZaloAuthError, ZaloUnavailableError, type ZaloAuthReason } from './errors';
import { fetchText, tryParseJson, type FetchLike } from './http';

export { ZaloAuthError, ZaloUnavailableError } from './errors';

export interface ZaloGraphClientOptions {
  /** `https://graph.zalo.me` in production, `http://host/zalo-sim/graph` in the sandbox. */
  baseUrl: string;
  /** The mini app's secret key: signs `appsecret_proof`; never sent itself. */
  appSecret: string;
  fetch?: FetchLike;
  /** Deadline for the whole exchange; sign-in waits on it, so keep it a few seconds. */
  timeoutMs: number;
}

export interface ZaloProfile {
  /** App-scoped Zalo user id: a numeric string up to 19 digits, kept as a string. */
  id: string;
  name: string | null;
  pictureUrl: string | null;
}

export interface ZaloGraphClient {
  getMe(accessToken: string): Promise<ZaloProfile>;
}

/** Graph answers errors with HTTP 200; success may or may not carry `error: 0`. */
const MeAnswer = z.looseObject({
  error: z.number().optional(),
  message: z.string().optional(),
  id: z.unknown().optional(),
  name: z.string().nullish(),
  picture: z.looseObject({ data: z.looseObject({ url: z.string().nullish() }).nullish() }).nullish(),
});

/** Codes seen for a bad or stale user token (-124, -216) and a bad proof (-242). */
const AUTH_REASONS: ReadonlyMap<number, ZaloAuthReason> = new Map([
  [-124, 'invalid_token'],
  [-216, 'expired_token'],
  [-242, 'bad_proof'],
]);

/** `hex(HMAC-SHA256(key = app secret, message = access token))`, as Zalo's own SDK computes it. */
export function appSecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

export function createZaloGraphClient(options: ZaloGraphClientOptions): ZaloGraphClient {
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function getMe(accessToken: string): Promise<ZaloProfile> {
    // A token fetch cannot put in a header (control or non-ASCII characters) is no Zalo token: a refusal,
    // not the "Zalo unreachable" the header error would otherwise turn into.
    if (!/^[\x21-\x7e]+$/.test(accessToken)) throw new ZaloAuthError('invalid_token', null, 'empty or malformed access token');
    const outcome = await fetchText(
      fetchFn,
      `${baseUrl}/v2.0/me?fields=id,name,picture`,
      {
        method: 'GET',
        headers: { access_token: accessToken, appsecret_proof: appSecretProof(options.appSecret, accessToken) },
      },
      { timeoutMs: options.timeoutMs },
    );
    if (!outcome.ok) throw new ZaloUnavailableError(`Zalo Graph ${outcome.kind}: ${outcome.detail}`);
    const { status, text } = outcome.response;
    if (status >= 500 || status === 429) throw new ZaloUnavailableError(`Zalo Graph HTTP ${status}`, status);

    const parsed = MeAnswer.safeParse(tryParseJson(text));
    if (!parsed.success) throw new ZaloUnavailableError(`Zalo Graph answered non-JSON or an unexpected shape (HTTP ${status})`, status);
    const body = parsed.data;
    if (body.error !== undefined && body.error !== 0) {
      // An undocumented code is still a refusal of this token: fail closed (401) rather than guess "retry".
      const reason = AUTH_REASONS.get(body.error) ?? 'rejected';
      throw new ZaloAuthError(reason, body.error, `Zalo Graph error ${body.error}`);
    }
    if (status !== 200) throw new ZaloUnavailableError(`Zalo Graph HTTP ${status}`, status);

    const id = readUserId(body.id, text);
    if (!id) throw new ZaloAuthError('missing_id', null, 'Zalo Graph answered without a user id');
    return { id, name: body.name || null, pictureUrl: body.picture?.data?.url || null };
  }

  return { getMe };
}

/**
 * Zalo sends ids as strings. Should one ever arrive as a JSON number, `JSON.parse` has already
 * rounded it (19 digits > 2^53), so we re-read the digits from the raw text — but only when exactly
 * one `"id": <digits>` occurs, so a nested id can never be mistaken for the user's.
 * Anything else (ambiguous, empty, absurd) counts as "no id".
 */
export function readUserId(parsedId: unknown, rawText: string): string | null {
  if (typeof parsedId === 'string') {
    const id = parsedId.trim();
    return id.length > 0 && id.length <= 64 ? id : null;
  }
  if (typeof parsedId !== 'number') return null;
  const matches = [...rawText.matchAll(/"id"\s*:\s*(\d{1,30})\s*[,}]/g)];
  if (matches.length !== 1) return null;
  return matches[0]?.[1] ?? null;
}
