import { z } from 'zod';
import { Id, Role } from './org';
import { NudgeStep } from './reminders';

export const answerTypes = ['yes_no', 'choice', 'number', 'text'] as const;
export const AnswerType = z.enum(answerTypes, { error: 'Loại câu trả lời không hợp lệ' });
export type AnswerType = z.infer<typeof AnswerType>;

export const answerTypeLabels: Record<AnswerType, string> = { yes_no: 'Có/Không', choice: 'Chọn một', number: 'Số', text: 'Trả lời ngắn' };

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:mm');

/** When the bot asks: once at a moment, or every week / month at a time of day (Vietnam time). */
export const QuestionSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ'), time: Time }),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)').max(7, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)'), time: Time }),
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1, 'Ngày từ 1 đến 28').max(28, 'Ngày từ 1 đến 28'), time: Time }),
]);
export type QuestionSchedule = z.infer<typeof QuestionSchedule>;

export const CreateQuestionBody = z
  .object({
    text: z.string().trim().min(5, 'Câu hỏi quá ngắn').max(500, 'Câu hỏi tối đa 500 ký tự'),
    answerType: AnswerType,
    choices: z.array(z.string().trim().min(1, 'Lựa chọn không được trống').max(100, 'Lựa chọn tối đa 100 ký tự')).max(9, 'Tối đa 9 lựa chọn').default([]),
    /** The unit whose people (and those below) are asked. */
    unitId: Id,
    audienceRoles: z.array(Role).min(1, 'Chọn ít nhất một vai trò được hỏi'),
    schedule: QuestionSchedule,
    /** An occurrence stays open for answers this many days after it is asked. */
    openDays: z.number().int().min(1, 'Thời hạn trả lời từ 1 đến 30 ngày').max(30, 'Thời hạn trả lời từ 1 đến 30 ngày').default(7),
  })
  .superRefine((body, ctx) => {
    if (body.answerType === 'choice' && body.choices.length < 2) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Cần ít nhất 2 lựa chọn' });
  });
export type CreateQuestionBody = z.infer<typeof CreateQuestionBody>;

/** A stored answer: what the person meant, whatever they typed. */
export const AnswerValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes_no'), yes: z.boolean() }),
  z.object({ type: z.literal('choice'), index: z.number().int().min(0), label: z.string() }),
  z.object({ type: z.literal('number'), value: z.number(), of: z.number().nullable() }),
  z.object({ type: z.literal('text'), text: z.string().min(1).max(1000) }),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A round of a question: "once", or the day it is asked ("YYYY-MM-DD"). */
export const OccurrenceKey = z.string().regex(/^(once|\d{4}-\d{2}-\d{2})$/, 'Lần hỏi không hợp lệ');

export const AnswerBody = z.object({
  text: z.string().trim().min(1, 'Vui lòng nhập câu trả lời').max(1000, 'Câu trả lời tối đa 1000 ký tự'),
  /** Which round is answered: an upcoming one (ahead), the open one, or a closed one (late). Default: the person's open round. */
  occurrence: OccurrenceKey.optional(),
});
export type AnswerBody = z.infer<typeof AnswerBody>;

export const QuestionView = z.object({
  id: Id,
  text: z.string(),
  answerType: AnswerType,
  choices: z.array(z.string()),
  unitId: Id,
  audienceRoles: z.array(Role),
  schedule: QuestionSchedule,
  openDays: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type QuestionView = z.infer<typeof QuestionView>;

export const QuestionResults = z.object({
  question: QuestionView,
  occurrence: z.string().nullable(),
  asked: z.number().int(),
  answered: z.number().int(),
  /** Of the answered, how many answered after the round closed ("trễ hạn"). */
  late: z.number().int(),
  responseRate: z.number(),
  distribution: z.array(z.object({ label: z.string(), count: z.number().int() })),
  answers: z.array(z.object({ personId: Id, fullName: z.string(), unitName: z.string(), summary: z.string(), receivedAt: z.string(), channel: z.string(), late: z.boolean() })),
  nonResponders: z.array(z.object({ personId: Id, fullName: z.string(), unitName: z.string(), botLinked: z.boolean() })),
  /** Not answered but on leave today: listed apart, not counted as non-responders, not nudged. */
  onLeave: z.array(z.object({ personId: Id, fullName: z.string(), unitName: z.string() })),
});
export type QuestionResults = z.infer<typeof QuestionResults>;

/** What a reminder policy covers: one obligation, every obligation of a plan, or every plan a unit issues. */
export const PolicyScopeType = z.enum(['obligation', 'plan', 'unit'], { error: 'Phạm vi không hợp lệ' });
export type PolicyScopeType = z.infer<typeof PolicyScopeType>;

/** An override of when reminders go out, for one obligation, one plan or every plan of a unit. */
export const ReminderPolicyBody = z.object({
  scopeType: PolicyScopeType,
  scopeId: Id,
  offsets: z
    .array(z.number().int().min(0, 'Số ngày từ 0 đến 60').max(60, 'Số ngày từ 0 đến 60'))
    .min(1, 'Cần ít nhất một lần nhắc')
    .max(8, 'Tối đa 8 lần nhắc')
    .refine((offsets) => new Set(offsets).size === offsets.length, 'Các lần nhắc không được trùng nhau'),
  sendAt: Time,
  /** The ladder: tone and who is told at each offset; offsets left out follow the default ladder. */
  steps: z.array(NudgeStep).max(8).optional(),
})
  .superRefine((body, ctx) => {
    body.steps?.forEach((step, index) => {
      if (!body.offsets.includes(step.offset)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'offset'], message: `Bậc nhắc ${step.offset} ngày không có trong các lần nhắc` });
    });
  });
export type ReminderPolicyBody = z.infer<typeof ReminderPolicyBody>;

/**
 * A round of a question for the signed-in person (`GET /api/progress/mine`): `open` (asked, answers
 * and changes taken until `closesAt`), `upcoming` (not asked yet, may be answered ahead; the bot
 * then does not ask it) or `closed` (closed unanswered or answered late; a first answer is kept as late).
 */
export const OpenQuestion = z.object({
  questionId: Id,
  /** "once", or the day this round is asked ("YYYY-MM-DD"). */
  occurrence: z.string(),
  status: z.enum(['upcoming', 'open', 'closed']),
  opensAt: z.string(),
  text: z.string(),
  answerType: AnswerType,
  choices: z.array(z.string()),
  /** Answers are taken (and may be changed) until this instant. */
  closesAt: z.string(),
  /** The current answer as one line ("Có", "12/15"), or null before any. */
  currentAnswer: z.string().nullable(),
  /** The current answer came after the close. */
  late: z.boolean(),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** What the server understood of an answer. */
export const AnswerReceipt = z.object({ ok: z.literal(true), summary: z.string(), questionText: z.string() });
export type AnswerReceipt = z.infer<typeof AnswerReceipt>;

/** "Nhắc lại": how many non-responders were asked again. */
export const RemindResult = z.object({ reminded: z.number().int() });
export type RemindResult = z.infer<typeof RemindResult>;
