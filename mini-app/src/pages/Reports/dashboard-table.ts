import { compareVi, matchesSearch, type DashboardUnitRow } from '@tds/shared';

/** The columns of the units table, each sortable by a tap on its header. */
export const unitColumns = ['unitName', 'staff', 'trainingPercent', 'initiativesSubmitted', 'initiativesApproved', 'obligationsDone'] as const;
export type UnitColumn = (typeof unitColumns)[number];

export interface UnitSort {
  column: UnitColumn;
  direction: 'asc' | 'desc';
}

/** The header of a column, short enough for a phone; `title` spells it out. */
export const columnLabels: Record<UnitColumn, { short: string; title: string }> = {
  unitName: { short: 'Đơn vị', title: 'Tên đơn vị' },
  staff: { short: 'CB, GV', title: 'Số cán bộ, giáo viên, nhân viên' },
  trainingPercent: { short: 'Kỹ năng số', title: 'Tỉ lệ có minh chứng kỹ năng số' },
  initiativesSubmitted: { short: 'SK nộp', title: 'Sáng kiến đã nộp' },
  initiativesApproved: { short: 'SK duyệt', title: 'Sáng kiến được duyệt' },
  obligationsDone: { short: 'Hạn xong', title: 'Hạn đã hoàn thành trên tổng số hạn' },
};

/** A first tap sorts names A→Z and figures from the largest: what an officer looks for first. */
export function nextSort(current: UnitSort | null, column: UnitColumn): UnitSort {
  if (current?.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'unitName' ? 'asc' : 'desc' };
}

/** Rows whose name matches every word of `query`, accents ignored ("tieu hoc" finds "Tiểu học"). */
export function filterUnits(rows: readonly DashboardUnitRow[], query: string): DashboardUnitRow[] {
  return query.trim() ? rows.filter((row) => matchesSearch(row.unitName, query)) : [...rows];
}

/** Sorted copy; ties keep the server's order (by name). `null` = the server's order. */
export function sortUnits(rows: readonly DashboardUnitRow[], sort: UnitSort | null): DashboardUnitRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: DashboardUnitRow, b: DashboardUnitRow): number => {
    if (sort.column === 'unitName') return compareVi(a.unitName, b.unitName);
    if (sort.column === 'obligationsDone') return a.obligationsDone - b.obligationsDone || a.obligationsDue - b.obligationsDue;
    return a[sort.column] - b[sort.column];
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** "42,1%": Vietnamese decimal comma, at most one decimal. */
export function percentText(percent: number): string {
  return `${percent.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
