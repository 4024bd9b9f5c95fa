import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenZaloSimulator, type RunningSimulator } from '../sandbox/zalo-simulator/listen';
import { ZaloAuthError, ZaloUnavailableError } from './errors';
import { createZaloGraphClient, readUserId } from './graph-client';
import type { FetchLike } from './http';

const APP_SECRET = 'test-app-secret';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await listenZaloSimulator({ appSecret: APP_SECRET, botToken: '111:bot-secret', botName: 'Bot thử', seed: 'graph-tests' });
});
afterAll(() => sim.close());

const client = (appSecret = APP_SECRET) => createZaloGraphClient({ baseUrl: sim.graphBaseUrl, appSecret, timeoutMs: 2000 });

/** A fetch that answers `body` without any network, to shape answers the simulator never gives. */
const answering = (body: string, status = 200): FetchLike => async () => new Response(body, { status });

describe('Graph getMe against the simulator', () => {
  it('rejects a token signed with the wrong app secret (-242)', async () => {
    const user = sim.control.createUser({ name: 'Lê Văn Khách' });
    const token = sim.control.issueAccessToken(user.appUserId);
    const error = await client('not-the-secret').getMe(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloAuthError);
    expect(error).toMatchObject({ reason: 'bad_proof', zaloCode: -242 });
  });

  it('rejects an unknown token (-124) and an expired one (-216)', async () => {
    await expect(client().getMe('made-up-token')).rejects.toMatchObject({ name: 'ZaloAuthError', zaloCode: -124 });
    const user = sim.control.createUser({ name: 'Trần Thị Hết Hạn' });
    const token = sim.control.issueAccessToken(user.appUserId, { ttlSeconds: 60 });
    sim.control.expireToken(token);
    await expect(client().getMe(token)).rejects.toMatchObject({ name: 'ZaloAuthError', reason: 'expired_token', zaloCode: -216 });
  });

  it('refuses a token no HTTP header can carry without calling Zalo (found by fuzzing: it was a 503)', async () => {
    for (const token of ['', '\u0000', 'abc\r\nx-injected: 1', 'mã-token', ' ']) {
      await expect(client().getMe(token)).rejects.toMatchObject({ name: 'ZaloAuthError', reason: 'invalid_token' });
    }
  });

  it('returns the profile with the 19-digit id exactly as Zalo holds it', async () => {
    const user = sim.control.createUser({ name: 'Nguyễn Thị Hoa' });
    const token = sim.control.issueAccessToken(user.appUserId);
    const profile = await client().getMe(token);
    expect(profile).toEqual({ id: user.appUserId, name: 'Nguyễn Thị Hoa', pictureUrl: user.pictureUrl });
    expect(profile.id).toMatch(/^\d{19}$/);
    expect(BigInt(profile.id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});

describe('Graph getMe on answers the simulator does not give', () => {
  const getMe = (fetch: FetchLike, timeoutMs = 1000) =>
    createZaloGraphClient({ baseUrl: 'http://zalo.invalid', appSecret: APP_SECRET, fetch, timeoutMs }).getMe('tok');

  it('recovers a numeric 19-digit id from the raw text instead of the rounded number', async () => {
    const profile = await getMe(answering('{"id": 1234567890123456789, "name": "A", "error": 0}'));
    expect(profile.id).toBe('1234567890123456789');
  });

  it('refuses an ambiguous numeric id and a missing id', async () => {
    expect(readUserId(1, '{"id": 1, "x": {"id": 2}}')).toBeNull();
    await expect(getMe(answering('{"name": "A", "error": 0}'))).rejects.toMatchObject({ reason: 'missing_id' });
    await expect(getMe(answering('{"id": "", "error": 0}'))).rejects.toMatchObject({ reason: 'missing_id' });
  });

  it('treats an undocumented error code as a refusal, not an outage', async () => {
    await expect(getMe(answering('{"error": -999, "message": "?"}'))).rejects.toMatchObject({ name: 'ZaloAuthError', reason: 'rejected' });
  });

  it('reports 5xx, non-JSON, network failure and timeout as unavailable', async () => {
    await expect(getMe(answering('{"error": 0}', 502))).rejects.toBeInstanceOf(ZaloUnavailableError);
    await expect(getMe(answering('<html>oops</html>'))).rejects.toBeInstanceOf(ZaloUnavailableError);
    await expect(getMe(() => Promise.reject(new TypeError('fetch failed')))).rejects.toBeInstanceOf(ZaloUnavailableError);
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(getMe(hang, 50)).rejects.toThrow(/timeout/);
  });
});
