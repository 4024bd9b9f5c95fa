import type { Dashboard } from '@tds/shared';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/** "YYYY-MM-DD" as a real spreadsheet date (midnight UTC, so no zone shifts the day). */
function excelDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Writes the dashboard's tables as .xlsx straight into `out` (row by row, committed as they go,
 * so a province-sized export never sits whole in memory), Vietnamese headers, real dates.
 */
export async function writeDashboardXlsx(dashboard: Dashboard, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Thi Đua Số';

  const units = workbook.addWorksheet('Đơn vị');
  units.columns = [
    { header: 'Đơn vị', key: 'unitName', width: 40 },
    { header: 'Số cán bộ, giáo viên', key: 'staff', width: 14 },
    { header: 'Có minh chứng kỹ năng số', key: 'withTraining', width: 16 },
    { header: 'Tỷ lệ kỹ năng số (%)', key: 'trainingPercent', width: 14 },
    { header: 'Sáng kiến đã nộp', key: 'initiativesSubmitted', width: 14 },
    { header: 'Sáng kiến đã duyệt', key: 'initiativesApproved', width: 14 },
    { header: 'Hạn phải nộp', key: 'obligationsDue', width: 12 },
    { header: 'Hạn đã hoàn thành', key: 'obligationsDone', width: 14 },
  ];
  units.getRow(1).font = { bold: true };
  for (const row of dashboard.units) units.addRow(row).commit();
  units.addRow({ unitName: `Tổng cộng (${dashboard.unitName})`, ...dashboard.totals }).commit();
  units.commit();

  const deadlines = workbook.addWorksheet('Hạn nộp');
  deadlines.columns = [
    { header: 'Nội dung', key: 'what', width: 60 },
    { header: 'Hạn', key: 'dueOn', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Đơn vị đã hoàn thành', key: 'doneUnits', width: 14 },
    { header: 'Tổng số đơn vị', key: 'totalUnits', width: 12 },
    { header: 'Đơn vị chưa hoàn thành', key: 'missing', width: 60 },
  ];
  deadlines.getRow(1).font = { bold: true };
  for (const obligation of dashboard.obligations) {
    deadlines.addRow({ ...obligation, dueOn: excelDate(obligation.dueOn), missing: obligation.missing.map((unit) => unit.unitName).join('; ') }).commit();
  }
  deadlines.commit();

  const questions = workbook.addWorksheet('Câu hỏi tiến độ');
  questions.columns = [
    { header: 'Câu hỏi', key: 'text', width: 60 },
    { header: 'Lần hỏi', key: 'occurrence', width: 12 },
    { header: 'Số người được hỏi', key: 'asked', width: 14 },
    { header: 'Số người trả lời', key: 'answered', width: 14 },
    { header: 'Tỷ lệ trả lời (%)', key: 'responseRate', width: 14 },
  ];
  questions.getRow(1).font = { bold: true };
  for (const question of dashboard.questions) questions.addRow({ ...question, occurrence: question.occurrence === 'once' ? 'Một lần' : question.occurrence }).commit();
  questions.commit();

  await workbook.commit();
}
