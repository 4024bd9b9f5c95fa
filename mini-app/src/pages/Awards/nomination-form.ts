import { CreateNominationBody, type AwardForm } from '@tds/shared';
import { ApiRequestError, errorMessage } from '../../api/errors';

/** The "Đề nghị mới" form as typed: nothing chosen yet is `''`. */
export interface NominationDraft {
  form: AwardForm | '';
  nomineeType: 'person' | 'unit';
  nomineeId: string;
  achievement: string;
  /** Approved sáng kiến the achievement rests on. */
  submissionIds: string[];
}

export type NominationField = 'form' | 'nomineeType' | 'nomineeId' | 'achievement' | 'submissionIds';
export type NominationErrors = Partial<Record<NominationField, string>>;

export const emptyNomination = (): NominationDraft => ({ form: '', nomineeType: 'person', nomineeId: '', achievement: '', submissionIds: [] });

const fieldOf = (key: string | undefined): NominationField | null =>
  key === 'form' || key === 'nomineeType' || key === 'nomineeId' || key === 'achievement' || key === 'submissionIds' ? key : null;

/** The body to send, or the Vietnamese errors to show under the fields (the shared schema's words). */
export function checkNomination(period: string, draft: NominationDraft): { body: CreateNominationBody } | { errors: NominationErrors } {
  const errors: NominationErrors = {};
  if (!draft.form) errors.form = 'Chọn hình thức khen thưởng';
  if (!draft.nomineeId) errors.nomineeId = draft.nomineeType === 'person' ? 'Chọn cá nhân được đề nghị' : 'Chọn tập thể được đề nghị';
  const parsed = CreateNominationBody.safeParse({ period, ...draft });
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = fieldOf(issue.path[0]?.toString());
    if (field) errors[field] ??= issue.message;
  }
  return { errors };
}

/** A refusal from the server: field messages under their fields, its message above the button. */
export function nominationFailure(error: unknown): { errors: NominationErrors; message: string } {
  const errors: NominationErrors = {};
  if (error instanceof ApiRequestError) {
    for (const [key, message] of Object.entries(error.fields)) {
      const field = fieldOf(key.split('.')[0]);
      if (field) errors[field] ??= message;
    }
  }
  return { errors, message: errorMessage(error) };
}
