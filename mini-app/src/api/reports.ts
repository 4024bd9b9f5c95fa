import { Dashboard } from '@tds/shared';
import { authorizedRequest } from './authorized';
import { downloadFile, type DownloadedFile } from './download';

const unitQuery = (unitId: string | undefined) => (unitId ? `?unitId=${encodeURIComponent(unitId)}` : '');

/**
 * GET /api/reports/dashboard — a unit (the person's own when absent) and each unit directly below it:
 * staff, digital skills, sáng kiến, deadlines, progress questions. 403 outside the person's reach.
 */
export function getDashboard(unitId?: string): Promise<Dashboard> {
  return authorizedRequest(`/api/reports/dashboard${unitQuery(unitId)}`, { schema: Dashboard });
}

/** GET /api/reports/dashboard.xlsx — the same figures as a workbook (sheets "Đơn vị", "Hạn nộp"). */
export function downloadDashboardXlsx(unitId?: string): Promise<DownloadedFile> {
  return downloadFile(`/api/reports/dashboard.xlsx${unitQuery(unitId)}`, 'tong-hop.xlsx');
}

/** GET /api/reports/yearly.docx — the draft yearly campaign report of the unit, counts filled in. */
export function downloadYearlyReport(unitId?: string): Promise<DownloadedFile> {
  return downloadFile(`/api/reports/yearly.docx${unitQuery(unitId)}`, 'bao-cao-nam.docx');
}

/** GET /api/reports/achievement/:personId.docx — draft báo cáo thành tích (Mẫu số 08) of one person. */
export function downloadAchievementReport(personId: string): Promise<DownloadedFile> {
  return downloadFile(`/api/reports/achievement/${encodeURIComponent(personId)}.docx`, 'bao-cao-thanh-tich.docx');
}
