import type { Role, UnitKind } from '@tds/shared';

/** Xã Đăk Kôi as in ../shared/plans/ubnd-xa-dak-koi-2025.txt: the Sở above, three schools below, two tổ each. */
export interface DemoUnit {
  id: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
}

export interface DemoPerson {
  id: string;
  unitId: string;
  fullName: string;
  role: Role;
  title: string;
  /** Left unlinked to the bot so the "/start CODE" flow can be tried in the chat simulator. */
  botLinked: boolean;
}

export const demoUnits: DemoUnit[] = [
  { id: 'so-gddt-quang-ngai', kind: 'department', name: 'Sở Giáo dục và Đào tạo Quảng Ngãi', parentId: null },
  { id: 'xa-dak-koi', kind: 'commune', name: 'UBND xã Đăk Kôi', parentId: 'so-gddt-quang-ngai' },
  { id: 'mn-dak-koi', kind: 'school', name: 'Trường Mầm non Đăk Kôi', parentId: 'xa-dak-koi' },
  { id: 'mn-dak-koi-nha-tre', kind: 'group', name: 'Tổ Nhà trẻ', parentId: 'mn-dak-koi' },
  { id: 'mn-dak-koi-mau-giao', kind: 'group', name: 'Tổ Mẫu giáo', parentId: 'mn-dak-koi' },
  { id: 'th-dak-koi', kind: 'school', name: 'Trường PTDTBT Tiểu học Đăk Kôi', parentId: 'xa-dak-koi' },
  { id: 'th-dak-koi-to-1-3', kind: 'group', name: 'Tổ khối 1–2–3', parentId: 'th-dak-koi' },
  { id: 'th-dak-koi-to-4-5', kind: 'group', name: 'Tổ khối 4–5', parentId: 'th-dak-koi' },
  { id: 'thcs-dak-koi', kind: 'school', name: 'Trường PTDTBT THCS Đăk Kôi', parentId: 'xa-dak-koi' },
  { id: 'thcs-dak-koi-khtn', kind: 'group', name: 'Tổ Khoa học tự nhiên', parentId: 'thcs-dak-koi' },
  { id: 'thcs-dak-koi-khxh', kind: 'group', name: 'Tổ Khoa học xã hội', parentId: 'thcs-dak-koi' },
];

type Row = [unitId: string, fullName: string, role: Role, title: string, botLinked?: false];

