import type { SubmissionView } from '@tds/shared';
import type { ReactNode } from 'react';
import { StatusChip } from '../../components/submissions/StatusChip';
import { formatDateTime } from '../../lib/format';
import { kindLabels } from './submission-links';

/** Kind, title, status, author and dates of a submission, and the reviewer's comment when there is one. */
export function SubmissionHead({ view, children }: { view: SubmissionView; children?: ReactNode }) {
  const returned = view.status === 'returned';
  return (
    <section className="card submission-head" data-testid="submission-head">
      <p className="submission-head__kind">{kindLabels[view.kind]}</p>
      <h2 className="submission-head__title" data-testid="submission-title">
        {view.title}
      </h2>
      <p className="submission-head__meta">
        <StatusChip status={view.status} />
      </p>
      <p className="muted">
        {view.authorName} · {view.unitName}
        <br />
        {view.submittedAt ? `Nộp lúc ${formatDateTime(view.submittedAt)}` : `Lưu lúc ${formatDateTime(view.updatedAt)}`}
      </p>
      {view.reviewerComment && (
        <div className={returned ? 'reviewer-comment reviewer-comment--returned' : 'reviewer-comment'} data-testid="reviewer-comment">
          <span className="reviewer-comment__label">{returned ? 'Lý do trả lại' : 'Nhận xét của người duyệt'}</span>
          <span>{view.reviewerComment}</span>
        </div>
      )}
      {children}
    </section>
  );
}
