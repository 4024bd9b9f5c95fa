import { ReviewBody, type Role, type SubmissionView } from '@tds/shared';
import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { reviewSubmission, type ReviewDecision } from '../../api/submissions';
import { FieldError } from '../../components/submissions/FormField';
import type { FieldErrors } from '../../components/submissions/form-model';
import { loadSubmission, putSubmission } from '../../state/submissions';
import { FormAlert } from '../../components/FormAlert';

interface ReviewActionsProps {
  view: SubmissionView;
  role: Role;
  personId: string;
  onDone: (decision: ReviewDecision) => void;
}

/** Decisions the reviewer can take on this status, with the comment a return requires. */
export function ReviewActions({ view, role, personId, onDone }: ReviewActionsProps) {
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<ReviewDecision | null>(null);

  if (view.authorId === personId) {
    return <p className="card muted" data-testid="review-own">Đây là bài của bạn: tổ trưởng hoặc hiệu trưởng khác sẽ duyệt.</p>;
  }
  const decisions: ReviewDecision[] = view.status === 'submitted' ? ['return', 'approve'] : view.status === 'approved' ? ['reopen', ...(role === 'principal' || role === 'admin' ? (['forward'] as const) : [])] : [];
  if (decisions.length === 0) {
    return (
      <p className="card muted" data-testid="review-no-action">
        Bài không cần thao tác nào ở trạng thái này.
      </p>
    );
  }

  const decide = async (decision: ReviewDecision) => {
    if (busy) return;
    const parsed = ReviewBody.safeParse({ decision, comment });
    if (!parsed.success) {
      setErrors({ comment: parsed.error.issues[0]?.message ?? 'Nhận xét chưa hợp lệ' });
      return;
    }
    setBusy(decision);
    setErrors({});
    try {
      const decided = await reviewSubmission(view.id, decision, parsed.data.comment);
      putSubmission(decided);
      onDone(decision);
    } catch (error) {
      const fields = error instanceof ApiRequestError ? error.fields : {};
      // Decided meanwhile by someone else: show what it is now.
      if (error instanceof ApiRequestError && error.status === 409) void loadSubmission(view.id);
      setErrors({ ...fields, form: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  const needsComment = decisions.includes('return') || decisions.includes('reopen');
  return (
    <section className="card stack review-actions" aria-labelledby="review-actions-title" data-testid="review-actions">
      <h2 id="review-actions-title" className="section-title">
        {view.status === 'submitted' ? 'Duyệt bài' : 'Bài đã được đơn vị duyệt'}
      </h2>
      <label className="field">
        <span className="field__label">Nhận xét</span>
        <textarea
          className="text-input text-area"
          rows={3}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setErrors({});
          }}
          placeholder={needsComment ? 'Ghi rõ cần sửa gì (bắt buộc khi trả lại)' : 'Nhận xét (không bắt buộc)'}
          aria-invalid={errors.comment ? true : undefined}
          data-testid="review-comment"
        />
        <FieldError path="comment" errors={errors} />
      </label>
      <FormAlert message={errors.form} testId="review-error" />
      <div className="review-actions__buttons">
        {decisions.map((decision) => (
          <Button
            key={decision}
            variant={decision === 'approve' || decision === 'forward' ? 'primary' : 'secondary'}
            type={decision === 'return' || decision === 'reopen' ? 'danger' : 'highlight'}
            loading={busy === decision}
            disabled={busy !== null}
            onClick={() => void decide(decision)}
            data-testid={`review-${decision}`}
          >
            {decisionLabels[decision]}
          </Button>
        ))}
      </div>
    </section>
  );
}

export const decisionLabels: Record<ReviewDecision, string> = {
  approve: 'Duyệt',
  return: 'Trả lại',
  reopen: 'Mở lại để sửa',
  forward: 'Gửi lên xã',
};

/** The snackbar after a decision. */
export const decisionDone: Record<ReviewDecision, string> = {
  approve: 'Đã duyệt bài',
  return: 'Đã trả lại bài cho tác giả',
  reopen: 'Đã mở lại bài để tác giả sửa',
  forward: 'Đã gửi bài lên xã',
};
