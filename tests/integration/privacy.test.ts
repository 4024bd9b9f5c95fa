import { randomUUID } from 'node:crypto';
import type { Dashboard, ErasureReport, Person, PersonalDataExport } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { pngBytes, upload } from '../support/files';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const masked = /^\d{2}•+\d{2}$/;
const plain = /^\d{9,11}$/;

describe.runIf(storeAvailable())(`personal data: phone numbers by viewer, export, erasure (${storeKind})`, () => {
  let server: TestServer;
  let tokens: Record<'teacher' | 'groupLeader' | 'principal' | 'commune' | 'admin' | 'unlinked', string>;

  beforeAll(async () => {
    server = await startTestServer();
    // An admin whose own unit is the secondary school: may list any unit, but is not in the primary school's chain.
    await server.ctx.store.db.updateTable('people').set({ role: 'admin' }).where('id', '=', demo.secondaryPrincipal).execute();
    tokens = await signInAll(server.url, { teacher: demo.primaryTeacher, groupLeader: demo.primaryGroupLeader, principal: demo.primaryPrincipal, commune: demo.communeOfficer, admin: demo.secondaryPrincipal, unlinked: demo.primaryTeacherUnlinkedBot });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const people = async (who: keyof typeof tokens, unitId?: string) => {
    const response = await api<Person[]>(server.url, 'GET', `/api/org/people${unitId ? `?unitId=${unitId}` : ''}`, { token: tokens[who] });
    expect(response.status).toBe(200);
    const withPhone = response.body.filter((person) => person.phone);
    expect(withPhone.length).toBeGreaterThan(0);
    return withPhone;
  };

  it('shows a person their own number, on /api/me and in the people list', async () => {
    const me = await api<{ person: Person }>(server.url, 'GET', '/api/me', { token: tokens.teacher });
    expect(me.body.person.phone).toMatch(plain);
    expect((await people('teacher')).map((person) => person.phone)).toEqual([me.body.person.phone]);
  });

  it.each([
    ['groupLeader', demoUnitIds.primaryGroup],
    ['principal', demoUnitIds.primary],
    ['commune', demoUnitIds.primary],
    ['commune', demoUnitIds.secondary],
    ['admin', demoUnitIds.secondary],
  ] as const)('shows %s the numbers of %s, in their own chain', async (who, unitId) => {
    for (const person of await people(who, unitId)) expect(person.phone).toMatch(plain);
  });

  it.each([
    ['admin', demoUnitIds.primary],
    ['admin', demoUnitIds.kindergarten],
  ] as const)('masks for %s the numbers of %s, outside their chain', async (who, unitId) => {
    for (const person of await people(who, unitId)) expect(person.phone).toMatch(masked);
  });

  it('still refuses other units to those without the scope', async () => {
    expect((await api(server.url, 'GET', `/api/org/people?unitId=${demoUnitIds.secondary}`, { token: tokens.principal })).status).toBe(403);
  });

  it('exports everything stored about the person to them alone, and audits it', async () => {
    const photo = await upload(server.url, tokens.teacher, pngBytes(3000), 'chung-chi.png');
    const body = { kind: 'training', data: { program: 'binh_dan_hoc_vu_so', course: 'Kỹ năng số cơ bản', provider: 'Bộ KH&CN', completedOn: '2025-10-20', hours: 8, attachmentIds: [photo.body.id] } };
    expect((await api(server.url, 'POST', '/api/submissions', { token: tokens.teacher, body, headers: { 'idempotency-key': randomUUID() } })).status).toBe(201);

    const exported = await api<PersonalDataExport>(server.url, 'GET', '/api/privacy/me/export', { token: tokens.teacher });
    expect(exported.status).toBe(200);
    expect(exported.body.person).toMatchObject({ id: demo.primaryTeacher, phone: expect.stringMatching(plain) });
    expect(exported.body.attachments).toContainEqual(expect.objectContaining({ id: photo.body.id, name: 'chung-chi.png' }));
    expect(exported.body.submissions).toContainEqual(expect.objectContaining({ kind: 'training', data: expect.objectContaining({ course: 'Kỹ năng số cơ bản' }) }));
    expect(Object.keys(exported.body)).toEqual(expect.arrayContaining(['progressAnswers', 'messages', 'announcementsReceived', 'awardNominations', 'completions', 'auditTrail', 'leave', 'acknowledgements', 'groupChatsLinked', 'dailyDigestAt']));
    const audit = await server.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'privacy.export').execute();
    expect(audit).toEqual([expect.objectContaining({ actor_id: demo.primaryTeacher, subject_id: demo.primaryTeacher })]);
    expect((await api(server.url, 'GET', '/api/privacy/me/export')).status).toBe(401);
  });

  it('erases on request by an officer of the chain: drafts and loose files deleted, submitted records kept anonymised', async () => {
    const kept = await upload(server.url, tokens.unlinked, pngBytes(3100), 'giay-chung-nhan.png');
    const loose = await upload(server.url, tokens.unlinked, pngBytes(3200), 'anh-rieng.png');
    const body = { kind: 'training', data: { program: 'binh_dan_hoc_vu_so', course: 'An toàn thông tin', provider: 'Sở GD&ĐT', completedOn: '2025-11-02', hours: 4, attachmentIds: [kept.body.id] } };
    const submitted = await api<{ id: string }>(server.url, 'POST', '/api/submissions', { token: tokens.unlinked, body, headers: { 'idempotency-key': randomUUID() } });
    expect(submitted.status).toBe(201);
    const path = `/api/privacy/people/${demo.primaryTeacherUnlinkedBot}/erase`;
    const staffOf = async () => (await api<Dashboard>(server.url, 'GET', '/api/reports/dashboard', { token: tokens.principal })).body.totals.staff;
    const staffBefore = await staffOf();

    expect((await api(server.url, 'POST', path, { token: tokens.teacher })).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/privacy/people/${demo.primaryPrincipal}/erase`, { token: tokens.principal })).status).toBe(409);
    const erased = await api<ErasureReport>(server.url, 'POST', path, { token: tokens.principal });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ deleted: { attachments: 1 }, anonymised: { submissionsKept: 1 } });

    const db = server.ctx.store.db;
    const person = await db.selectFrom('people').selectAll().where('id', '=', demo.primaryTeacherUnlinkedBot).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ full_name: 'Người dùng đã xóa dữ liệu', phone: null, zalo_user_id: null, bot_chat_id: null, active: 0 });
    // No longer counted as the school's staff.
    expect(await staffOf()).toBe(staffBefore - 1);
    expect(await db.selectFrom('attachments').select('id').where('owner_person_id', '=', demo.primaryTeacherUnlinkedBot).execute()).toEqual([{ id: kept.body.id }]);
    expect(loose.body.id).not.toBe(kept.body.id);
    expect(await db.selectFrom('submissions').select('id').where('id', '=', submitted.body.id).execute()).toHaveLength(1);
    // Sessions end within the few seconds the authenticator trusts a looked-up person (PERSON_TTL_MS).
    await expect.poll(async () => (await api(server.url, 'GET', '/api/me', { token: tokens.unlinked })).status, { timeout: 8000, interval: 500 }).toBe(401);
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'privacy.erase').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: demo.primaryPrincipal, subject_id: demo.primaryTeacherUnlinkedBot });
    expect(audit.detail).not.toContain('An toàn thông tin');
  });
});
