import type { DashboardUnitRow } from '@tds/shared';
import { describe, expect, it } from 'vitest';
import { filterUnits, nextSort, percentText, sortUnits } from './dashboard-table';

const row = (unitName: string, staff: number, trainingPercent: number, obligationsDone = 0, obligationsDue = 2): DashboardUnitRow => ({
  unitId: unitName,
  unitName,
  staff,
  withTraining: 0,
  trainingPercent,
  initiativesSubmitted: 0,
  initiativesApproved: 0,
  obligationsDue,
  obligationsDone,
});

const rows = [row('Trường Mầm non Đăk Kôi', 12, 25, 1), row('Trường PTDTBT THCS Đăk Kôi', 14, 50, 0), row('Trường PTDTBT Tiểu học Đăk Kôi', 13, 10, 2)];
const names = (list: DashboardUnitRow[]) => list.map((item) => item.unitName);

describe('units table', () => {
  it('filters by name without accents', () => {
    expect(names(filterUnits(rows, 'tieu hoc'))).toEqual(['Trường PTDTBT Tiểu học Đăk Kôi']);
    expect(names(filterUnits(rows, 'DAK KOI'))).toHaveLength(3);
    expect(filterUnits(rows, '  ')).toHaveLength(3);
    expect(filterUnits(rows, 'trung hoc')).toHaveLength(0);
  });

  it('sorts figures from the largest first, names A→Z, and flips on a second tap', () => {
    const byStaff = nextSort(null, 'staff');
    expect(byStaff).toEqual({ column: 'staff', direction: 'desc' });
    expect(sortUnits(rows, byStaff).map((item) => item.staff)).toEqual([14, 13, 12]);
    expect(sortUnits(rows, nextSort(byStaff, 'staff')).map((item) => item.staff)).toEqual([12, 13, 14]);
    expect(nextSort(byStaff, 'unitName')).toEqual({ column: 'unitName', direction: 'asc' });
    expect(names(sortUnits(rows, { column: 'unitName', direction: 'desc' }))[0]).toBe('Trường PTDTBT Tiểu học Đăk Kôi');
    expect(sortUnits(rows, { column: 'obligationsDone', direction: 'desc' }).map((item) => item.obligationsDone)).toEqual([2, 1, 0]);
    expect(sortUnits(rows, null)).toEqual(rows);
  });

  it('writes percentages the Vietnamese way', () => {
    expect(percentText(42.1)).toBe('42,1%');
    expect(percentText(100)).toBe('100%');
  });
});
