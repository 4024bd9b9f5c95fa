import { NominationView, QuotaUsage, type CreateNominationBody, type DossierItem } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** GET /api/awards?period= — the unit's nominations of a period, oldest first, with checklist and warnings. */
export function listNominations(period: string): Promise<NominationView[]> {
  return authorizedRequest(`/api/awards?period=${enc(period)}`, { schema: z.array(NominationView) });
}

/** GET /api/awards/quota?period= — per form, the plans' quota and how much of it the unit has used. */
export function getQuotaUsage(period: string): Promise<QuotaUsage> {
  return authorizedRequest(`/api/awards/quota?period=${enc(period)}`, { schema: QuotaUsage });
}

/**
 * POST /api/awards — 400 with a Vietnamese message and `fields` (over the quota: `fields.form`; a nominee
 * outside the unit or under discipline: `fields.nomineeId`); 409 when the nominee already has this form.
 */
export function createNomination(body: CreateNominationBody): Promise<NominationView> {
  return authorizedRequest('/api/awards', { body, schema: NominationView });
}

/** PUT /api/awards/:id/checklist — ticks (or unticks) documents of the dossier; the others stay as they are. */
export function updateChecklist(id: string, items: Partial<Record<DossierItem, boolean>>): Promise<NominationView> {
  return authorizedRequest(`/api/awards/${enc(id)}/checklist`, { method: 'PUT', body: { items }, schema: NominationView });
}

/** DELETE /api/awards/:id → 204: the nomination is withdrawn and its quota freed. */
export async function withdrawNomination(id: string): Promise<void> {
  await authorizedRequest(`/api/awards/${enc(id)}`, { method: 'DELETE', schema: z.unknown() });
}
