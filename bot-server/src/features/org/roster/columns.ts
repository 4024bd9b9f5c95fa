import { foldVietnamese } from '@tds/shared';

export type RosterField = 'fullName' | 'phone' | 'role' | 'unitName' | 'title';

/** Header spellings seen in school rosters, folded (no diacritics, lower case). */
const headerAliases: Record<string, RosterField> = {
  'ho ten': 'fullName',
  'ho va ten': 'fullName',
  'ten': 'fullName',
  'so dien thoai': 'phone',
  'dien thoai': 'phone',
  sdt: 'phone',
  'so dt': 'phone',
  'vai tro': 'role',
  'chuc vu': 'role',
  'don vi': 'unitName',
  'to': 'unitName',
  'to chuyen mon': 'unitName',
  'truong': 'unitName',
  'chuc danh': 'title',
};

export const fieldLabels: Record<RosterField, string> = {
  fullName: 'Họ tên',
  phone: 'Số điện thoại',
  role: 'Vai trò',
  unitName: 'Đơn vị',
  title: 'Chức danh',
};

/** Column index of each known field; unknown columns (STT, ghi chú…) are ignored. */
export function mapHeader(header: string[]): Partial<Record<RosterField, number>> {
  const columns: Partial<Record<RosterField, number>> = {};
  header.forEach((name, index) => {
    const field = headerAliases[foldVietnamese(name).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim()];
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
