import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Access tokens live 15 minutes: a lost phone's session dies quickly; the refresh token renews it. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60 * 1000;
/** Refresh tokens live 30 days and rotate on every use. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

interface Claims {
  sub: string;
  exp: number;
}

/**
 * Compact signed tokens `<base64url claims>.<base64url HMAC-SHA256>`. Stateless so any instance can
 * verify them; the person is still loaded per request, so deactivation takes effect at once.
 */
export function signAccessToken(secret: string, personId: string, now: number): { token: string; expiresAt: Date } {
  const exp = now + ACCESS_TOKEN_TTL_MS;
  const payload = Buffer.from(JSON.stringify({ sub: personId, exp } satisfies Claims)).toString('base64url');
  return { token: `${payload}.${sign(secret, payload)}`, expiresAt: new Date(exp) };
}

/** The person id of a valid, unexpired token; null for anything else. */
export function verifyAccessToken(secret: string, token: string, now: number): string | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp <= now) return null;
    return claims.sub;
  } catch {
    return null;
  }
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Random opaque secrets (refresh tokens, bot link codes) are stored only as their SHA-256. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
