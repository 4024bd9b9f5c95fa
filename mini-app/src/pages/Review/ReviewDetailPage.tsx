import '../../components/forms.css';
import '../../components/submissions/submissions.css';
import { useEffect } from 'react';
import { Page, useLocation, useNavigate, useParams, useSnackbar } from 'zmp-ui';
import type { ReviewDecision } from '../../api/submissions';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { useSession } from '../../state/session';
import { loadSubmission, useSubmission } from '../../state/submissions';
import { AttachmentGallery, filesOf } from '../Submissions/AttachmentGallery';
import { HistoryTimeline } from '../Submissions/HistoryTimeline';
import { SubmissionData } from '../Submissions/SubmissionData';
import { SubmissionHead } from '../Submissions/SubmissionHead';
import { decisionDone, ReviewActions } from './ReviewActions';

/** `/review/:submissionId`: read the submission and its evidence, then approve, return or forward it. */
export default function ReviewDetailPage() {
  const id = useParams().submissionId ?? '';
  const resource = useSubmission(id);
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { openSnackbar } = useSnackbar();

  useEffect(() => {
    void loadSubmission(id);
  }, [id]);

  const done = (decision: ReviewDecision) => {
    openSnackbar({ text: decisionDone[decision], type: 'success', duration: 3000 });
    // Back to the queue the reviewer came from (its filter kept), else to the queue itself.
    if (location.key !== 'default') navigate(-1);
    else navigate('/review', { replace: true, direction: 'backward' });
  };

  const view = resource.data;
  return (
    <Page className="app-page submission-page">
      <AppHeader title="Duyệt bài" backTo="/review" />
      {view && session.status === 'signedIn' ? (
        <>
          <SubmissionHead view={view} />
          <SubmissionData view={view} />
          <AttachmentGallery files={filesOf(view)} />
          <ReviewActions view={view} role={session.session.person.role} personId={session.session.person.id} onDone={done} />
          <HistoryTimeline history={view.history} />
        </>
      ) : resource.error ? (
        <ErrorView title="Không mở được bài" message={resource.error} onRetry={() => void loadSubmission(id)} testId="review-detail-error" />
      ) : (
        <LoadingView text="Đang mở bài…" />
      )}
    </Page>
  );
}
