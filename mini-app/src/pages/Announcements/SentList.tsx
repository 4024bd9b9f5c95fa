import { useEffect } from 'react';
import { useNavigate } from 'zmp-ui';
import { FormAlert } from '../../components/FormAlert';
import { LoadingView } from '../../components/StatusView';
import { formatDateTime } from '../../lib/format';
import { loadSentAnnouncements, useSentAnnouncements } from '../../state/announcements';
import { deliveryPath } from './announcement-links';

/** What this person sent (from any phone), each leading to its delivery report. */
export function SentList() {
  const navigate = useNavigate();
  const sent = useSentAnnouncements();
  useEffect(() => {
    void loadSentAnnouncements();
  }, []);

  if (!sent.data) {
    return sent.error ? <FormAlert message={sent.error} testId="sent-error" /> : <LoadingView />;
  }
  if (sent.data.length === 0) {
    return (
      <section className="card" role="tabpanel" data-testid="sent-empty">
        <p>Bạn chưa gửi thông báo nào.</p>
        <p className="muted">Sau khi gửi, thông báo hiện ở đây để bạn theo dõi bao nhiêu người đã nhận và đã đọc.</p>
      </section>
    );
  }
  return (
    <ul className="announcement-list" role="tabpanel" data-testid="sent-list">
      {sent.data.map((row) => (
        <li key={row.id}>
          <button type="button" className="announcement-item" onClick={() => navigate(deliveryPath(row.id))} data-testid={`sent-${row.id}`}>
            <span className="announcement-item__top">
              <span className="announcement-item__from">{row.sent ? 'Đã gửi' : 'Hẹn gửi'}</span>
              <span className="announcement-item__when">{formatDateTime(row.sendAt)}</span>
            </span>
            <span className="announcement-item__text">{row.text}</span>
            <span className="announcement-item__unit">{row.sent ? `${row.recipients} người nhận · ` : ''}Xem tình hình gửi ›</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
