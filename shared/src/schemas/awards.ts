import { z } from 'zod';
import { Id } from './org';

/** Hình thức khen thưởng the campaign plans name, with who grants them and copies of the dossier each needs. */
export const awardForms = {
  giay_khen_truong: { label: 'Giấy khen của Hiệu trưởng', level: 'truong', copies: 1 },
  giay_khen_xa: { label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', copies: 1 },
  giay_khen_so: { label: 'Giấy khen của Giám đốc Sở GDĐT', level: 'so', copies: 1 },
  bang_khen_tinh: { label: 'Bằng khen của Chủ tịch UBND tỉnh', level: 'tinh', copies: 2 },
  co_thi_dua_tinh: { label: 'Cờ thi đua của UBND tỉnh', level: 'tinh', copies: 2 },
  bang_khen_bo: { label: 'Bằng khen của Bộ trưởng Bộ GDĐT', level: 'bo', copies: 3 },
  co_thi_dua_bo: { label: 'Cờ thi đua của Bộ GDĐT', level: 'bo', copies: 3 },
  bang_khen_thu_tuong: { label: 'Bằng khen của Thủ tướng Chính phủ', level: 'nha_nuoc', copies: 3 },
  co_thi_dua_thu_tuong: { label: 'Cờ thi đua của Thủ tướng Chính phủ', level: 'nha_nuoc', copies: 3 },
  huan_chuong_lao_dong: { label: 'Huân chương Lao động', level: 'nha_nuoc', copies: 3 },
} as const;
export type AwardForm = keyof typeof awardForms;
export const AwardForm = z.enum(Object.keys(awardForms) as [AwardForm, ...AwardForm[]], { error: 'Hình thức khen thưởng không hợp lệ' });

/** "yearly-2026", "so-ket-2027" (sơ kết), "tong-ket-2030" (tổng kết). */
export const AwardPeriod = z.string().regex(/^(yearly-20(2[5-9]|30)|so-ket-2027|tong-ket-2030)$/, 'Đợt khen thưởng không hợp lệ (hằng năm 2025–2030, sơ kết 2027 hoặc tổng kết 2030)');
export type AwardPeriod = z.infer<typeof AwardPeriod>;

export function periodKind(period: string): 'yearly' | 'so_ket' | 'tong_ket' {
  return period.startsWith('yearly') ? 'yearly' : period.startsWith('so-ket') ? 'so_ket' : 'tong_ket';
}

export const dossierItems = {
  to_trinh: 'Tờ trình đề nghị khen thưởng (kèm danh sách)',
  bien_ban: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
  bao_cao_thanh_tich: 'Báo cáo thành tích (Mẫu số 08, NĐ 152/2025/NĐ-CP)',
  minh_chung: 'Minh chứng thành tích',
} as const;
export type DossierItem = keyof typeof dossierItems;

export const CreateNominationBody = z
  .object({
    period: AwardPeriod,
    form: AwardForm,
    nomineeType: z.enum(['person', 'unit'], { error: 'Chọn cá nhân hoặc tập thể' }),
    nomineeId: Id,
    achievement: z.string().trim().min(10, 'Tóm tắt thành tích quá ngắn').max(2000, 'Tóm tắt thành tích tối đa 2000 ký tự'),
    /** The approved sáng kiến the achievement rests on. */
    submissionIds: z.array(Id).max(20).default([]),
  });
export type CreateNominationBody = z.infer<typeof CreateNominationBody>;

export const ChecklistBody = z.object({ items: z.partialRecord(z.enum(Object.keys(dossierItems) as [DossierItem, ...DossierItem[]]), z.boolean()) });

export const NominationView = z.object({
  id: Id,
  unitId: Id,
  period: z.string(),
  form: AwardForm,
  formLabel: z.string(),
  nomineeType: z.enum(['person', 'unit']),
  nomineeId: Id,
  nomineeName: z.string(),
  achievement: z.string(),
  submissionIds: z.array(Id),
  checklist: z.array(z.object({ item: z.string(), label: z.string(), done: z.boolean() })),
  copiesRequired: z.number().int(),
  dossierDueOn: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type NominationView = z.infer<typeof NominationView>;

export const QuotaUsage = z.array(
  z.object({ form: AwardForm, formLabel: z.string(), collectiveMax: z.number().int().nullable(), individualMax: z.number().int().nullable(), collectiveUsed: z.number().int(), individualUsed: z.number().int() }),
);
export type QuotaUsage = z.infer<typeof QuotaUsage>;
