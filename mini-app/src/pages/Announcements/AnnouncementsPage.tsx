import '../../components/forms.css';
import '../../components/announcements/announcements.css';
import { useEffect } from 'react';
import { Button, Page, useNavigate, useSearchParams } from 'zmp-ui';
import { AckButton } from '../../components/acknowledgements/AckButton';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { formatDateTime } from '../../lib/format';
import { announcementSenderRoles } from '../../modules';
import { acknowledgeAnnouncement, loadFeed, useFeed } from '../../state/announcements';
import { useSession } from '../../state/session';
import { announcementPath } from './announcement-links';
import { SentList } from './SentList';

/** "Thông báo": what the person received, unread marked; senders also compose and follow what they sent (`?tab=sent`). */
export default function AnnouncementsPage() {
  const navigate = useNavigate();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  const sender = role !== null && announcementSenderRoles.some((allowed) => allowed === role);
  const tab = sender && params.get('tab') === 'sent' ? 'sent' : 'inbox';
  const feed = useFeed();
  const unread = feed.data?.filter((row) => row.readAt === null).length ?? 0;

  useEffect(() => {
    void loadFeed();
  }, []);

  return (
    <Page className="app-page announcements-page">
      <AppHeader title="Thông báo" backTo="/home" />
      {sender && (
        <>
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'inbox'} className="tabs__tab" onClick={() => setParams({}, { replace: true })} data-testid="announcements-tab-inbox">
              Nhận được{unread > 0 ? ` (${unread})` : ''}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'sent'} className="tabs__tab" onClick={() => setParams({ tab: 'sent' }, { replace: true })} data-testid="announcements-tab-sent">
              Đã gửi
            </button>
          </div>
          <div className="announcement-actions">
            <Button size="medium" onClick={() => navigate('/announcements/new')} data-testid="compose-open">
              Soạn thông báo
            </Button>
          </div>
        </>
      )}
      {tab === 'sent' ? (
        <SentList />
      ) : feed.data ? (
        feed.data.length > 0 ? (
          <ul className="announcement-list" role="tabpanel" data-testid="announcement-feed">
            {feed.data.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className={row.readAt ? 'announcement-item' : 'announcement-item announcement-item--unread'}
                  onClick={() => navigate(announcementPath(row.id))}
                  data-testid={`announcement-${row.id}`}
                >
                  <span className="announcement-item__top">
                    <span className="announcement-item__from">
                      {!row.readAt && <span className="unread-dot" aria-label="Chưa đọc" data-testid="unread-dot" />}
                      {row.authorName}
                    </span>
                    <span className="announcement-item__when">{formatDateTime(row.sendAt)}</span>
                  </span>
                  <span className="announcement-item__unit">{row.unitName}</span>
                  <span className="announcement-item__text">{row.text}</span>
                </button>
                {row.requiresAck && (
                  <div className="announcement-ack">
                    <span className="announcement-ack__ask">Người gửi cần bạn xác nhận</span>
                    <AckButton acknowledgedAt={row.acknowledgedAt} onConfirm={() => acknowledgeAnnouncement(row.id)} testId={`ack-${row.id}`} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <section className="card" data-testid="announcements-empty">
            <p>Chưa có thông báo nào.</p>
            <p className="muted">Thông báo của trường, xã và Sở gửi đến bạn sẽ hiện ở đây và trong tin nhắn Zalo của bot.</p>
          </section>
        )
      ) : feed.error ? (
        <ErrorView title="Không tải được thông báo" message={feed.error} onRetry={() => void loadFeed()} testId="announcements-error" />
      ) : (
        <LoadingView text="Đang tải thông báo…" />
      )}
    </Page>
  );
}
