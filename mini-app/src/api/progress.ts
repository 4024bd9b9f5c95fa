import { AnswerReceipt, OpenQuestion, QuestionResults, QuestionView, RemindResult, type CreateQuestionBody } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** GET /api/progress/mine — my open, upcoming (answer ahead) and recently closed (answer late) rounds, with my current answers. */
export function listMyQuestions(): Promise<OpenQuestion[]> {
  return authorizedRequest('/api/progress/mine', { schema: z.array(OpenQuestion) });
}

/** POST /api/progress/questions/:id/answer — answers one round (or changes the answer); 400 with `fields.text` when unreadable, 409 once closed and answered. */
export function answerQuestion(questionId: string, occurrence: string, text: string): Promise<AnswerReceipt> {
  return authorizedRequest(`/api/progress/questions/${enc(questionId)}/answer`, { body: { text, occurrence }, schema: AnswerReceipt });
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
