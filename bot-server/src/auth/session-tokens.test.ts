import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_MS, signAccessToken, verifyAccessToken } from './session-tokens';

const secret = 'x'.repeat(32);

describe('access tokens', () => {
  it('round-trips the person id until expiry', () => {
    const { token } = signAccessToken(secret, 'person-1', 1_000);
    expect(verifyAccessToken(secret, token, 1_000 + ACCESS_TOKEN_TTL_MS - 1)).toBe('person-1');
    expect(verifyAccessToken(secret, token, 1_000 + ACCESS_TOKEN_TTL_MS)).toBeNull();
  });
  it('rejects a token signed with another secret or tampered with', () => {
    const { token } = signAccessToken(secret, 'person-1', 0);
    expect(verifyAccessToken('y'.repeat(32), token, 1)).toBeNull();
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', exp: 9e15 })).toString('base64url');
    expect(verifyAccessToken(secret, `${forged}.${signature}`, 1)).toBeNull();
    expect(verifyAccessToken(secret, `${payload}.${signature}.x`, 1)).toBeNull();
    expect(verifyAccessToken(secret, 'garbage', 1)).toBeNull();
  });
});
