import { z } from 'zod';
import { foldVietnamese } from '../text/fold';

/** Sở GDĐT → xã/phường → trường → tổ chuyên môn. */
export const unitKinds = ['department', 'commune', 'school', 'group'] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;

export const unitKindLabels: Record<UnitKind, string> = {
  department: 'Sở GDĐT',
  commune: 'Xã/phường',
  school: 'Trường',
  group: 'Tổ chuyên môn',
};

export const roles = ['teacher', 'group_leader', 'principal', 'commune_officer', 'dept_officer', 'admin'] as const;
export const Role = z.enum(roles, { error: 'Vai trò không hợp lệ' });
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, string> = {
  teacher: 'Giáo viên/nhân viên',
  group_leader: 'Tổ trưởng',
  principal: 'Hiệu trưởng',
  commune_officer: 'Cán bộ xã',
  dept_officer: 'Cán bộ Sở',
  admin: 'Quản trị',
};

/** Text without control characters: PostgreSQL text refuses a NUL byte, and no id or name of an event carries one. */
// eslint-disable-next-line no-control-regex
export const withoutControlCharacters = /^[^\u0000-\u001f\u007f]+$/;

export const Id = z.string().min(1).max(64).regex(withoutControlCharacters, 'Mã không hợp lệ');

export const Unit = z.object({
  id: Id,
  kind: UnitKind,
  name: z.string().min(1).max(200),
  parentId: Id.nullable(),
  /** Materialised ancestry "/dept/commune/school/": subtree checks are one prefix test. */
  path: z.string(),
});
export type Unit = z.infer<typeof Unit>;

/**
 * Vietnamese mobile numbers: 0 or +84/84 followed by a 9-digit subscriber number
 * starting with 3, 5, 7, 8 or 9. Stored normalised as "0xxxxxxxxx".
 */
export const Phone = z
  .string({ error: 'Số điện thoại phải là chuỗi' })
  .trim()
  .transform((raw) => raw.replace(/[\s.()-]/g, ''))
  .transform((raw) => raw.replace(/^(\+84|84)(?=[35789]\d{8}$)/, '0'))
  // Spreadsheets store phones as numbers and drop the leading zero.
  .transform((raw) => raw.replace(/^(?=[35789]\d{8}$)/, '0'))
  .refine((phone) => /^0[35789]\d{8}$/.test(phone), {
    message: 'Số điện thoại không hợp lệ (cần 10 số, ví dụ 0912345678)',
  });

export const FullName = z
  .string({ error: 'Họ tên phải là chuỗi' })
  .trim()
  .min(2, 'Họ tên quá ngắn')
  .max(120, 'Họ tên quá dài');

export const Person = z.object({
  id: Id,
  unitId: Id,
  fullName: FullName,
  phone: z.string().nullable(),
  role: Role,
  title: z.string().nullable(),
  active: z.boolean(),
  zaloLinked: z.boolean(),
  botLinked: z.boolean(),
  /** Paused reminders with /dung: the principal sees it rather than wonder why nobody answers. */
  remindersPaused: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const JoinCodeText = z
  .string({ error: 'Mã tham gia phải là chuỗi' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,12}$/, 'Mã tham gia gồm 6–12 chữ cái hoặc chữ số');

export const CreateJoinCodeBody = z.object({
  unitId: Id,
  role: Role,
  /** 1 = one-time; more = a code shared in the unit's Zalo group. */
  maxUses: z.number().int().min(1, 'Số lượt dùng tối thiểu là 1').max(500, 'Số lượt dùng tối đa là 500'),
  validDays: z.number().int().min(1, 'Hiệu lực tối thiểu 1 ngày').max(90, 'Hiệu lực tối đa 90 ngày'),
  /** Binds the code to a roster entry so joining links that person instead of creating one. */
  personId: Id.optional(),
});
export type CreateJoinCodeBody = z.infer<typeof CreateJoinCodeBody>;

export const JoinCode = z.object({
  code: z.string(),
  unitId: Id,
  role: Role,
  usesLeft: z.number().int(),
  expiresAt: z.string(),
  personId: Id.nullable(),
});
export type JoinCode = z.infer<typeof JoinCode>;

/** One row of a roster file, after header mapping; validated row by row. */
export const RosterRow = z.object({
  fullName: FullName,
  phone: Phone,
  role: z
    .string()
    .trim()
    .transform((raw, ctx) => {
      const role = parseRoleLabel(raw);
      if (!role) {
        ctx.addIssue({ code: 'custom', message: `Vai trò "${raw}" không rõ (dùng: giáo viên, tổ trưởng, hiệu trưởng…)` });
        return z.NEVER;
      }
      return role;
    }),
  unitName: z.string().trim().max(200).optional(),
  title: z.string().trim().max(120).optional(),
});
export type RosterRow = z.infer<typeof RosterRow>;

const roleAliases: Record<string, Role> = {
  'giao vien': 'teacher',
  'nhan vien': 'teacher',
  gv: 'teacher',
  teacher: 'teacher',
  'to truong': 'group_leader',
  'to pho': 'group_leader',
  group_leader: 'group_leader',
  'hieu truong': 'principal',
  'pho hieu truong': 'principal',
  principal: 'principal',
  'can bo xa': 'commune_officer',
  commune_officer: 'commune_officer',
  'can bo so': 'dept_officer',
  dept_officer: 'dept_officer',
};

/** Accepts the Vietnamese labels principals actually type, with or without diacritics. */
export function parseRoleLabel(raw: string): Role | null {
  return roleAliases[foldVietnamese(raw).replace(/\s+/g, ' ').trim()] ?? null;
}

export const RosterImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  preview: z.array(z.object({ row: z.number().int(), fullName: z.string(), phone: z.string(), role: Role, action: z.enum(['create', 'update']) })),
});
export type RosterImportResult = z.infer<typeof RosterImportResult>;
