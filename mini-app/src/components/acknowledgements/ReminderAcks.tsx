import { useEffect } from 'react';
import { formatDateTime } from '../../lib/format';
import { confirmRequest, loadAckRequests, useAckRequests } from '../../state/acknowledgements';
import { AckButton } from './AckButton';

/** "Nhắc hạn cần xác nhận": important reminders the bot sent, each with its "Đã nhận" (or when it was confirmed). */
export function ReminderAcks() {
  const requests = useAckRequests();
  useEffect(() => {
    void loadAckRequests();
  }, []);
  const reminders = (requests.data ?? []).filter((request) => request.kind === 'reminder').slice(0, 5);
  if (reminders.length === 0) return null;
  return (
    <section className="card reminder-acks" aria-labelledby="reminder-acks-title" data-testid="reminder-acks">
      <h2 id="reminder-acks-title" className="section-title">
        Nhắc hạn cần xác nhận
      </h2>
      <ul className="reminder-acks__list">
        {reminders.map((request) => (
          <li key={request.subjectId} data-testid={`reminder-ack-${request.subjectId}`}>
            <span className="reminder-acks__label">{request.label}</span>
            <span className="muted reminder-acks__when">Nhắc lúc {formatDateTime(request.requestedAt)}</span>
            <AckButton acknowledgedAt={request.acknowledgedAt} onConfirm={() => confirmRequest(request)} testId={`reminder-ack-button-${request.subjectId}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
