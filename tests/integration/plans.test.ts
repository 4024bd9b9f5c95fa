import { readFileSync } from 'node:fs';
import type { ApiError, MyDeadline, PlanDetail, PlanSearchHit, PlanSummary, StoredObligation } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { makeDocx, makeZipBomb } from '../support/docx';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const communePlanText = readFileSync(new URL('../../../shared/plans/ubnd-xa-dak-koi-2025.txt', import.meta.url), 'utf8');
/** 20/5/2026 10:00 in Vietnam: ten days before the 30/5 dossier deadline. */
const clock = { now: () => new Date('2026-05-20T03:00:00Z') };

async function uploadPlan(base: string, token: string, file: Blob, issuerUnitId: string) {
  const form = new FormData();
  form.append('file', file, 'ke-hoach.bin');
  const response = await fetch(`${base}/api/plans/import-file?issuerUnitId=${issuerUnitId}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as PlanDetail & ApiError };
}

describe.runIf(storeAvailable())(`plans: library, import, review, publish, search, Hạn của tôi (${storeKind})`, () => {
  let server: TestServer;
  const token: Partial<Record<keyof typeof demo, string>> = {};
  const as = (who: keyof typeof demo) => token[who]!;
  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    for (const who of ['communeOfficer', 'secondaryPrincipal', 'primaryPrincipal', 'primaryTeacher', 'deptOfficer'] as const) token[who] = (await signInAs(server.url, demo[who])).token;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('seeds the three real plans as a published Sở → xã → trường chain', async () => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: as('secondaryPrincipal') });
    expect(plans.status).toBe(200);
    const byIssuer = Object.fromEntries(plans.body.map((plan) => [plan.issuerUnitId, plan]));
    expect(Object.keys(byIssuer).sort()).toEqual(['so-gddt-quang-ngai', 'thcs-dak-koi', 'xa-dak-koi']);
    expect(byIssuer['xa-dak-koi']!.parentPlanId).toBe(byIssuer['so-gddt-quang-ngai']!.id);
    expect(byIssuer['thcs-dak-koi']!.parentPlanId).toBe(byIssuer['xa-dak-koi']!.id);
    expect(plans.body.every((plan) => plan.status === 'published' && plan.obligationCount > 0)).toBe(true);
  });

  it('shows a teacher the plans above them, not a sibling school’s', async () => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: as('primaryTeacher') });
    expect(plans.body.map((plan) => plan.issuerUnitId).sort()).toEqual(['so-gddt-quang-ngai', 'xa-dak-koi']);
    const sibling = (await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: as('secondaryPrincipal') })).body.find((plan) => plan.issuerUnitId === 'thcs-dak-koi')!;
    expect((await api(server.url, 'GET', `/api/plans/${sibling.id}`, { token: as('primaryTeacher') })).status).toBe(404);
  });

  it('links the commune’s 30/5 dossier to the Sở’s 15/6 one with its lead time', async () => {
    const plans = await api<PlanSummary[]>(server.url, 'GET', '/api/plans', { token: as('communeOfficer') });
    const commune = await api<PlanDetail>(server.url, 'GET', `/api/plans/${plans.body.find((plan) => plan.issuerUnitId === 'xa-dak-koi')!.id}`, { token: as('communeOfficer') });
    const dossier = commune.body.obligations.find((obligation) => obligation.kind === 'dossier' && obligation.recurrence === 'yearly')!;
    expect(dossier).toMatchObject({ day: 30, month: 5, nextDueOn: '2026-05-30', leadDays: 16 });
    expect(dossier.parentObligationId).not.toBeNull();
    expect(commune.body.sourceText.slice(dossier.start, dossier.end)).toBe(dossier.phrase);
  });

  it('lists “Hạn của tôi” for a principal: the 30/5 dossier in ten days, soonest first', async () => {
    const deadlines = await api<MyDeadline[]>(server.url, 'GET', '/api/me/deadlines', { token: as('secondaryPrincipal') });
    expect(deadlines.status).toBe(200);
    const dossier = deadlines.body.find((deadline) => deadline.kind === 'dossier' && deadline.dueOn === '2026-05-30');
    expect(dossier).toMatchObject({ daysLeft: 10, issuerName: 'UBND xã Đăk Kôi' });
    expect(deadlines.body.map((deadline) => deadline.dueOn)).toEqual([...deadlines.body.map((deadline) => deadline.dueOn)].sort());
    const teacher = await api<MyDeadline[]>(server.url, 'GET', '/api/me/deadlines', { token: as('primaryTeacher') });
    expect(teacher.body.some((deadline) => deadline.kind === 'dossier')).toBe(false);
  });

  it('finds “sáng kiến” from “sang kien” with highlights', async () => {
    const hits = await api<PlanSearchHit[]>(server.url, 'GET', `/api/plans/search?q=${encodeURIComponent('sang kien')}`, { token: as('primaryTeacher') });
    expect(hits.status).toBe(200);
    expect(hits.body.length).toBeGreaterThan(0);
    const marked = (hit: PlanSearchHit) => hit.highlights.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase());
    expect(marked(hits.body[0]!)).toEqual(expect.arrayContaining(['sáng', 'kiến']));
    for (const hit of hits.body) expect(marked(hit).length).toBeGreaterThan(0);
    expect((await api<ApiError>(server.url, 'GET', '/api/plans/search?q=', { token: as('primaryTeacher') })).status).toBe(400);
  });

  it('imports pasted text as a draft only its managers see, then publishes it', async () => {
    const forbidden = await api(server.url, 'POST', '/api/plans/import', { token: as('primaryTeacher'), body: { text: communePlanText, issuerUnitId: 'th-dak-koi' } });
    expect(forbidden.status).toBe(403);
    const otherUnit = await api(server.url, 'POST', '/api/plans/import', { token: as('primaryPrincipal'), body: { text: communePlanText, issuerUnitId: 'thcs-dak-koi' } });
    expect(otherUnit.status).toBe(403);

    const draft = await api<PlanDetail>(server.url, 'POST', '/api/plans/import', { token: as('primaryPrincipal'), body: { text: communePlanText, issuerUnitId: 'th-dak-koi' } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', issuerUnitId: 'th-dak-koi' });
    expect(draft.body.obligations.length).toBeGreaterThanOrEqual(8);
    expect((await api(server.url, 'GET', `/api/plans/${draft.body.id}`, { token: as('primaryTeacher') })).status).toBe(404);

    const published = await api<PlanDetail>(server.url, 'POST', `/api/plans/${draft.body.id}/publish`, { token: as('primaryPrincipal') });
    expect(published.body.status).toBe('published');
    expect((await api(server.url, 'GET', `/api/plans/${draft.body.id}`, { token: as('primaryTeacher') })).status).toBe(200);
  });

  it('lets the officer correct, add and remove deadlines with field-level Vietnamese errors', async () => {
    const draft = await api<PlanDetail>(server.url, 'POST', '/api/plans/import', { token: as('communeOfficer'), body: { text: communePlanText, issuerUnitId: 'xa-dak-koi' } });
    const first = draft.body.obligations[0]!;
    const input = { what: 'Hồ sơ đề nghị khen thưởng', kind: 'dossier', day: 28, month: 5, quarter: null, year: null, recurrence: 'yearly', recipient: 'UBND xã', sender: null, audienceRoles: ['principal'] };
    const edited = await api<StoredObligation>(server.url, 'PUT', `/api/plans/${draft.body.id}/obligations/${first.id}`, { token: as('communeOfficer'), body: input });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ day: 28, month: 5, nextDueOn: '2026-05-28', phrase: first.phrase });

    const invalid = await api<ApiError>(server.url, 'PUT', `/api/plans/${draft.body.id}/obligations/${first.id}`, { token: as('communeOfficer'), body: { ...input, day: 31, month: 6, audienceRoles: [] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toMatchObject({ day: 'Tháng 6 không có ngày 31', audienceRoles: 'Chọn ít nhất một vai trò phải thực hiện' });

    const added = await api<StoredObligation>(server.url, 'POST', `/api/plans/${draft.body.id}/obligations`, { token: as('communeOfficer'), body: { ...input, what: 'Báo cáo sơ kết học kỳ I', kind: 'report', day: 15, month: 1 } });
    expect(added.status).toBe(201);
    expect(added.body.manual).toBe(true);
    expect((await api(server.url, 'DELETE', `/api/plans/${draft.body.id}/obligations/${added.body.id}`, { token: as('communeOfficer') })).status).toBe(204);
    expect((await api(server.url, 'DELETE', `/api/plans/${draft.body.id}/obligations/${added.body.id}`, { token: as('communeOfficer') })).status).toBe(404);
    expect((await api(server.url, 'PUT', `/api/plans/${draft.body.id}/obligations/${first.id}`, { token: as('secondaryPrincipal'), body: input })).status).toBe(404);
  });

  it('imports a .docx and refuses empty, binary, oversized, zip-bomb and deadline-free input, keeping nothing', async () => {
    const before = await server.ctx.store.db.selectFrom('plans').select('id').execute();
    const docx = await uploadPlan(server.url, as('communeOfficer'), new Blob([new Uint8Array(await makeDocx(communePlanText))]), 'xa-dak-koi');
    expect(docx.status).toBe(201);
    expect(docx.body.obligations.some((obligation) => obligation.day === 30 && obligation.month === 5)).toBe(true);

    const empty = await uploadPlan(server.url, as('communeOfficer'), new Blob([]), 'xa-dak-koi');
    expect([400]).toContain(empty.status);
    const binary = await uploadPlan(server.url, as('communeOfficer'), new Blob([Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00])]), 'xa-dak-koi');
    expect(binary.status).toBe(400);
    expect(binary.body.error.fields?.file).toMatch(/không phải văn bản/);
    const huge = await uploadPlan(server.url, as('communeOfficer'), new Blob([Buffer.alloc(6 * 1024 * 1024, 0x61)]), 'xa-dak-koi');
    expect(huge.status).toBe(413);
    const bomb = await uploadPlan(server.url, as('communeOfficer'), new Blob([new Uint8Array(await makeZipBomb(64))]), 'xa-dak-koi');
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.fields?.file).toMatch(/quá lớn/);
    const noDeadlines = await api<ApiError>(server.url, 'POST', '/api/plans/import', { token: as('communeOfficer'), body: { text: 'Kế hoạch tổ chức hoạt động ngoại khóa. '.repeat(20), issuerUnitId: 'xa-dak-koi' } });
    expect(noDeadlines.status).toBe(400);
    expect(noDeadlines.body.error.fields?.text).toBe('Không tìm thấy hạn nào trong văn bản');
    const short = await api<ApiError>(server.url, 'POST', '/api/plans/import', { token: as('communeOfficer'), body: { text: 'ngắn', issuerUnitId: 'xa-dak-koi' } });
    expect(short.body.error.fields?.text).toMatch(/quá ngắn/);

    const after = await server.ctx.store.db.selectFrom('plans').select('id').execute();
    expect(after.length).toBe(before.length + 1);
  });
});
