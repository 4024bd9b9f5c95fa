import type { ApiError, JoinCode, Person, RosterImportResult, Unit } from '@tds/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

async function uploadRoster(base: string, token: string, file: Blob, filename: string, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, filename);
  const response = await fetch(`${base}/api/org/roster?dryRun=${dryRun ? 1 : 0}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as RosterImportResult & ApiError };
}

describe.runIf(storeAvailable())(`org: units, people, join codes, roster (${storeKind})`, () => {
  let server: TestServer;
  let tokens = {} as Record<keyof typeof demo, string>;
  beforeAll(async () => {
    server = await startTestServer();
    tokens = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('requires a session for every org route', async () => {
    for (const [method, path] of [['GET', '/api/org/units'], ['GET', '/api/org/people'], ['POST', '/api/org/join-codes'], ['POST', '/api/org/roster']] as const) {
      expect((await api(server.url, method, path)).status).toBe(401);
    }
  });

  it('shows each person the units of their reach only', async () => {
    const principal = await api<Unit[]>(server.url, 'GET', '/api/org/units', { token: tokens.primaryPrincipal });
    expect(principal.body.map((unit) => unit.id)).toEqual(['th-dak-koi', 'th-dak-koi-to-1-3', 'th-dak-koi-to-4-5']);
    const commune = await api<Unit[]>(server.url, 'GET', '/api/org/units', { token: tokens.communeOfficer });
    expect(commune.body).toHaveLength(10);
  });

  it('lists people within scope; a teacher sees only themselves', async () => {
    const principal = await api<Person[]>(server.url, 'GET', '/api/org/people', { token: tokens.primaryPrincipal });
    expect(principal.status).toBe(200);
    expect(principal.body.length).toBe(13);
    expect(principal.body.every((person) => person.unitId.startsWith('th-dak-koi'))).toBe(true);

    const teacher = await api<Person[]>(server.url, 'GET', '/api/org/people', { token: tokens.primaryTeacher });
    expect(teacher.body.map((person) => person.id)).toEqual([demo.primaryTeacher]);

    const otherSchool = await api<ApiError>(server.url, 'GET', `/api/org/people?unitId=${demoUnitIds.secondary}`, { token: tokens.primaryPrincipal });
    expect(otherSchool.status).toBe(403);
    expect(otherSchool.body.error.message).toMatch(/không có quyền/);

    const audit = await server.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'people.list').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('mints join codes only within reach and never above the minter', async () => {
    const body = { unitId: demoUnitIds.primary, role: 'teacher', maxUses: 30, validDays: 14 };
    const ok = await api<JoinCode>(server.url, 'POST', '/api/org/join-codes', { token: tokens.primaryPrincipal, body });
    expect(ok.status).toBe(201);
    expect(ok.body.code).toMatch(/^[A-Z2-9]{8}$/);

    expect((await api(server.url, 'POST', '/api/org/join-codes', { token: tokens.primaryTeacher, body })).status).toBe(403);
    expect((await api(server.url, 'POST', '/api/org/join-codes', { token: tokens.primaryPrincipal, body: { ...body, unitId: demoUnitIds.secondary } })).status).toBe(403);
    expect((await api(server.url, 'POST', '/api/org/join-codes', { token: tokens.primaryPrincipal, body: { ...body, role: 'commune_officer' } })).status).toBe(403);

    const invalid = await api<ApiError>(server.url, 'POST', '/api/org/join-codes', { token: tokens.primaryPrincipal, body: { ...body, maxUses: 0, role: 'boss' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toMatchObject({ maxUses: expect.stringMatching(/tối thiểu/), role: 'Vai trò không hợp lệ' });
  });

  it('previews a CSV roster with row-level Vietnamese errors and writes nothing', async () => {
    const csv = [
      'STT;Họ và tên;Số điện thoại;Vai trò;Tổ',
      '1;Nguyễn Văn An;0905 111 222;Giáo viên;Tổ khối 4–5',
      '2;Trần Thị Bé;12345;giao vien;',
      '3;Lê Văn Cường;0905111222;Giáo viên;',
      '4;Phạm Thị Dung;0912000111;Hiệu phó kiêm thủ quỹ;',
      '5;Hồ Văn Em;0912000222;Cán bộ xã;',
      '6;Đỗ Thị Phương;0912000333;Tổ trưởng;Tổ không tồn tại',
    ].join('\r\n');
    const preview = await uploadRoster(server.url, tokens.primaryPrincipal, new Blob([csv], { type: 'text/csv' }), 'ds.csv', true);
    expect(preview.status).toBe(200);
    expect(preview.body.preview).toEqual([expect.objectContaining({ row: 2, fullName: 'Nguyễn Văn An', phone: '0905111222', role: 'teacher', action: 'create' })]);
    expect(preview.body.errors).toEqual([
      { row: 3, field: 'phone', message: expect.stringMatching(/Số điện thoại không hợp lệ/) },
      { row: 4, field: 'phone', message: 'Số điện thoại trùng với dòng 2' },
      { row: 5, field: 'role', message: expect.stringMatching(/không rõ/) },
      { row: 6, field: 'role', message: 'Không thể gán vai trò cao hơn vai trò của bạn' },
      { row: 7, field: 'unitName', message: expect.stringMatching(/Không tìm thấy đơn vị/) },
    ]);

    const commit = await uploadRoster(server.url, tokens.primaryPrincipal, new Blob([csv], { type: 'text/csv' }), 'ds.csv', false);
    expect(commit.status).toBe(400);
    expect(commit.body.error.fields?.['rows.3.phone']).toBeDefined();
    const stored = await server.ctx.store.db.selectFrom('people').select('id').where('full_name', '=', 'Nguyễn Văn An').execute();
    expect(stored).toHaveLength(0);
  });

  it('imports an .xlsx roster whose phones lost their leading zero', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ tên', 'SĐT', 'Chức vụ', 'Đơn vị']);
    sheet.addRow(['Rơ Mah Thị Lan', 935123456, 'Giáo viên', 'Tổ khối 1–2–3']);
    sheet.addRow(['Nguyễn Quốc Khánh', '0935 123 457', 'Tổ trưởng', 'to khoi 4-5']);
    const buffer = await workbook.xlsx.writeBuffer();
    const file = new Blob([buffer]);
    const result = await uploadRoster(server.url, tokens.primaryPrincipal, file, 'danh-sach.bin', false);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ dryRun: false, created: 2, updated: 0, errors: [] });
    const lan = await server.ctx.store.db.selectFrom('people').selectAll().where('phone', '=', '0935123456').executeTakeFirstOrThrow();
    expect(lan).toMatchObject({ full_name: 'Rơ Mah Thị Lan', unit_id: 'th-dak-koi-to-1-3', role: 'teacher' });
  });

  it('refuses rosters from teachers, files of other types and missing columns', async () => {
    const csv = new Blob(['Họ tên,SĐT,Vai trò\nA B,0912345678,Giáo viên'], { type: 'text/csv' });
    expect((await uploadRoster(server.url, tokens.primaryTeacher, csv, 'a.csv', true)).status).toBe(403);
    const png = new Blob([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')]);
    const pngResult = await uploadRoster(server.url, tokens.primaryPrincipal, png, 'a.csv', true);
    expect(pngResult.status).toBe(400);
    expect(pngResult.body.error.fields?.file).toMatch(/xlsx hoặc \.csv/);
    const noRole = await uploadRoster(server.url, tokens.primaryPrincipal, new Blob(['Họ tên,SĐT\nA B,0912345678']), 'a.csv', true);
    expect(noRole.body.error.message).toBe('Tệp thiếu cột: Vai trò');
  });
});
