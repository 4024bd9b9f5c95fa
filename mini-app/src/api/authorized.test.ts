import type { Session } from '@tds/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { attachSessionHolder, authorizedRequest } from './authorized';

const person = {
  id: 'p1',
  unitId: 'u1',
  fullName: 'Nguyễn Văn An',
  phone: null,
  role: 'teacher',
  title: null,
  active: true,
  zaloLinked: true,
  botLinked: false,
  remindersPaused: false,
} as const;
const unit = { id: 'u1', kind: 'school', name: 'Trường THCS Lê Lợi', parentId: null, path: '/u1/' } as const;

function session(token: string, expiresInMs: number): Session {
  return { token, refreshToken: `refresh-${token}`, expiresAt: new Date(Date.now() + expiresInMs).toISOString(), person, unit };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const unauthorized = () => json(401, { error: { code: 'unauthorized', message: 'Phiên đăng nhập đã hết hạn' } });

let current: Session | null;
let expired: number;

beforeEach(() => {
  expired = 0;
  attachSessionHolder({
    current: () => current,
    replace: (next) => {
      current = next;
    },
    expire: () => {
      expired += 1;
      current = null;
    },
  });
});

afterEach(() => {
  attachSessionHolder(null);
  vi.unstubAllGlobals();
});

/** A fake bot-server: `/api/auth/refresh` answers `refresh()`, anything else `api(token)`. */
function server(api: (token: string | undefined) => Response, refresh: () => Response) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (input, init) => {
      const path = String(input);
      calls.push(path);
      if (path === '/api/auth/refresh') return refresh();
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      return api(auth?.replace('Bearer ', ''));
    }),
  );
  return calls;
}

const Ok = z.object({ ok: z.literal(true) });

describe('authorizedRequest', () => {
  it('refreshes once on a 401 and retries with the new token', async () => {
    current = session('old', 10 * 60_000);
    const calls = server(
      (token) => (token === 'new' ? json(200, { ok: true }) : unauthorized()),
      () => json(200, session('new', 10 * 60_000)),
    );
    await expect(authorizedRequest('/api/me', { schema: Ok })).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['/api/me', '/api/auth/refresh', '/api/me']);
    expect(current?.token).toBe('new');
  });

  it('refreshes before sending when the session is about to expire', async () => {
    current = session('old', 5_000);
    const calls = server(
      (token) => (token === 'new' ? json(200, { ok: true }) : unauthorized()),
      () => json(200, session('new', 10 * 60_000)),
    );
    await authorizedRequest('/api/me', { schema: Ok });
    expect(calls).toEqual(['/api/auth/refresh', '/api/me']);
  });

  it('signs out when the refresh token is rejected, and does not loop', async () => {
    current = session('old', 10 * 60_000);
    const calls = server(unauthorized, unauthorized);
    await expect(authorizedRequest('/api/me', { schema: Ok })).rejects.toMatchObject({ status: 401, code: 'session_expired' });
    expect(calls).toEqual(['/api/me', '/api/auth/refresh']);
    expect(expired).toBe(1);
  });

  it('shares one refresh between concurrent requests', async () => {
    current = session('old', 10 * 60_000);
    const calls = server(
      (token) => (token === 'new' ? json(200, { ok: true }) : unauthorized()),
      () => json(200, session('new', 10 * 60_000)),
    );
    await Promise.all([authorizedRequest('/a', { schema: Ok }), authorizedRequest('/b', { schema: Ok })]);
    expect(calls.filter((path) => path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('fails without a request when nobody is signed in', async () => {
    current = null;
    const calls = server(unauthorized, unauthorized);
    await expect(authorizedRequest('/api/me', { schema: Ok })).rejects.toMatchObject({ status: 401, code: 'signed_out' });
    expect(calls).toEqual([]);
  });
});
