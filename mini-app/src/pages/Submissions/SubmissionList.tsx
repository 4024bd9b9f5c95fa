import { memo } from 'react';
import type { SubmissionSummary } from '../../api/submissions';
import { StatusChip } from '../../components/submissions/StatusChip';
import { formatDate } from '../../lib/format';
import { kindLabels } from './submission-links';

interface SubmissionListProps {
  rows: readonly SubmissionSummary[];
  onOpen: (row: SubmissionSummary) => void;
  /** `submission-item` (mine) or `review-item` (the queue). */
  testIdPrefix: string;
  /** The queue shows who submitted; one's own list does not. */
  showAuthor?: boolean;
}

/** Rows of submissions: kind, title, status chip, date; a returned one shows the reviewer's words. */
export const SubmissionList = memo(function SubmissionList({ rows, onOpen, testIdPrefix, showAuthor }: SubmissionListProps) {
  return (
    <ul className="submission-list">
      {rows.map((row) => (
        <li key={row.id}>
          <button type="button" className="submission-item" onClick={() => onOpen(row)} data-testid={`${testIdPrefix}-${row.id}`}>
            <span className="submission-item__kind">{kindLabels[row.kind]}</span>
            <span className="submission-item__title">{row.title}</span>
            {showAuthor && (
              <span className="submission-item__author">
                {row.authorName} · {row.unitName}
              </span>
            )}
            <span className="submission-item__meta">
              <StatusChip status={row.status} />
              <span>{row.submittedAt ? `Nộp ${formatDate(row.submittedAt)}` : `Lưu ${formatDate(row.updatedAt)}`}</span>
            </span>
            {row.status === 'returned' && row.reviewerComment && <span className="submission-item__comment">Nhận xét: {row.reviewerComment}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
});
