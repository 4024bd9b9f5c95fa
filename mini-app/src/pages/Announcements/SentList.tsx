import { useEffect } from 'react';
import { useNavigate } from 'zmp-ui';
import { formatDateTime } from '../../lib/format';
import { loadSentAnnouncements, useSentAnnouncements } from '../../state/announcements';
import { deliveryPath } from './announcement-links';

/** What this person sent from this phone, each leading to its delivery report. */
export function SentList() {
  const navigate = useNavigate();
  const sent = useSentAnnouncements();
  useEffect(() => {
    void loadSentAnnouncements();
  }, []);

  if (sent.length === 0) {
    return (
      <section className="card" role="tabpanel" data-testid="sent-empty">
        <p>Bạn chưa gửi thông báo nào từ máy này.</p>
        <p className="muted">Sau khi gửi, thông báo hiện ở đây để bạn theo dõi bao nhiêu người đã nhận và đã đọc.</p>
      </section>
    );
  }
  return (
    <ul className="announcement-list" role="tabpanel" data-testid="sent-list">
      {sent.map((row) => (
        <li key={row.id}>
          <button type="button" className="announcement-item" onClick={() => navigate(deliveryPath(row.id))} data-testid={`sent-${row.id}`}>
            <span className="announcement-item__top">
              <span className="announcement-item__from">{Date.parse(row.sendAt) > Date.now() ? 'Hẹn gửi' : 'Đã gửi'}</span>
              <span className="announcement-item__when">{formatDateTime(row.sendAt)}</span>
            </span>
            <span className="announcement-item__text">{row.text}</span>
            <span className="announcement-item__unit">{row.recipients !== null ? `${row.recipients} người nhận · ` : ''}Xem tình hình gửi ›</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
