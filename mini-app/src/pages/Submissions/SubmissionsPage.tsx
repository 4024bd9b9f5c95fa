import '../../components/submissions/submissions.css';
import { submissionStatuses } from '@tds/shared';
import { useCallback, useEffect, useMemo } from 'react';
import { Button, Page, useNavigate, useSearchParams } from 'zmp-ui';
import type { SubmissionSummary } from '../../api/submissions';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadMySubmissions, useMySubmissions } from '../../state/submissions';
import { detailPath } from './submission-links';
import { StatusFilter, statusFrom, type StatusChoice } from './StatusFilter';
import { SubmissionList } from './SubmissionList';

const choices: readonly StatusChoice[] = ['all', ...submissionStatuses];

/** "Bài đã nộp": the person's initiatives and training records, drafts included, filtered by status. */
export default function SubmissionsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'), choices, 'all');
  const mine = useMySubmissions();

  useEffect(() => {
    void loadMySubmissions();
  }, []);

  const counts = useMemo(() => {
    const tally: Partial<Record<StatusChoice, number>> = { all: mine.data?.length ?? 0 };
    for (const row of mine.data ?? []) tally[row.status] = (tally[row.status] ?? 0) + 1;
    return tally;
  }, [mine.data]);
  const rows = useMemo(() => (mine.data ?? []).filter((row) => status === 'all' || row.status === status), [mine.data, status]);
  const open = useCallback((row: SubmissionSummary) => navigate(detailPath(row.id)), [navigate]);

  return (
    <Page className="app-page submission-page">
      <AppHeader title="Bài đã nộp" backTo="/home" />
      <StatusFilter choices={choices} value={status} counts={mine.data ? counts : undefined} onChange={(next) => setParams(next === 'all' ? {} : { status: next }, { replace: true })} />
      {mine.data ? (
        rows.length > 0 ? (
          <SubmissionList rows={rows} onOpen={open} testIdPrefix="submission-item" />
        ) : (
          <section className="card" data-testid="submissions-empty">
            <p>{status === 'all' ? 'Bạn chưa có bài nào.' : 'Không có bài nào ở trạng thái này.'}</p>
            {status === 'all' && (
              <div className="button-row">
                <Button size="medium" onClick={() => navigate('/initiative')}>
                  Nộp sáng kiến
                </Button>
                <Button size="medium" variant="secondary" onClick={() => navigate('/training')}>
                  Nộp minh chứng
                </Button>
              </div>
            )}
          </section>
        )
      ) : mine.error ? (
        <ErrorView title="Không tải được bài của bạn" message={mine.error} onRetry={() => void loadMySubmissions()} testId="submissions-error" />
      ) : (
        <LoadingView text="Đang tải bài của bạn…" />
      )}
    </Page>
  );
}
