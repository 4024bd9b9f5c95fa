import type { Dashboard, PlanSummary } from '@tds/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { docxToPdfText, officeAvailable } from '../support/libreoffice';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { useDemoServer } from '../support/demo-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`dashboards and exports (${storeKind})`, () => {
  const env = useDemoServer({ clock: { now: () => new Date('2026-05-20T03:00:00Z') } });

  it('shows the commune officer each school, its staff and who has done the 30/5 dossier', async () => {
    const plans = await api<PlanSummary[]>(env.server.url, 'GET', '/api/plans', { token: env.token.communeOfficer });
    const commune = plans.body.find((plan) => plan.issuerUnitId === 'xa-dak-koi')!;
    const detail = await api<{ obligations: Array<{ id: string; day: number | null; month: number | null; recurrence: string }> }>(env.server.url, 'GET', `/api/plans/${commune.id}`, { token: env.token.communeOfficer });
    const dossier = detail.body.obligations.find((o) => o.day === 30 && o.month === 5 && o.recurrence === 'yearly')!;
    await api(env.server.url, 'POST', `/api/plans/${commune.id}/obligations/${dossier.id}/done`, { token: env.token.primaryPrincipal, body: {} });

    const view = await api<Dashboard>(env.server.url, 'GET', '/api/reports/dashboard', { token: env.token.communeOfficer });
    expect(view.status).toBe(200);
    expect(view.body.units.map((unit) => unit.unitName)).toEqual(['Trường Mầm non Đăk Kôi', 'Trường PTDTBT THCS Đăk Kôi', 'Trường PTDTBT Tiểu học Đăk Kôi']);
    expect(view.body.totals.staff).toBe(38);
    const row = view.body.obligations.find((o) => o.obligationId === dossier.id)!;
    expect(row).toMatchObject({ dueOn: '2026-05-30', doneUnits: 1, totalUnits: 3 });
    expect(row.missing.map((unit) => unit.unitId).sort()).toEqual(['mn-dak-koi', 'thcs-dak-koi']);

    expect((await api(env.server.url, 'GET', '/api/reports/dashboard', { token: env.token.primaryTeacher })).status).toBe(403);
    expect((await api(env.server.url, 'GET', '/api/reports/dashboard?unitId=thcs-dak-koi', { token: env.token.primaryPrincipal })).status).toBe(403);
  });

  it('exports the dashboard as .xlsx with Vietnamese headers and real dates', async () => {
    const response = await fetch(`${env.server.url}/api/reports/dashboard.xlsx`, { headers: { authorization: `Bearer ${env.token.communeOfficer}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const units = workbook.getWorksheet('Đơn vị')!;
    expect(units.getRow(1).getCell(1).value).toBe('Đơn vị');
    expect(units.getRow(2).getCell(1).value).toBe('Trường Mầm non Đăk Kôi');
    const deadlines = workbook.getWorksheet('Hạn nộp')!;
    const due = deadlines.getRow(2).getCell(2).value;
    expect(due).toBeInstanceOf(Date);
  });
});

describe.runIf(storeAvailable())(`staff export (${storeKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('streams every staff member of the commune, without phone numbers, and refuses teachers with JSON', async () => {
    const officer = (await signInAs(server.url, demo.communeOfficer)).token;
    const response = await fetch(`${server.url}/api/reports/staff.xlsx`, { headers: { authorization: `Bearer ${officer}` } });
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Cán bộ, giáo viên')!;
    expect(sheet.rowCount).toBe(1 + 40);
    expect(sheet.getRow(1).values).not.toContain('Số điện thoại');
    const teacher = (await signInAs(server.url, demo.primaryTeacher)).token;
    const refused = await fetch(`${server.url}/api/reports/staff.xlsx`, { headers: { authorization: `Bearer ${teacher}` } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/json/);
  });
});

describe.runIf(storeAvailable() && officeAvailable())(`.docx drafts open cleanly in LibreOffice (${storeKind})`, () => {
  let server: TestServer;
  let teacherToken: string;
  let principalToken: string;
  beforeAll(async () => {
    server = await startTestServer();
    teacherToken = (await signInAs(server.url, demo.primaryTeacher)).token;
    principalToken = (await signInAs(server.url, demo.primaryPrincipal)).token;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('renders the Mẫu số 08 draft of a teacher, and only for them and their superiors', async () => {
    const response = await fetch(`${server.url}/api/reports/achievement/${demo.primaryTeacher}.docx`, { headers: { authorization: `Bearer ${teacherToken}` } });
    expect(response.status).toBe(200);
    const text = await docxToPdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('BÁO CÁO THÀNH TÍCH');
    expect(text).toContain('Y Vân');
    expect(text).toContain('Nghị định số 152/2025/NĐ-CP');
    expect((await fetch(`${server.url}/api/reports/achievement/${demo.primaryTeacher}.docx`, { headers: { authorization: `Bearer ${principalToken}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/reports/achievement/${demo.primaryPrincipal}.docx`, { headers: { authorization: `Bearer ${teacherToken}` } })).status).toBe(403);
  });

  it('renders the yearly report with the unit’s counts', async () => {
    const response = await fetch(`${server.url}/api/reports/yearly.docx`, { headers: { authorization: `Bearer ${principalToken}` } });
    const text = await docxToPdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('TRƯỜNG PTDTBT TIỂU HỌC ĐĂK KÔI');
    expect(text).toMatch(/0\/13 cán bộ, giáo viên/);
    expect(text).toContain('Tổ khối');
    expect(text).toContain('(trực thuộc)');
  });
});
