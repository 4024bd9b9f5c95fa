import { SubmissionView, TrainingCoverage, type SubmissionKind, type SubmissionStatus } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** A row of "Bài đã nộp" or of the review queue: the view's header fields, without data or history. */
export const SubmissionSummary = SubmissionView.pick({
  id: true,
  kind: true,
  status: true,
  title: true,
  authorId: true,
  authorName: true,
  unitName: true,
  submittedAt: true,
  updatedAt: true,
  reviewerComment: true,
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export type ReviewDecision = 'approve' | 'return' | 'reopen' | 'forward';

export interface ListFilter {
  scope: 'mine' | 'review';
  status?: SubmissionStatus;
  kind?: SubmissionKind;
}

/** GET /api/submissions — the person's own ("mine", drafts included) or the queue they review. */
export function listSubmissions(filter: ListFilter): Promise<SubmissionSummary[]> {
  const query = new URLSearchParams({ scope: filter.scope });
  if (filter.status) query.set('status', filter.status);
  if (filter.kind) query.set('kind', filter.kind);
  return authorizedRequest(`/api/submissions?${query.toString()}`, { schema: z.array(SubmissionSummary) });
}

/** GET /api/submissions/:id — data, attachments and history. */
export function getSubmission(id: string): Promise<SubmissionView> {
  return authorizedRequest(`/api/submissions/${enc(id)}`, { schema: SubmissionView });
}

/** POST /api/submissions/drafts — the draft of a form; the same `clientKey` always finds the same draft. */
export function openDraft(kind: SubmissionKind, clientKey: string): Promise<SubmissionView> {
  return authorizedRequest('/api/submissions/drafts', { body: { kind, clientKey }, schema: SubmissionView });
}

/**
 * PUT /api/submissions/:id/draft — autosave; 409 when another save came in since `version` or the
 * submission is no longer editable. `keepalive` for the last save as the page closes.
 */
export function saveDraft(id: string, data: Record<string, unknown>, version: number, keepalive = false): Promise<SubmissionView> {
  return authorizedRequest(`/api/submissions/${enc(id)}/draft`, { method: 'PUT', body: { data, version }, schema: SubmissionView, keepalive });
}

/** POST /api/submissions/:id/submit — checks the saved form strictly (400 with `fields`); the key makes retries safe. */
export function submitDraft(id: string, idempotencyKey: string): Promise<SubmissionView> {
  return authorizedRequest(`/api/submissions/${enc(id)}/submit`, { method: 'POST', body: {}, headers: { 'Idempotency-Key': idempotencyKey }, schema: SubmissionView });
}

/** POST /api/submissions/:id/review — return/reopen need a comment (`fields.comment`); 409 if the status moved. */
export function reviewSubmission(id: string, decision: ReviewDecision, comment: string): Promise<SubmissionView> {
  return authorizedRequest(`/api/submissions/${enc(id)}/review`, { body: { decision, comment }, schema: SubmissionView });
}

/** GET /api/submissions/coverage — share of staff with at least one training record, per unit below. */
export function getTrainingCoverage(unitId?: string): Promise<TrainingCoverage> {
  return authorizedRequest(`/api/submissions/coverage${unitId ? `?unitId=${enc(unitId)}` : ''}`, { schema: TrainingCoverage });
}
