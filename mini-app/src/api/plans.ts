import { DoneMark, MyDeadline, PlanDetail, PlanSearchHit, PlanSummary, StoredObligation, type ObligationInput } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';
import { uploadFile, type UploadProgress } from './upload';

const enc = encodeURIComponent;

/** GET /api/plans — the library: plans of the person's unit chain (drafts only for those who manage them). */
export function listPlans(): Promise<PlanSummary[]> {
  return authorizedRequest('/api/plans', { schema: z.array(PlanSummary) });
}

/** GET /api/plans/search?q= — sections of published plans matching every word, accents ignored. */
export function searchPlans(q: string): Promise<PlanSearchHit[]> {
  return authorizedRequest(`/api/plans/search?q=${enc(q)}`, { schema: z.array(PlanSearchHit) });
}

/** GET /api/plans/:planId — header, sections, obligations and the source text. */
export function getPlan(planId: string): Promise<PlanDetail> {
  return authorizedRequest(`/api/plans/${enc(planId)}`, { schema: PlanDetail });
}

/** GET /api/me/deadlines — what the person owes next, soonest first. */
export function getMyDeadlines(): Promise<MyDeadline[]> {
  return authorizedRequest('/api/me/deadlines', { schema: z.array(MyDeadline) });
}

/** The units a plan may be issued for (the import screen's choice) live with the org capability. */
export { listUnits } from './org';

/**
 * POST /api/plans/:planId/obligations/:obligationId/done — "Đánh dấu đã xong" (or undo) for the due date
 * `occurrence` ("YYYY-MM-DD"); for the school when a principal marks it. 403 when it is not the person's role.
 */
export function markObligationDone(planId: string, obligationId: string, done: boolean, occurrence?: string): Promise<DoneMark> {
  return authorizedRequest(`/api/plans/${enc(planId)}/obligations/${enc(obligationId)}/done`, { body: { done, occurrence }, schema: DoneMark });
}

/** POST /api/plans/import — pasted text becomes a draft; 400 with `fields.text` / `fields.issuerUnitId`. */
export function importPlanText(text: string, issuerUnitId: string): Promise<PlanDetail> {
  return authorizedRequest('/api/plans/import', { body: { text, issuerUnitId }, schema: PlanDetail });
}

/** POST /api/plans/import-file — a .txt or .docx as multipart `file`; errors carry `fields.file`. */
export function importPlanFile(file: File, issuerUnitId: string, onProgress: (progress: UploadProgress) => void): Promise<PlanDetail> {
  return uploadFile(`/api/plans/import-file?issuerUnitId=${enc(issuerUnitId)}`, { field: 'file', file, fileName: file.name, schema: PlanDetail, onProgress });
}

/** PUT /api/plans/:planId/obligations/:obligationId — the officer's correction. */
export function updateObligation(planId: string, obligationId: string, input: ObligationInput): Promise<StoredObligation> {
  return authorizedRequest(`/api/plans/${enc(planId)}/obligations/${enc(obligationId)}`, { method: 'PUT', body: input, schema: StoredObligation });
}

/** POST /api/plans/:planId/obligations — a deadline the extractor missed. */
export function addObligation(planId: string, input: ObligationInput): Promise<StoredObligation> {
  return authorizedRequest(`/api/plans/${enc(planId)}/obligations`, { method: 'POST', body: input, schema: StoredObligation });
}

/** DELETE /api/plans/:planId/obligations/:obligationId → 204. */
export async function deleteObligation(planId: string, obligationId: string): Promise<void> {
  await authorizedRequest(`/api/plans/${enc(planId)}/obligations/${enc(obligationId)}`, { method: 'DELETE', schema: z.unknown() });
}

/** POST /api/plans/:planId/publish — the draft becomes visible to the unit chain. */
export function publishPlan(planId: string): Promise<PlanDetail> {
  return authorizedRequest(`/api/plans/${enc(planId)}/publish`, { method: 'POST', body: {}, schema: PlanDetail });
}
