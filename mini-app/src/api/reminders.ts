import { NudgeLadder, ReminderAckRoster, ReminderPolicyBody, ResendResult, type ObligationImportanceBody, type PolicyScopeType } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** GET /api/reminders/ladder/:obligationId — the steps its reminders climb, and whether they ask for "Đã nhận". */
export function getLadder(obligationId: string): Promise<NudgeLadder> {
  return authorizedRequest(`/api/reminders/ladder/${enc(obligationId)}`, { schema: NudgeLadder });
}

/** PUT /api/reminders/policy — offsets, send time and steps for an obligation, a plan or a unit; 400 with `fields` (`offsets`, `steps.1.offset`…), 403 outside one's units. */
export async function saveReminderPolicy(body: ReminderPolicyBody): Promise<void> {
  await authorizedRequest('/api/reminders/policy', { method: 'PUT', body, schema: ReminderPolicyBody });
}

/** DELETE /api/reminders/policy/:scopeType/:scopeId — drops the scope's own setting: its reminders follow the one above (plan, unit, default). */
export async function clearReminderPolicy(scopeType: PolicyScopeType, scopeId: string): Promise<void> {
  await authorizedRequest(`/api/reminders/policy/${enc(scopeType)}/${enc(scopeId)}`, { method: 'DELETE', schema: z.unknown() });
}

/** PUT /api/reminders/importance/:obligationId — important (reminders ask for "Đã nhận") or not; answers the ladder. */
export function setObligationImportance(obligationId: string, body: ObligationImportanceBody): Promise<NudgeLadder> {
  return authorizedRequest(`/api/reminders/importance/${enc(obligationId)}`, { method: 'PUT', body, schema: NudgeLadder });
}

/** GET /api/reminders/acknowledgements/:obligationId — who confirmed the reminders of a due day (the latest asked when none is named). */
export function getReminderAckRoster(obligationId: string, occurrence?: string): Promise<ReminderAckRoster> {
  const query = occurrence ? `?occurrence=${enc(occurrence)}` : '';
  return authorizedRequest(`/api/reminders/acknowledgements/${enc(obligationId)}${query}`, { schema: ReminderAckRoster });
}

/** POST /api/reminders/acknowledgements/:obligationId/resend — the reminder again to those reached who have not confirmed; once per key. */
export function resendReminderAcks(obligationId: string, occurrence: string, idempotencyKey: string): Promise<ResendResult> {
  return authorizedRequest(`/api/reminders/acknowledgements/${enc(obligationId)}/resend`, { body: { occurrence }, headers: { 'Idempotency-Key': idempotencyKey }, schema: ResendResult });
}
