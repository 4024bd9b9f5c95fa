import { z } from 'zod';
import { Id } from './org';
import { IsoDay } from './submissions';

/** The campaign's years: off days and leave outside them mean a typo, not a plan. */
export const CAMPAIGN_FIRST_YEAR = 2025;
export const CAMPAIGN_LAST_YEAR = 2030;

const CampaignDay = IsoDay.refine((day) => {
  const year = Number(day.slice(0, 4));
  return year >= CAMPAIGN_FIRST_YEAR && year <= CAMPAIGN_LAST_YEAR;
}, `Ngày nghỉ phải nằm trong thời gian phong trào (${CAMPAIGN_FIRST_YEAR}–${CAMPAIGN_LAST_YEAR})`);

/** A range of days; the end may be left out for a single day, and may not come before the start. */
function endsAfterStart(range: { from: string; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (range.to !== undefined && range.to < range.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi' });
}

/** An officer declares days off for a unit and everything below it (a Sở's Tết break covers the province). */
export const OffDayBody = z
  .object({ unitId: Id, from: CampaignDay, to: CampaignDay.optional(), label: z.string().trim().min(2, 'Vui lòng ghi lý do nghỉ').max(100, 'Lý do tối đa 100 ký tự') })
  .superRefine(endsAfterStart);
export type OffDayBody = z.infer<typeof OffDayBody>;

export const OffDayView = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  label: z.string(),
  /** Declared by a unit above the one asked about: shown, but removed only up there. */
  inherited: z.boolean(),
});
export type OffDayView = z.infer<typeof OffDayView>;

const WeekdayNumber = z.number().int().min(1, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)').max(7, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)');

export const WeekendBody = z.object({
  unitId: Id,
  weekend: z
    .array(WeekdayNumber)
    .max(3, 'Tối đa 3 ngày nghỉ trong tuần')
    .refine((days) => new Set(days).size === days.length, 'Các ngày nghỉ không được trùng nhau'),
});
export type WeekendBody = z.infer<typeof WeekendBody>;

/** A unit's year as its people live it: public holidays, declared off days (own and inherited), weekend. */
export const UnitCalendarView = z.object({
  unitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  weekend: z.array(z.number().int()),
  /** The unit whose weekend setting applies (this one, one above, or null for the default Sat+Sun). */
  weekendFrom: z.string().nullable(),
  holidays: z.array(z.object({ day: z.string(), label: z.string() })),
  offDays: z.array(OffDayView),
});
export type UnitCalendarView = z.infer<typeof UnitCalendarView>;

/** "Nghỉ phép từ … đến …" for oneself, or by a principal / tổ trưởng for their staff. */
export const LeaveBody = z
  .object({ personId: Id.optional(), from: IsoDay, to: IsoDay, reason: z.string().trim().max(200, 'Lý do tối đa 200 ký tự').optional() })
  .superRefine(endsAfterStart);
export type LeaveBody = z.infer<typeof LeaveBody>;

export const LeaveView = z.object({
  id: Id,
  personId: Id,
  fullName: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string().nullable(),
  createdByName: z.string(),
});
export type LeaveView = z.infer<typeof LeaveView>;
