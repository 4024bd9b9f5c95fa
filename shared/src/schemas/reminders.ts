import { z } from 'zod';
import { Id } from './org';

export const nudgeTones = ['gentle', 'firm', 'urgent'] as const;
/** How a reminder speaks: a nudge, a firm chase, an urgent last call. */
export const NudgeTone = z.enum(nudgeTones, { error: 'Mức nhắc không hợp lệ' });
export type NudgeTone = z.infer<typeof NudgeTone>;

export const nudgeToneLabels: Record<NudgeTone, string> = { gentle: 'Nhắc nhẹ', firm: 'Đôn đốc', urgent: 'Khẩn' };

export const chaseLevels = ['group_leader', 'principal', 'issuer'] as const;
/**
 * Who is told, at a step, who has not finished: the tổ trưởng of each teacher, the principal of
 * each school, the officers of the unit that issued the plan (commune officer for schools).
 */
export const ChaseLevel = z.enum(chaseLevels, { error: 'Cấp nhận báo cáo không hợp lệ' });
export type ChaseLevel = z.infer<typeof ChaseLevel>;

export const chaseLevelLabels: Record<ChaseLevel, string> = { group_leader: 'Tổ trưởng', principal: 'Hiệu trưởng', issuer: 'Cán bộ đơn vị ban hành kế hoạch' };

/** One rung of the ladder: at `offset` working days before the due day, in this tone, telling these. */
export const NudgeStep = z.object({
  offset: z.number().int().min(0, 'Số ngày từ 0 đến 60').max(60, 'Số ngày từ 0 đến 60'),
  tone: NudgeTone,
  chase: z.array(ChaseLevel).max(3).default([]),
});
export type NudgeStep = z.infer<typeof NudgeStep>;

/** The ladder of one obligation, as the mini app shows it. */
export const NudgeLadder = z.object({
  obligationId: Id,
  sendAt: z.string(),
  /** Where the rules come from: the obligation's own, its plan's, its unit's, or the default. */
  source: z.enum(['obligation', 'plan', 'unit', 'default']),
  steps: z.array(NudgeStep),
  /** Its reminders ask for "Đã nhận": as an officer marked it, else by kind (dossier duties). */
  important: z.boolean(),
  /** Other deadlines of the plan with a setting of their own: a plan-wide ladder does not reach them. */
  otherOwnSettings: z.number().int(),
});
export type NudgeLadder = z.infer<typeof NudgeLadder>;

/** `PUT /api/reminders/importance/:obligationId`: an officer marks an obligation important (its reminders ask for "Đã nhận") or not. */
export const ObligationImportanceBody = z.object({
  important: z.boolean({ error: 'Chọn có hoặc không' }),
});
export type ObligationImportanceBody = z.infer<typeof ObligationImportanceBody>;
