import type { ApiError, NominationView, QuotaUsage } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`award nominations within the plans' quotas (${storeKind})`, () => {
  let server: TestServer;
  let principal: string;
  const nominate = (body: Record<string, unknown>, token = principal) =>
    api<NominationView & ApiError>(server.url, 'POST', '/api/awards', { token, body: { period: 'yearly-2026', achievement: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm học 2025–2026', ...body } });
  beforeAll(async () => {
    server = await startTestServer({}, { clock: { now: () => new Date('2026-05-20T03:00:00Z') } });
    principal = (await signInAs(server.url, demo.primaryPrincipal)).token;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('nominates within the quota, with the dossier checklist, copies and deadline', async () => {
    const first = await nominate({ form: 'giay_khen_xa', nomineeType: 'person', nomineeId: demo.primaryTeacher });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ nomineeName: 'Y Vân', copiesRequired: 1, dossierDueOn: '2026-05-30', warnings: [] });
    expect(first.body.checklist.map((entry) => entry.done)).toEqual([false, false, false, false]);
    const checked = await api<NominationView>(server.url, 'PUT', `/api/awards/${first.body.id}/checklist`, { token: principal, body: { items: { to_trinh: true, bao_cao_thanh_tich: true } } });
    expect(checked.body.checklist.filter((entry) => entry.done).map((entry) => entry.item)).toEqual(['to_trinh', 'bao_cao_thanh_tich']);

    expect((await nominate({ form: 'giay_khen_xa', nomineeType: 'person', nomineeId: 'demo-19' })).status).toBe(201);
    const over = await nominate({ form: 'giay_khen_xa', nomineeType: 'person', nomineeId: 'demo-21' });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toBe('Đã đủ chỉ tiêu Giấy khen của Chủ tịch UBND xã: tối đa 2 cá nhân cho đợt này');
    const collective = await nominate({ form: 'giay_khen_xa', nomineeType: 'unit', nomineeId: 'th-dak-koi-to-1-3' });
    expect(collective.status).toBe(201);

    const usage = await api<QuotaUsage>(server.url, 'GET', '/api/awards/quota?period=yearly-2026', { token: principal });
    expect(usage.body.find((row) => row.form === 'giay_khen_xa')).toMatchObject({ collectiveMax: 2, individualMax: 2, collectiveUsed: 1, individualUsed: 2 });
  });

  it('warns on two awards for one person in a period, refuses a duplicate and anyone under discipline', async () => {
    const second = await nominate({ form: 'bang_khen_tinh', nomineeType: 'person', nomineeId: demo.primaryTeacher });
    expect(second.status).toBe(201);
    expect(second.body.warnings[0]).toMatch(/Giấy khen của Chủ tịch UBND xã/);
    expect((await nominate({ form: 'bang_khen_tinh', nomineeType: 'person', nomineeId: demo.primaryTeacher })).status).toBe(409);

    await server.ctx.store.db.insertInto('award_holds').values({ subject_id: 'demo-22', reason: 'đang xem xét kỷ luật', until: null, created_by: demo.primaryPrincipal, created_at: new Date().toISOString() }).execute();
    const held = await nominate({ form: 'bang_khen_tinh', nomineeType: 'person', nomineeId: 'demo-22' });
    expect(held.status).toBe(400);
    expect(held.body.error.fields?.nomineeId).toMatch(/kỷ luật/);
  });

  it('refuses teachers, other schools’ people and unknown forms or periods', async () => {
    const teacher = (await signInAs(server.url, demo.primaryTeacher)).token;
    expect((await nominate({ form: 'giay_khen_xa', nomineeType: 'person', nomineeId: demo.primaryTeacher }, teacher)).status).toBe(403);
    expect((await nominate({ form: 'giay_khen_xa', nomineeType: 'person', nomineeId: 'demo-31' })).body.error.fields?.nomineeId).toMatch(/không thuộc/);
    const invalid = await nominate({ form: 'huy_chuong_vang', period: 'yearly-2040', nomineeType: 'person', nomineeId: demo.primaryTeacher });
    expect(invalid.body.error.fields).toMatchObject({ form: 'Hình thức khen thưởng không hợp lệ', period: expect.stringMatching(/Đợt khen thưởng không hợp lệ/) });
  });
});
