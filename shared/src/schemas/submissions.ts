import { z } from 'zod';
import { Id } from './org';

export const submissionKinds = ['initiative', 'training'] as const;
export const SubmissionKind = z.enum(submissionKinds);
export type SubmissionKind = z.infer<typeof SubmissionKind>;

export const submissionStatuses = ['draft', 'submitted', 'returned', 'approved', 'forwarded'] as const;
export const SubmissionStatus = z.enum(submissionStatuses);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã nộp, chờ duyệt',
  returned: 'Bị trả lại',
  approved: 'Đơn vị đã duyệt',
  forwarded: 'Đã gửi lên xã',
};

/** Calendar date as typed in forms, "dd/mm/yyyy"; stored and sent as "yyyy-mm-dd". */
export const IsoDay = z
  .string({ error: 'Ngày không hợp lệ' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng dd/mm/yyyy')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1940 && y <= 2100;
  }, 'Ngày không tồn tại');

const text = (label: string, max: number) =>
  z.string({ error: `${label} phải là chữ` }).trim().max(max, `${label} tối đa ${max} ký tự`);
const required = (label: string, max: number, min = 1) => text(label, max).min(min, min > 1 ? `${label} cần ít nhất ${min} ký tự` : `Vui lòng nhập ${label.toLowerCase()}`);

export const InitiativeAuthor = z.object({
  fullName: required('Họ tên', 120, 2),
  birthDate: IsoDay,
  workplace: required('Nơi công tác', 200),
  position: required('Chức danh', 120),
  qualification: required('Trình độ chuyên môn', 120),
  /** Tỷ lệ % đóng góp; the authors' shares total 100. */
  sharePercent: z.number({ error: 'Tỷ lệ đóng góp phải là số' }).min(1, 'Tỷ lệ đóng góp từ 1 đến 100').max(100, 'Tỷ lệ đóng góp từ 1 đến 100'),
});
export type InitiativeAuthor = z.infer<typeof InitiativeAuthor>;

export const VideoLink = z.url({ error: 'Đường dẫn video không hợp lệ', protocol: /^https?$/ }).max(500, 'Đường dẫn quá dài');

/** The official application for recognising a sáng kiến, field by field. */
export const InitiativeData = z
  .object({
    title: required('Tên sáng kiến', 300, 5),
    /** Tác giả first, then đồng tác giả. */
    authors: z.array(InitiativeAuthor).min(1, 'Cần ít nhất một tác giả').max(10, 'Tối đa 10 tác giả'),
    field: required('Lĩnh vực áp dụng', 200),
    firstAppliedOn: IsoDay,
    problem: required('Mô tả thực trạng', 20_000, 20),
    solution: required('Bản chất, nội dung giải pháp', 30_000, 20),
    novelty: required('Tính mới', 10_000, 10),
    effectiveness: required('Hiệu quả, lợi ích', 10_000, 10),
    scalability: required('Khả năng áp dụng, nhân rộng', 10_000, 10),
    confidential: text('Thông tin cần bảo mật', 5000).default(''),
    attachmentIds: z.array(Id).max(20, 'Tối đa 20 tệp minh chứng').default([]),
    videoLinks: z.array(VideoLink).max(10, 'Tối đa 10 đường dẫn video').default([]),
  })
  .superRefine((data, ctx) => {
    const total = data.authors.reduce((sum, author) => sum + author.sharePercent, 0);
    if (Math.abs(total - 100) > 0.001) ctx.addIssue({ code: 'custom', path: ['authors'], message: `Tổng tỷ lệ đóng góp phải bằng 100% (hiện là ${Math.round(total * 100) / 100}%)` });
  });
export type InitiativeData = z.infer<typeof InitiativeData>;

export const trainingPrograms = ['binh_dan_hoc_vu_so', 'other'] as const;
export const trainingProgramLabels: Record<(typeof trainingPrograms)[number], string> = {
  binh_dan_hoc_vu_so: 'Bình dân học vụ số (binhdanhocvuso.gov.vn)',
  other: 'Chương trình khác',
};

