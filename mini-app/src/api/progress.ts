import { AnswerType, Id, QuestionResults, QuestionView, type CreateQuestionBody } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/**
 * A question waiting for the signed-in person (`GET /api/progress/mine`). The server has no shared
 * schema for this answer yet, so it is spelled here from the shared pieces.
 */
export const OpenQuestion = z.object({
  questionId: Id,
  /** "once", or the day this round was asked ("YYYY-MM-DD"). */
  occurrence: z.string(),
  text: z.string(),
  answerType: AnswerType,
  choices: z.array(z.string()),
  /** Answers are taken (and may be changed) until this instant. */
  closesAt: z.string(),
  /** The current answer as one line ("Có", "12/15"), or null before any. */
  currentAnswer: z.string().nullable(),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** What the server understood of an answer. */
export const AnswerReceipt = z.object({ ok: z.literal(true), summary: z.string(), questionText: z.string() });
export type AnswerReceipt = z.infer<typeof AnswerReceipt>;

const RemindResult = z.object({ reminded: z.number().int() });

/** GET /api/progress/mine — open questions for me, with my current answers. */
export function listMyQuestions(): Promise<OpenQuestion[]> {
  return authorizedRequest('/api/progress/mine', { schema: z.array(OpenQuestion) });
}

/** POST /api/progress/questions/:id/answer — answers (or changes the answer); 400 with `fields.text` when unreadable. */
export function answerQuestion(questionId: string, text: string): Promise<AnswerReceipt> {
  return authorizedRequest(`/api/progress/questions/${enc(questionId)}/answer`, { body: { text }, schema: AnswerReceipt });
}

/** GET /api/progress/questions — questions of the manager's units; 403 for other roles. */
export function listUnitQuestions(): Promise<QuestionView[]> {
  return authorizedRequest('/api/progress/questions', { schema: z.array(QuestionView) });
}

/** POST /api/progress/questions → 201; 400 with `fields` keyed by the body's paths (`schedule.time`). */
export function createQuestion(body: CreateQuestionBody): Promise<QuestionView> {
  return authorizedRequest('/api/progress/questions', { body, schema: QuestionView });
}

/** GET /api/progress/questions/:id/results — the latest round: rate, distribution, answers, who has not answered. */
export function getQuestionResults(questionId: string): Promise<QuestionResults> {
  return authorizedRequest(`/api/progress/questions/${enc(questionId)}/results`, { schema: QuestionResults });
}

/** POST /api/progress/questions/:id/remind — "Nhắc lại" through the bot; each person at most once a day. */
export async function remindNonResponders(questionId: string): Promise<number> {
  return (await authorizedRequest(`/api/progress/questions/${enc(questionId)}/remind`, { body: {}, schema: RemindResult })).reminded;
}
