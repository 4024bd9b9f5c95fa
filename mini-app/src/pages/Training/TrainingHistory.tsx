import { useNavigate } from 'zmp-ui';
import { StatusChip } from '../../components/submissions/StatusChip';
import { formatDate } from '../../lib/format';
import { useMySubmissions } from '../../state/submissions';

/** The person's training records, newest first, each leading to its detail; the open draft is left out. */
export function TrainingHistory({ currentId }: { currentId: string | null }) {
  const navigate = useNavigate();
  const mine = useMySubmissions();
  const records = (mine.data ?? []).filter((row) => row.kind === 'training' && row.id !== currentId);

  return (
    <section className="training-history" aria-labelledby="training-history-title" data-testid="training-list">
      <h2 id="training-history-title" className="list-heading">
        Minh chứng của bạn {mine.data && <span className="muted">({records.length})</span>}
      </h2>
      {mine.error && !mine.data && (
        <p className="form-error list-note" role="alert">
          {mine.error}
        </p>
      )}
      {mine.data && records.length === 0 && <p className="muted list-note">Bạn chưa nộp minh chứng nào. Khóa học đầu tiên bạn nộp sẽ hiện ở đây.</p>}
      <ul className="submission-list">
        {records.map((row) => (
          <li key={row.id}>
            <button type="button" className="submission-item" onClick={() => navigate(`/submissions/${row.id}`)} data-testid={`training-item-${row.id}`}>
              <span className="submission-item__title">{row.title}</span>
              <span className="submission-item__meta">
                <StatusChip status={row.status} />
                <span>{row.submittedAt ? `Nộp ${formatDate(row.submittedAt)}` : `Lưu ${formatDate(row.updatedAt)}`}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
