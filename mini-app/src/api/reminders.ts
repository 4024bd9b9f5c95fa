import { NudgeLadder, ReminderPolicyBody, type ObligationImportanceBody, type PolicyScopeType } from '@tds/shared';
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
