import { z } from 'zod';
import { DueRule, Obligation, ObligationKind, Recurrence } from '../calendar/obligation-schema';
import { Id, Role } from './org';

export const PlanStatus = z.enum(['draft', 'published']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** A plan in the library list. */
export const PlanSummary = z.object({
  id: Id,
  number: z.string().nullable(),
  title: z.string(),
  issuerUnitId: Id,
  issuerName: z.string(),
  issuedOn: z.string().nullable(),
  status: PlanStatus,
  parentPlanId: Id.nullable(),
  obligationCount: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** A section as the reader shows it: flat, in document order, `depth` for indentation. */
export const PlanSectionView = z.object({
  path: z.string(),
  marker: z.string(),
  heading: z.string().nullable(),
  body: z.string(),
  depth: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type PlanSectionView = z.infer<typeof PlanSectionView>;

/** An obligation as stored: what the extractor found (or the officer typed), plus who owes it and when next. */
export const StoredObligation = Obligation.extend({
  id: Id,
  planId: Id,
  /** Roles of the issuing unit's tree that owe it; drives "Hạn của tôi" and reminders. */
  audienceRoles: z.array(Role),
  /** The parent plan's obligation this one feeds (a school's 25/5 feeds the commune's 30/5). */
  parentObligationId: Id.nullable(),
  /** Days between this due date and the parent's. */
  leadDays: z.number().int().nullable(),
  /** Next due date from today, "YYYY-MM-DD" in Asia/Ho_Chi_Minh; null when all are past. */
  nextDueOn: z.string().nullable(),
  /** True when the officer added it by hand rather than the extractor finding it. */
  manual: z.boolean(),
});
export type StoredObligation = z.infer<typeof StoredObligation>;

export const PlanParentView = z.object({ number: z.string(), date: z.string().nullable(), issuer: z.string().nullable(), planId: Id.nullable() });

export const PlanDetail = PlanSummary.extend({
  place: z.string().nullable(),
  preamble: z.string(),
  parents: z.array(PlanParentView),
  sections: z.array(PlanSectionView),
  obligations: z.array(StoredObligation),
  /** The text the plan was imported from: offsets of sections and obligations point into it. */
  sourceText: z.string(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const MAX_PLAN_TEXT_CHARS = 2_000_000;

export const ImportPlanBody = z.object({
  text: z
    .string({ error: 'Thiếu nội dung kế hoạch' })
    .max(MAX_PLAN_TEXT_CHARS, 'Nội dung kế hoạch quá dài')
    .refine((text) => text.trim().length >= 200, 'Nội dung quá ngắn để là một kế hoạch (cần ít nhất 200 ký tự)'),
  issuerUnitId: Id,
  /** The plan's number when the text leaves it blank ("Số: /KH-UBND") or the PDF lost it. */
  number: z.string().trim().min(3, 'Số kế hoạch quá ngắn').max(40, 'Số kế hoạch quá dài').optional(),
  /** The plan it implements, when the text cites none the library can match. */
  parentPlanId: Id.optional(),
});
export type ImportPlanBody = z.infer<typeof ImportPlanBody>;

const Day = z.number({ error: 'Ngày phải là số' }).int().min(1, 'Ngày từ 1 đến 31').max(31, 'Ngày từ 1 đến 31');
const Month = z.number({ error: 'Tháng phải là số' }).int().min(1, 'Tháng từ 1 đến 12').max(12, 'Tháng từ 1 đến 12');

/** What an officer may set on an obligation while reviewing an import. */
export const ObligationInput = z
  .object({
    what: z.string().trim().min(3, 'Mô tả quá ngắn').max(300, 'Mô tả tối đa 300 ký tự'),
    kind: ObligationKind,
    day: Day.nullable(),
    month: Month.nullable(),
    quarter: z.number().int().min(1, 'Quý từ 1 đến 4').max(4, 'Quý từ 1 đến 4').nullable(),
    year: z.number().int().min(2024, 'Năm từ 2024 đến 2035').max(2035, 'Năm từ 2024 đến 2035').nullable(),
    recurrence: Recurrence,
    recipient: z.string().trim().max(200, 'Nơi nhận tối đa 200 ký tự').nullable(),
    sender: z.string().trim().max(200, 'Đơn vị thực hiện tối đa 200 ký tự').nullable(),
    audienceRoles: z.array(Role).min(1, 'Chọn ít nhất một vai trò phải thực hiện'),
    activeYears: DueRule.shape.activeYears.default(null),
  })
  .superRefine((input, ctx) => {
    if (input.recurrence === 'monthly' && input.day === null) ctx.addIssue({ code: 'custom', path: ['day'], message: 'Hạn hằng tháng cần ngày trong tháng' });
    if (input.recurrence === 'yearly' && (input.day === null || input.month === null) && input.quarter === null) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'Hạn hằng năm cần ngày và tháng, hoặc quý' });
    }
    if (input.recurrence === 'once' && input.year === null) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Hạn một lần cần năm' });
    if (input.day !== null && input.month !== null && input.day > new Date(Date.UTC(2024, input.month, 0)).getUTCDate()) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: `Tháng ${input.month} không có ngày ${input.day}` });
    }
  });
export type ObligationInput = z.infer<typeof ObligationInput>;

/** One row of "Hạn của tôi". */
export const MyDeadline = z.object({
  obligationId: Id,
  planId: Id,
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  issuerName: z.string(),
  what: z.string(),
  kind: ObligationKind,
  recipient: z.string().nullable(),
  dueOn: z.string(),
  /** Whole days from today (Asia/Ho_Chi_Minh) to the due date; 0 = due today. */
  daysLeft: z.number().int(),
  recurrence: Recurrence,
  sectionPath: z.string().nullable(),
  phrase: z.string(),
  /** Marked done for this occurrence (by the person, or for their unit by its head). */
  done: z.boolean(),
  /** Why the due day is a day off for the person's unit ("Chủ nhật", "Tết Nguyên Đán"); the deadline still stands. */
  dueDayOff: z.string().nullable(),
});
export type MyDeadline = z.infer<typeof MyDeadline>;

/** A search result: a section whose text matches every query word, ignoring diacritics. */
export const PlanSearchHit = z.object({
  planId: Id,
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  sectionPath: z.string().nullable(),
  heading: z.string().nullable(),
  /** A piece of the section's text around the first match. */
  snippet: z.string(),
  /** [start, end) ranges inside `snippet` to highlight. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type PlanSearchHit = z.infer<typeof PlanSearchHit>;

/** Marking a deadline done (or undoing it) for one due date; default: the next one from today. */
export const MarkDoneBody = z.object({
  occurrence: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ').optional(),
  done: z.boolean().default(true),
});
export type MarkDoneBody = z.infer<typeof MarkDoneBody>;

/** The answer to marking done: which due date it applied to. */
export const DoneMark = z.object({ occurrence: z.string(), done: z.boolean() });
export type DoneMark = z.infer<typeof DoneMark>;
