import type { ReactNode } from 'react';
import { Button, useNavigate } from 'zmp-ui';
import { ErrorView, LoadingView } from '../StatusView';
import { DraftStatus } from './DraftStatus';
import { StatusChip } from './StatusChip';
import type { SubmissionForm } from './use-submission-form';
import { FormAlert } from '../FormAlert';

interface FormShellProps<F> {
  state: SubmissionForm<F>;
  submitLabel: string;
  submitTestId: string;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * What every submission form has around its fields: opening the draft, the autosave line, the
 * reviewer's comment on a returned one, the form-wide error and the submit button.
 */
export function FormShell<F>({ state, submitLabel, submitTestId, onSubmit, children }: FormShellProps<F>) {
  const navigate = useNavigate();
  const { phase, view, errors, submitting } = state;

  if (phase.status === 'opening') return <LoadingView text="Đang mở bản nháp…" />;
  if (phase.status === 'error') return <ErrorView title="Không mở được biểu mẫu" message={phase.message} onRetry={state.reopen} testId="form-error" />;
  if (phase.status === 'locked') {
    return (
      <section className="card" data-testid="form-locked">
        <p>
          Bài này <StatusChip status={phase.view.status} />, không sửa được nữa.
        </p>
        <Button variant="secondary" fullWidth onClick={() => navigate(`/submissions/${phase.view.id}`, { replace: true })} data-testid="form-locked-open">
          Xem bài
        </Button>
      </section>
    );
  }

  return (
    // A div, not a form: the keyboard's "Go" on a one-line input must not submit a half-read form.
    <div className="submission-form">
      <div className="draft-bar">
        <DraftStatus state={state.draft.state} />
      </div>
      {view?.status === 'returned' && (
        <section className="card returned-note" data-testid="returned-note">
          <p className="returned-note__title">Bài bị trả lại để chỉnh sửa</p>
          {view.reviewerComment && <p className="returned-note__comment">“{view.reviewerComment}”</p>}
          <p className="muted">Sửa theo nhận xét rồi bấm “Nộp lại” ở cuối trang.</p>
        </section>
      )}
      {children}
      <section className="card submit-card">
        <FormAlert message={errors.form} testId="form-submit-error" />
        <Button fullWidth loading={submitting} disabled={submitting} onClick={onSubmit} data-testid={submitTestId}>
          {view?.status === 'returned' ? 'Nộp lại' : submitLabel}
        </Button>
        <p className="muted submit-card__note">Sau khi nộp, bài được gửi tổ trưởng và hiệu trưởng duyệt; bạn không sửa được nữa trừ khi bài bị trả lại.</p>
      </section>
    </div>
  );
}