const rows: Row[] = [
  ['so-gddt-quang-ngai', 'Trần Minh Đức', 'dept_officer', 'Chuyên viên Phòng Tổ chức cán bộ'],
  ['xa-dak-koi', 'Nguyễn Thị Thu Hà', 'commune_officer', 'Công chức Văn hóa – Xã hội'],
  ['xa-dak-koi', 'A Thuận', 'commune_officer', 'Trưởng phòng Văn hóa – Xã hội'],
  ['mn-dak-koi', 'Y Blưm', 'principal', 'Hiệu trưởng'],
  ['mn-dak-koi', 'Phạm Thị Ngọc Lan', 'principal', 'Phó Hiệu trưởng'],
  ['mn-dak-koi-nha-tre', 'Đinh Thị Hoa', 'group_leader', 'Tổ trưởng tổ Nhà trẻ'],
  ['mn-dak-koi-nha-tre', 'Y Nhuơng', 'teacher', 'Giáo viên'],
  ['mn-dak-koi-nha-tre', 'Lê Thị Mỹ Duyên', 'teacher', 'Giáo viên'],
  ['mn-dak-koi-nha-tre', 'Y Thị Sương', 'teacher', 'Giáo viên', false],
  ['mn-dak-koi-mau-giao', 'Võ Thị Kim Oanh', 'group_leader', 'Tổ trưởng tổ Mẫu giáo'],
  ['mn-dak-koi-mau-giao', 'Y Liên', 'teacher', 'Giáo viên'],
  ['mn-dak-koi-mau-giao', 'Hồ Thị Thanh Tâm', 'teacher', 'Giáo viên'],
  ['mn-dak-koi-mau-giao', 'Nguyễn Thị Bích Ngọc', 'teacher', 'Nhân viên kế toán'],
  ['mn-dak-koi-mau-giao', 'Y Đinh', 'teacher', 'Nhân viên cấp dưỡng'],
  ['th-dak-koi', 'Lương Văn Hùng', 'principal', 'Hiệu trưởng'],
  ['th-dak-koi', 'A Khoa', 'principal', 'Phó Hiệu trưởng'],
  ['th-dak-koi-to-1-3', 'Trương Thị Hồng Nhung', 'group_leader', 'Tổ trưởng khối 1–2–3'],
  ['th-dak-koi-to-1-3', 'Y Vân', 'teacher', 'Giáo viên'],
  ['th-dak-koi-to-1-3', 'Đặng Văn Toàn', 'teacher', 'Giáo viên'],
  ['th-dak-koi-to-1-3', 'A Ngọc', 'teacher', 'Giáo viên', false],
  ['th-dak-koi-to-1-3', 'Bùi Thị Thùy Dung', 'teacher', 'Giáo viên'],
  ['th-dak-koi-to-1-3', 'Y Hồng', 'teacher', 'Giáo viên Tiếng Anh'],
  ['th-dak-koi-to-4-5', 'Huỳnh Văn Phúc', 'group_leader', 'Tổ trưởng khối 4–5'],
  ['th-dak-koi-to-4-5', 'Nguyễn Thị Lệ Thủy', 'teacher', 'Giáo viên'],
  ['th-dak-koi-to-4-5', 'A Tuấn', 'teacher', 'Giáo viên Tin học'],
  ['th-dak-koi-to-4-5', 'Phan Thị Mai', 'teacher', 'Giáo viên'],
  ['th-dak-koi-to-4-5', 'Y Khánh', 'teacher', 'Nhân viên thư viện'],
  ['thcs-dak-koi', 'Đỗ Quang Vinh', 'principal', 'Hiệu trưởng'],
  ['thcs-dak-koi', 'Y Sa Ly', 'principal', 'Phó Hiệu trưởng'],
  ['thcs-dak-koi-khtn', 'Lê Văn Thành', 'group_leader', 'Tổ trưởng tổ Khoa học tự nhiên'],
  ['thcs-dak-koi-khtn', 'A Sang', 'teacher', 'Giáo viên Toán'],
  ['thcs-dak-koi-khtn', 'Nguyễn Hoàng Nam', 'teacher', 'Giáo viên Tin học'],
  ['thcs-dak-koi-khtn', 'Y Bích', 'teacher', 'Giáo viên Sinh học', false],
  ['thcs-dak-koi-khtn', 'Trần Thị Thảo', 'teacher', 'Giáo viên Vật lí'],
  ['thcs-dak-koi-khtn', 'Võ Văn Lợi', 'teacher', 'Giáo viên Hóa học'],
  ['thcs-dak-koi-khxh', 'Hoàng Thị Hương', 'group_leader', 'Tổ trưởng tổ Khoa học xã hội'],
  ['thcs-dak-koi-khxh', 'Y Ngân', 'teacher', 'Giáo viên Ngữ văn'],
  ['thcs-dak-koi-khxh', 'Phạm Văn Quý', 'teacher', 'Giáo viên Lịch sử và Địa lí'],
  ['thcs-dak-koi-khxh', 'A Thắng', 'teacher', 'Giáo viên Giáo dục công dân'],
  ['thcs-dak-koi-khxh', 'Lê Thị Kiều Trang', 'teacher', 'Giáo viên Tiếng Anh'],
  ['thcs-dak-koi-khxh', 'Nguyễn Văn Bình', 'teacher', 'Nhân viên văn thư'],
];

export const demoPeople: DemoPerson[] = rows.map(([unitId, fullName, role, title, botLinked], index) => ({
  id: `demo-${String(index + 1).padStart(2, '0')}`,
  unitId,
  fullName,
  role,
  title,
  botLinked: botLinked ?? true,
}));

/** A multi-use code for teachers of the primary school, printed at start so newcomers can try joining. */
export const demoJoinCode = { code: 'DAKKOI25', unitId: 'th-dak-koi-to-4-5', role: 'teacher' as const, uses: 100 };
