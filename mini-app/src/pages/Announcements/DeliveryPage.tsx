import '../../components/announcements/announcements.css';
import type { AnnouncementDelivery } from '@tds/shared';
import { useEffect } from 'react';
import { Button, Page, useParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { AckSection } from './AckSection';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { formatDateTime } from '../../lib/format';
import { loadAnnouncement, loadDelivery, useAnnouncement, useDelivery } from '../../state/announcements';
import { sentTabPath } from './announcement-links';
import { FormAlert } from '../../components/FormAlert';

/** While messages are still queued the report refreshes itself this often (and "Tải lại" any time). */
const AUTO_REFRESH_MS = 5_000;

type Counts = AnnouncementDelivery['totals'];

const totalLabels: readonly (readonly [keyof Counts, string])[] = [
  ['recipients', 'Người nhận'],
  ['sent', 'Đã gửi qua Zalo'],
  ['pending', 'Đang chờ gửi'],
  ['failed', 'Gửi lỗi'],
  ['notLinked', 'Chưa liên kết bot'],
  ['read', 'Đã đọc'],
];

/** "Tình hình gửi": how many were sent, failed, could not be reached by the bot and have read it, in total and per unit. */
export default function DeliveryPage() {
  const id = useParams().announcementId ?? '';
  const announcement = useAnnouncement(id);
  const delivery = useDelivery(id);
  const report = delivery.data;
  const pending = report ? report.totals.pending > 0 : false;

  useEffect(() => {
    void loadAnnouncement(id);
    void loadDelivery(id);
  }, [id]);

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void loadDelivery(id), AUTO_REFRESH_MS);
    return () => clearInterval(timer);
  }, [id, pending]);

  const refresh = () => {
    void loadAnnouncement(id);
    void loadDelivery(id);
  };
  const view = announcement.data;

  return (
    <Page className="app-page delivery-page">
      <AppHeader title="Tình hình gửi" backTo={sentTabPath} />
      {view && (
        <section className="card" data-testid="delivery-announcement">
          <p className="delivery-text">{view.text}</p>
          <p className="muted">{view.sent ? `Đã gửi lúc ${formatDateTime(view.sendAt)}` : `Hẹn gửi lúc ${formatDateTime(view.sendAt)} — chưa gửi`}</p>
        </section>
      )}
      {report ? (
        <>
          <section className="card" aria-labelledby="delivery-totals-title" data-testid="delivery-totals">
            <div className="delivery-head">
              <h2 id="delivery-totals-title" className="section-title">
                Tổng cộng
              </h2>
              <Button variant="tertiary" size="small" loading={delivery.loading} onClick={refresh} data-testid="delivery-refresh">
                Tải lại
              </Button>
            </div>
            {view && !view.sent ? (
              <p className="muted">Số liệu có sau khi thông báo được gửi.</p>
            ) : (
              <dl className="delivery-grid">
                {totalLabels.map(([key, label]) => (
                  <div key={key} className={`delivery-stat delivery-stat--${key}`} data-testid={`delivery-total-${key}`}>
                    <dt>{label}</dt>
                    <dd>{report.totals[key]}</dd>
                  </div>
                ))}
              </dl>
            )}
            {pending && <p className="muted delivery-note">Đang gửi, số liệu tự cập nhật.</p>}
            <FormAlert message={delivery.error} />
          </section>
          {report.requiresAck && view?.sent && <AckSection id={id} report={report} />}
          {report.byUnit.length > 0 && (
            <section className="card" aria-labelledby="delivery-units-title" data-testid="delivery-units">
              <h2 id="delivery-units-title" className="section-title">
                Theo đơn vị
              </h2>
              <ul className="delivery-units">
                {report.byUnit.map((unit) => (
                  <li key={unit.unitId} data-testid={`delivery-unit-${unit.unitId}`}>
                    <span className="delivery-units__name">{unit.unitName}</span>
                    <DeliveryBar counts={unit} />
                    <span className="delivery-units__counts">
                      {unit.recipients} người · đã gửi {unit.sent}
                      {unit.pending > 0 ? ` · chờ ${unit.pending}` : ''}
                      {unit.failed > 0 ? ` · lỗi ${unit.failed}` : ''}
                      {unit.notLinked > 0 ? ` · chưa liên kết ${unit.notLinked}` : ''} · đã đọc {unit.read}
                      {report.requiresAck ? ` · đã xác nhận ${unit.acknowledged} · chưa xác nhận ${unit.awaitingAck}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.groupChats.length > 0 && (
            <section className="card" aria-labelledby="delivery-groups-title" data-testid="delivery-groups">
              <h2 id="delivery-groups-title" className="section-title">
                Nhóm Zalo
              </h2>
              <ul className="delivery-units">
                {report.groupChats.map((group, index) => (
                  <li key={`${group.unitId}-${index}`} data-testid={`delivery-group-${group.unitId}`}>
                    <span className="delivery-units__name">{group.unitName}</span>
                    <span className="delivery-units__counts">{groupStatusText[group.status] ?? 'Đang chờ gửi'}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      ) : delivery.error ? (
        <ErrorView title="Không tải được tình hình gửi" message={delivery.error} onRetry={refresh} testId="delivery-error" />
      ) : (
        <LoadingView text="Đang tải tình hình gửi…" />
      )}
    </Page>
  );
}

const groupStatusText: Record<string, string> = { sent: 'Đã đăng vào nhóm', failed: 'Không đăng được (bot không còn trong nhóm?)', not_linked: 'Người kết nối nhóm đã rời đơn vị: cần /ketnoi lại' };

/** Sent, failed, not linked and waiting as one stacked bar. */
function DeliveryBar({ counts }: { counts: Counts }) {
  const share = (value: number) => `${counts.recipients > 0 ? (value / counts.recipients) * 100 : 0}%`;
  return (
    <span className="delivery-bar" aria-hidden="true">
      <span className="delivery-bar__part delivery-bar__part--sent" style={{ width: share(counts.sent) }} />
      <span className="delivery-bar__part delivery-bar__part--failed" style={{ width: share(counts.failed) }} />
      <span className="delivery-bar__part delivery-bar__part--notLinked" style={{ width: share(counts.notLinked) }} />
    </span>
  );
}
