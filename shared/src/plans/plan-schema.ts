import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Offset = z.number().int().nonnegative();

/** A plan this plan implements: "Thực hiện Kế hoạch số 198/KH-SGDĐT ngày 22/9/2025 của Sở …". */
export const ParentPlanRef = z.object({
  number: z.string().min(1),
  date: IsoDate.nullable(),
  /** The issuing body after "của", or null when the text does not say. */
  issuer: z.string().min(1).nullable(),
});
export type ParentPlanRef = z.infer<typeof ParentPlanRef>;

export interface PlanSection {
  /** Stable address: "II", "II.3", "VI.2.1.b", dash items "VI.2.3.-1"; a repeated number gets "~2". */
  path: string;
  /** The marker as printed: "II.", "2.1.", "b)", "-". */
  marker: string;
  /** Title of the item, or null when the item is a sentence of content rather than a heading. */
  heading: string | null;
  /** The item's own text (not its children's), paragraphs separated by "\n". */
  body: string;
  /** Source span of the whole item, children included. */
  start: number;
  end: number;
  children: PlanSection[];
}

export const PlanSection: z.ZodType<PlanSection> = z.object({
  path: z.string().min(1),
  marker: z.string().min(1),
  heading: z.string().min(1).nullable(),
  body: z.string(),
  start: Offset,
  end: Offset,
  get children() {
    return z.array(PlanSection);
  },
});

export const ParsedPlan = z.object({
  /** Issuing body, e.g. "UBND xã Đăk Kôi", "Sở Giáo dục và Đào tạo Quảng Ngãi". */
  issuer: z.string().min(1).nullable(),
  /** "198/KH-SGDĐT"; null when the number is left blank for the clerk ("Số: /KH-UBND"). */
  number: z.string().min(1).nullable(),
  issuedOn: IsoDate.nullable(),
  /** Where the date came from: the "…, ngày … tháng … năm …" line or a digital signature time. */
  issuedOnSource: z.enum(['date-line', 'signature']).nullable(),
  place: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  parentPlans: z.array(ParentPlanRef),
  /** Text between the title and the first section ("Thực hiện Kế hoạch số …"). */
  preamble: z.string(),
  sections: z.array(PlanSection),
  /** The "Nơi nhận" list, one recipient per entry. */
  distribution: z.array(z.string().min(1)),
});
export type ParsedPlan = z.infer<typeof ParsedPlan>;