/** One Bình dân học vụ số (or other) course completed, with its certificate or photo. */
export const TrainingData = z
  .object({
    program: z.enum(trainingPrograms, { error: 'Chọn chương trình' }),
    programName: text('Tên chương trình', 200).default(''),
    course: required('Tên khóa học/học phần', 300, 3),
    provider: required('Đơn vị tổ chức', 200),
    completedOn: IsoDay,
    hours: z.number({ error: 'Số giờ phải là số' }).min(0.5, 'Số giờ từ 0,5 đến 1000').max(1000, 'Số giờ từ 0,5 đến 1000').nullable().default(null),
    attachmentIds: z.array(Id).min(1, 'Cần ảnh hoặc tệp chứng chỉ').max(5, 'Tối đa 5 tệp'),
  })
  .superRefine((data, ctx) => {
    if (data.program === 'other' && data.programName.length < 3) ctx.addIssue({ code: 'custom', path: ['programName'], message: 'Vui lòng nhập tên chương trình' });
  });
export type TrainingData = z.infer<typeof TrainingData>;

/** Drafts hold whatever has been typed so far: any subset, each value already bounded in size. */
export const DraftData = z.record(z.string().max(60), z.unknown()).refine((data) => JSON.stringify(data).length <= 200_000, 'Bản nháp quá lớn');
export type DraftData = z.infer<typeof DraftData>;

export const CreateDraftBody = z.object({
  kind: SubmissionKind,
  /** Chosen by the form when it opens: reopening the same form (or a retried request) finds the same draft. */
  clientKey: z.string().uuid('Mã biểu mẫu không hợp lệ'),
  data: DraftData.default({}),
});
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

export const SaveDraftBody = z.object({
  data: DraftData,
  /** The version the client edited; an older one than stored is refused (another device saved since). */
  // Bounded to the store's integer column: a bigger number is no version the server ever handed out.
  version: z.number().int().min(0).max(2_147_483_647, 'Phiên bản bản nháp không hợp lệ'),
});
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

export const ReviewBody = z.object({
  decision: z.enum(['approve', 'return', 'reopen', 'forward'], { error: 'Quyết định không hợp lệ' }),
  comment: z.string().trim().max(2000, 'Nhận xét tối đa 2000 ký tự').default(''),
}).superRefine((body, ctx) => {
  if ((body.decision === 'return' || body.decision === 'reopen') && body.comment.length < 5) {
    ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Vui lòng ghi rõ lý do trả lại (ít nhất 5 ký tự)' });
  }
});
export type ReviewBody = z.infer<typeof ReviewBody>;

export const AttachmentView = z.object({
  id: Id,
  mime: z.string(),
  bytes: z.number().int(),
  name: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const SubmissionView = z.object({
  id: Id,
  kind: SubmissionKind,
  status: SubmissionStatus,
  authorId: Id,
  authorName: z.string(),
  unitId: Id,
  unitName: z.string(),
  title: z.string(),
  data: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  attachments: z.array(AttachmentView),
  reviewerComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
  history: z.array(z.object({ at: z.string(), actorName: z.string().nullable(), from: SubmissionStatus.nullable(), to: SubmissionStatus, comment: z.string().nullable() })),
});
export type SubmissionView = z.infer<typeof SubmissionView>;

export const SubmissionListQuery = z.object({
  scope: z.enum(['mine', 'review']).default('mine'),
  status: SubmissionStatus.optional(),
  kind: SubmissionKind.optional(),
});

export const TrainingCoverage = z.object({
  unitId: Id,
  unitName: z.string(),
  staff: z.number().int(),
  withEvidence: z.number().int(),
  percent: z.number(),
  byUnit: z.array(z.object({ unitId: Id, unitName: z.string(), staff: z.number().int(), withEvidence: z.number().int(), percent: z.number() })),
});
export type TrainingCoverage = z.infer<typeof TrainingCoverage>;

/** Upload limits, checked on the phone before sending and on the server from the bytes. */
export const uploadLimits = {
  imageBytes: 10 * 1024 * 1024,
  documentBytes: 20 * 1024 * 1024,
  imageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'],
  documentTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
} as const;
