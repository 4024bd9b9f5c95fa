import '../../components/submissions/submissions.css';
import { useCallback, useEffect } from 'react';
import { Page, useNavigate, useSearchParams } from 'zmp-ui';
import type { SubmissionSummary } from '../../api/submissions';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadReviewQueue, useReviewQueue } from '../../state/submissions';
import { reviewDetailPath } from '../Submissions/submission-links';
import { StatusFilter, statusFrom, type StatusChoice } from '../Submissions/StatusFilter';
import { SubmissionList } from '../Submissions/SubmissionList';

const choices: readonly StatusChoice[] = ['submitted', 'returned', 'approved', 'forwarded', 'all'];

/** The queue speaks of what the reviewer does, not of what the author sees. */
const labels: Partial<Record<StatusChoice, string>> = { submitted: 'Chờ duyệt', returned: 'Đã trả lại', approved: 'Đã duyệt' };

const emptyText: Record<StatusChoice, string> = {
  submitted: 'Không có bài nào chờ duyệt.',
  returned: 'Không có bài nào đang bị trả lại.',
  approved: 'Chưa có bài nào đã duyệt mà chưa gửi lên xã.',
  forwarded: 'Chưa có bài nào được gửi lên xã.',
  draft: '',
  all: 'Đơn vị chưa có bài nộp nào.',
};

/** "Duyệt bài": the initiatives and training records of the reviewer's tổ or school, waiting ones first. */
export default function ReviewPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'), choices, 'submitted');
  const queue = useReviewQueue(status);

  useEffect(() => {
    void loadReviewQueue(status);
  }, [status]);

  const open = useCallback((row: SubmissionSummary) => navigate(reviewDetailPath(row.id)), [navigate]);

  return (
    <Page className="app-page submission-page">
      <AppHeader title="Duyệt bài" backTo="/home" />
      <StatusFilter choices={choices} value={status} labels={labels} onChange={(next) => setParams(next === 'submitted' ? {} : { status: next }, { replace: true })} />
      {queue.data ? (
        queue.data.length > 0 ? (
          <SubmissionList rows={queue.data} onOpen={open} testIdPrefix="review-item" showAuthor />
        ) : (
          <section className="card" data-testid="review-empty">
            <p>{emptyText[status]}</p>
          </section>
        )
      ) : queue.error ? (
        <ErrorView title="Không tải được danh sách bài" message={queue.error} onRetry={() => void loadReviewQueue(status)} testId="review-queue-error" />
      ) : (
        <LoadingView text="Đang tải bài cần duyệt…" />
      )}
    </Page>
  );
}
