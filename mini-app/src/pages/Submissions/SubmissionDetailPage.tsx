import '../../components/forms.css';
import '../../components/submissions/submissions.css';
import type { SubmissionView } from '@tds/shared';
import { useEffect } from 'react';
import { Button, Page, useNavigate, useParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadSubmission, useSubmission } from '../../state/submissions';
import { AttachmentGallery, filesOf } from './AttachmentGallery';
import { HistoryTimeline } from './HistoryTimeline';
import { editPath } from './submission-links';
import { SubmissionData } from './SubmissionData';
import { SubmissionHead } from './SubmissionHead';

/** `/submissions/:submissionId`: one's own submission with its evidence, history and the reviewer's word. */
export default function SubmissionDetailPage() {
  const id = useParams().submissionId ?? '';
  const resource = useSubmission(id);

  useEffect(() => {
    void loadSubmission(id);
  }, [id]);

  return (
    <Page className="app-page submission-page">
      <AppHeader title="Chi tiết bài nộp" backTo="/submissions" />
      {resource.data ? (
        <SubmissionDetail view={resource.data} />
      ) : resource.error ? (
        <ErrorView title="Không mở được bài" message={resource.error} onRetry={() => void loadSubmission(id)} testId="submission-error" />
      ) : (
        <LoadingView text="Đang mở bài…" />
      )}
    </Page>
  );
}

function SubmissionDetail({ view }: { view: SubmissionView }) {
  const navigate = useNavigate();
  return (
    <>
      <SubmissionHead view={view}>
        {view.status === 'returned' && (
          <Button fullWidth onClick={() => navigate(editPath(view.kind, view.id))} data-testid="submission-edit">
            Sửa và nộp lại
          </Button>
        )}
        {view.status === 'draft' && (
          <Button fullWidth onClick={() => navigate(editPath(view.kind, view.id))} data-testid="submission-continue">
            Tiếp tục soạn
          </Button>
        )}
      </SubmissionHead>
      <HistoryTimeline history={view.history} />
      <SubmissionData view={view} />
      <AttachmentGallery files={filesOf(view)} />
    </>
  );
}
