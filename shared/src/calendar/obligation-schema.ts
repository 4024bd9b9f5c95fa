import { z } from 'zod';

export const obligationKinds = ['dossier', 'report', 'plan', 'review', 'other'] as const;
/** What is due: hồ sơ → dossier, báo cáo → report, kế hoạch → plan, sơ kết/tổng kết/đánh giá/kiểm tra → review. */
export const ObligationKind = z.enum(obligationKinds);
export type ObligationKind = z.infer<typeof ObligationKind>;

export const Recurrence = z.enum(['once', 'yearly', 'monthly']);
export type Recurrence = z.infer<typeof Recurrence>;

const Day = z.number().int().min(1).max(31);
const Month = z.number().int().min(1).max(12);
const Quarter = z.number().int().min(1).max(4);
const Year = z.number().int().min(1900).max(2200);

/**
 * When something is due, as the plan states it. Missing parts are null: "trước ngày 30/5 hằng
 * năm" has no year, "trong quý III năm 2025" no day, "vào năm 2027" only a year. See
 * `occurrences.ts` for how each shape turns into dates.
 */
export const DueRule = z.object({
  day: Day.nullable(),
  month: Month.nullable(),
  quarter: Quarter.nullable(),
  year: Year.nullable(),
  recurrence: Recurrence,
  /** The campaign years a recurring duty repeats in ("từ năm 2025 đến năm 2030"); null = open-ended. */
  activeYears: z.object({ from: Year, to: Year }).nullable(),
});
export type DueRule = z.infer<typeof DueRule>;

export const Obligation = DueRule.extend({
  /** The date phrase exactly as in the source, line breaks included. */
  phrase: z.string().min(1),
  /** Source offsets of `phrase`: text.slice(start, end) === phrase. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: ObligationKind,
  /** Short description taken from the sentence, e.g. "Hồ sơ đề nghị khen thưởng …". */
  what: z.string().min(1),
  /** Who receives it ("UBND xã (qua Phòng Văn hoá - Xã hội)"), or null when not stated. */
  recipient: z.string().min(1).nullable(),
  /** Who owes it, from the sentence's subject or the responsibility heading above it. */
  sender: z.string().min(1).nullable(),
  /** First day of a window ("từ 01/6 đến 30/6"); the obligation is due at the window's end. */
  opensOn: z.object({ day: Day, month: Month, year: Year.nullable() }).nullable(),
  /** "… hoặc theo yêu cầu": may also be requested at other times. */
  onRequest: z.boolean(),
  /** Outline path of the plan section holding the phrase ("VI.2.1.b"), when inside one. */
  sectionPath: z.string().nullable(),
});
export type Obligation = z.infer<typeof Obligation>;

/** The CLI's contract (`npm run extract-deadlines`): exactly these keys, in this order. */
export const CliObligation = z.strictObject({
  phrase: z.string().min(1),
  day: Day.nullable(),
  month: Month.nullable(),
  quarter: Quarter.nullable(),
  year: Year.nullable(),
  recurrence: Recurrence,
  kind: ObligationKind,
  what: z.string().min(1),
  recipient: z.string().min(1).nullable(),
});
export type CliObligation = z.infer<typeof CliObligation>;

export function toCliObligation(o: Obligation): CliObligation {
  return {
    phrase: o.phrase,
    day: o.day,
    month: o.month,
    quarter: o.quarter,
    year: o.year,
    recurrence: o.recurrence,
    kind: o.kind,
    what: o.what,
    recipient: o.recipient,
  };
}
