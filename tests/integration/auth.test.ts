import type { ApiError, NeedsJoin, Session } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`sign-in with Zalo (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /healthz once ready', async () => {
    expect(await api(server.url, 'GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
  });

  it('rejects malformed JSON, wrong types and oversized bodies with Vietnamese 4xx', async () => {
    const malformed = await api<ApiError>(server.url, 'POST', '/api/auth/zalo', { rawBody: '{"accessToken":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe('Dữ liệu JSON không hợp lệ');

    const wrongType = await api<ApiError>(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.fields?.accessToken).toMatch(/mã truy cập Zalo/i);

    const oversized = await api<ApiError>(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: 'x'.repeat(200_000) } });
    expect(oversized.status).toBe(413);
    expect(oversized.body.error.message).toMatch(/quá lớn/);
  });

  it('rejects a forged Zalo token and an expired one with 401', async () => {
    const forged = await api<ApiError>(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: 'forged-token' } });
    expect(forged.status).toBe(401);
    expect(forged.body.error.message).toMatch(/Zalo/);

    const people = await api<Array<{ personId: string; zaloAppUserId: string }>>(server.url, 'GET', '/sandbox/demo-people');
    const teacher = people.body.find((person) => person.personId === demo.primaryTeacher)!;
    const token = server.sandbox!.simulator.control.issueAccessToken(teacher.zaloAppUserId, { ttlSeconds: 60 });
    server.sandbox!.simulator.control.expireToken(token);
    const expired = await api(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: token } });
    expect(expired.status).toBe(401);
  });

  it('signs a linked person in and serves /api/me only with the session', async () => {
    const session = await signInAs(server.url, demo.primaryTeacher);
    expect(session.person).toMatchObject({ id: demo.primaryTeacher, role: 'teacher', zaloLinked: true });
    expect(session.unit.name).toBe('Tổ khối 1–2–3');
    expect(JSON.stringify(session)).not.toMatch(/zalo_user_id|bot_user_id/);

    expect((await api(server.url, 'GET', '/api/me')).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/me', { token: 'abc.def' })).status).toBe(401);
    const me = await api<{ person: { fullName: string } }>(server.url, 'GET', '/api/me', { token: session.token });
    expect(me.status).toBe(200);
    expect(me.body.person.fullName).toBe('Y Vân');
  });

  it('rotates refresh tokens: the old one stops working', async () => {
    const session = await signInAs(server.url, demo.primaryTeacher);
    const renewed = await api<Session>(server.url, 'POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refreshToken).not.toBe(session.refreshToken);
    const reused = await api(server.url, 'POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(reused.status).toBe(401);
  });

  it('links an unknown Zalo user through a join code, with field errors for bad codes', async () => {
    const newcomer = await api<{ accessToken: string }>(server.url, 'POST', '/sandbox/new-zalo-user', { body: { name: 'Rơ Châm Thị Hạnh' } });
    const first = await api<NeedsJoin>(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: newcomer.body.accessToken } });
    expect(first.body).toEqual({ needsJoin: true, zaloName: 'Rơ Châm Thị Hạnh' });

    const malformed = await api<ApiError>(server.url, 'POST', '/api/auth/join', { body: { accessToken: newcomer.body.accessToken, code: 'ab' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields?.code).toMatch(/6–12/);

    const unknown = await api<ApiError>(server.url, 'POST', '/api/auth/join', { body: { accessToken: newcomer.body.accessToken, code: 'ZZZZZZZZ' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.code).toMatch(/không đúng/);

    const joined = await api<Session>(server.url, 'POST', '/api/auth/join', { body: { accessToken: newcomer.body.accessToken, code: 'dakkoi25' } });
    expect(joined.status).toBe(200);
    expect(joined.body.person).toMatchObject({ fullName: 'Rơ Châm Thị Hạnh', role: 'teacher', unitId: 'th-dak-koi-to-4-5' });

    const again = await api<Session>(server.url, 'POST', '/api/auth/zalo', { body: { accessToken: newcomer.body.accessToken } });
    expect(again.body.person.id).toBe(joined.body.person.id);
  });

  it('spends a one-time code once, and an expired code explains itself', async () => {
    const principal = await signInAs(server.url, demo.primaryPrincipal);
    const code = await api<{ code: string }>(server.url, 'POST', '/api/org/join-codes', {
      token: principal.token,
      body: { unitId: 'th-dak-koi', role: 'teacher', maxUses: 1, validDays: 7 },
    });
    expect(code.status).toBe(201);

    const tokens = await Promise.all(
      ['Người Một', 'Người Hai'].map(async (name) => (await api<{ accessToken: string }>(server.url, 'POST', '/sandbox/new-zalo-user', { body: { name } })).body.accessToken),
    );
    const results = await Promise.all(tokens.map((accessToken) => api<ApiError>(server.url, 'POST', '/api/auth/join', { body: { accessToken, code: code.body.code } })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
    expect(results.find((result) => result.status === 400)!.body.error.fields?.code).toMatch(/dùng hết/);
  });
});
