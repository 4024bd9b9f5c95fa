import { submissionStatusLabels, type SubmissionView } from '@tds/shared';
import { formatDateTime } from '../../lib/format';

const verbs: Partial<Record<SubmissionView['status'], string>> = {
  submitted: 'Nộp bài',
  returned: 'Trả lại',
  approved: 'Duyệt',
  forwarded: 'Gửi lên xã',
};

/** Who moved the submission when, newest first, with the comment each decision carried. */
export function HistoryTimeline({ history }: { history: SubmissionView['history'] }) {
  if (history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-title" data-testid="submission-history">
      <h2 id="history-title" className="section-title">
        Lịch sử
      </h2>
      <ol className="timeline">
        {[...history].reverse().map((event, index) => (
          <li key={`${event.at}-${index}`} className={`timeline__item timeline__item--${event.to}`}>
            <span className="timeline__when">{formatDateTime(event.at)}</span>
            <span className="timeline__what">
              {event.from === 'approved' && event.to === 'returned' ? 'Mở lại để sửa' : (verbs[event.to] ?? submissionStatusLabels[event.to])}
              {event.from === 'returned' && event.to === 'submitted' ? ' (nộp lại)' : ''}
              {event.actorName ? ` · ${event.actorName}` : ''}
            </span>
            {event.comment && <span className="timeline__comment">“{event.comment}”</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
