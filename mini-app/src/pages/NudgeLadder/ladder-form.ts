import { ReminderPolicyBody, type ChaseLevel, type NudgeLadder, type NudgeTone, type PolicyScopeType } from '@tds/shared';
import { messagesByPath, type FieldErrors } from '../../components/submissions/form-model';
import { normaliseTime } from '../../lib/time-input';

/** One rung as typed: the offset as text, so "abc" or "" can be refused under its field. */
export interface StepDraft {
  offset: string;
  tone: NudgeTone;
  chase: ChaseLevel[];
}

/** The ladder form of one obligation: send time and steps, most distant first. */
export interface LadderDraft {
  sendAt: string;
  steps: StepDraft[];
}

export const MAX_STEPS = 8;

export function draftOf(ladder: NudgeLadder): LadderDraft {
  return { sendAt: ladder.sendAt, steps: ladder.steps.map((step) => ({ offset: String(step.offset), tone: step.tone, chase: [...step.chase] })) };
}

/** A new rung: a gentle nudge a day closer than the nearest one yet (or on the due day), telling no one. */
export function newStep(steps: readonly StepDraft[]): StepDraft {
  const taken = new Set(steps.map((step) => Number(step.offset)));
  let offset = 1;
  while (taken.has(offset) && offset < 60) offset++;
  return { offset: String(offset), tone: 'gentle', chase: [] };
}

/** Where a ladder is saved from a deadline's screen: for that deadline only, or for every deadline of its plan. */
export interface LadderScope {
  scopeType: Extract<PolicyScopeType, 'obligation' | 'plan'>;
  scopeId: string;
}

/**
 * The body `PUT /api/reminders/policy` takes for the scope: every step's offset is a reminder day,
 * and the step keeps its tone and who is told.
 */
export function toPolicyBody(scope: LadderScope, draft: LadderDraft): Record<string, unknown> {
  const offsets = draft.steps.map((step) => (/^\d+$/.test(step.offset.trim()) ? Number(step.offset.trim()) : step.offset));
  return {
    scopeType: scope.scopeType,
    scopeId: scope.scopeId,
    offsets,
    sendAt: normaliseTime(draft.sendAt),
    steps: draft.steps.map((step, index) => ({ offset: offsets[index], tone: step.tone, chase: step.chase })),
  };
}

/** "07" and "7" are the same day. */
const sameDay = (a: string, b: string) => a.trim().replace(/^0+(?=\d)/, '') === b.trim().replace(/^0+(?=\d)/, '');

const offsetMessage = 'Số ngày từ 0 đến 60';
const vietnamese = /[À-ỹ]/;

/**
 * Puts the schema's (or the server's) messages under the form's fields. Offsets are typed once, in
 * the steps: `offsets.2` and `steps.2.offset` are the same box, and "trùng nhau" goes under every
 * step that repeats a day. What concerns the list as a whole (none, too many) stays on `steps`.
 */
export function placeErrors(fields: Readonly<Record<string, string>>, draft: LadderDraft): FieldErrors {
  const errors: Record<string, string> = {};
  for (const [path, raw] of Object.entries(fields)) {
    const message = vietnamese.test(raw) ? raw : path === 'sendAt' ? 'Giờ phải có dạng HH:mm' : offsetMessage;
    const step = /^(?:offsets|steps)\.(\d+)(?:\.offset)?$/.exec(path);
    if (step) errors[`steps.${step[1]}.offset`] ??= message;
    else if (path === 'offsets') {
      const repeated = draft.steps.flatMap((candidate, index) => (draft.steps.some((other, at) => at !== index && sameDay(other.offset, candidate.offset)) ? [index] : []));
      if (repeated.length === 0) errors.steps ??= message;
      for (const index of repeated) errors[`steps.${index}.offset`] ??= message;
    } else errors[path] ??= message;
  }
  return errors;
}

/** The body to send, checked by the shared schema, or the Vietnamese message under each field that is wrong. */
export function checkLadder(scope: LadderScope, draft: LadderDraft): { body: ReminderPolicyBody } | { errors: FieldErrors } {
  const parsed = ReminderPolicyBody.safeParse(toPolicyBody(scope, draft));
  return parsed.success ? { body: parsed.data } : { errors: placeErrors(messagesByPath(parsed.error), draft) };
}
