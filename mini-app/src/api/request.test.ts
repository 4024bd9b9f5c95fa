import { Session } from '@tds/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiRequestError } from './errors';
import { request } from './request';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function stubFetch(answer: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(answer);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected ApiRequestError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('unpacks the error envelope with its field messages', async () => {
    stubFetch(async () =>
      json(400, { error: { code: 'join_code_invalid', message: 'Mã tham gia không đúng', fields: { code: 'Mã đã hết hạn' } } }),
    );
    const error = await failure(request('/api/auth/join', { body: { code: 'ABC123' }, schema: Session }));
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'join_code_invalid', message: 'Mã tham gia không đúng' });
    expect(error.fields.code).toBe('Mã đã hết hạn');
  });

  it('gives a Vietnamese message when the error body is not the envelope', async () => {
    stubFetch(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await failure(request('/api/me', { schema: z.unknown() }));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.message).toContain('Máy chủ đang gặp sự cố');
  });

  it('turns a network failure into "Không kết nối được máy chủ"', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(request('/api/me', { schema: z.unknown() }));
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.message).toMatch(/^Không kết nối được máy chủ/);
  });

  it('rejects an answer that does not match the shared schema', async () => {
    stubFetch(async () => json(200, { token: 'x' }));
    const error = await failure(request('/api/auth/refresh', { body: { refreshToken: 'r' }, schema: Session }));
    expect(error.kind).toBe('bad_response');
  });

  it('sends JSON with the bearer token and returns the parsed body', async () => {
    const fetchMock = stubFetch(async () => json(200, { ok: true }));
    const body = await request('/api/x', { body: { a: 1 }, token: 'tok', schema: z.object({ ok: z.boolean() }) });
    expect(body).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/x');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' });
  });
});
