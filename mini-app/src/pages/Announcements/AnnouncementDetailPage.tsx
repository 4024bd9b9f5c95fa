import '../../components/announcements/announcements.css';
import { useEffect, useState } from 'react';
import { Button, Page, useParams } from 'zmp-ui';
import { downloadAttachment } from '../../api/attachments';
import { errorMessage } from '../../api/errors';
import { AckButton } from '../../components/acknowledgements/AckButton';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { formatDateTime } from '../../lib/format';
import { saveBlob } from '../../lib/save-blob';
import { acknowledgeAnnouncement, loadAnnouncement, markRead, useAnnouncement } from '../../state/announcements';
import { FormAlert } from '../../components/FormAlert';

/** One announcement in full; opening it marks it read (the bot's message links here). */
export default function AnnouncementDetailPage() {
  const id = useParams().announcementId ?? '';
  const announcement = useAnnouncement(id);
  const view = announcement.data;
  const [fileError, setFileError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    void loadAnnouncement(id);
  }, [id]);

  const sent = view?.sent ?? false;
  const unread = view !== null && view.readAt === null;
  useEffect(() => {
    if (sent && unread) void markRead(id);
  }, [id, sent, unread]);

  const download = async (attachmentId: string) => {
    setDownloading(true);
    setFileError(null);
    try {
      saveBlob(await downloadAttachment(attachmentId), 'tep-dinh-kem');
    } catch (failure) {
      setFileError(errorMessage(failure));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Page className="app-page announcement-page">
      <AppHeader title="Thông báo" backTo="/announcements" />
      {view ? (
        <article className="card announcement-detail" data-testid="announcement-detail">
          <p className="announcement-detail__from">{view.authorName}</p>
          <p className="muted">
            {view.unitName} · {view.sent ? formatDateTime(view.sendAt) : `Hẹn gửi lúc ${formatDateTime(view.sendAt)}`}
          </p>
          <p className="announcement-detail__text" data-testid="announcement-text">
            {view.text}
          </p>
          {view.attachmentId && (
            <div className="announcement-detail__file">
              <Button variant="secondary" size="small" loading={downloading} onClick={() => void download(view.attachmentId ?? '')} data-testid="announcement-attachment">
                Tải tệp đính kèm
              </Button>
              <FormAlert message={fileError} />
            </div>
          )}
          {view.requiresAck && view.toMe && (
            <div className="announcement-ack">
              <span className="announcement-ack__ask">Người gửi cần bạn xác nhận đã nhận thông báo này</span>
              <AckButton acknowledgedAt={view.acknowledgedAt} onConfirm={() => acknowledgeAnnouncement(id)} testId="announcement-ack" />
            </div>
          )}
          {view.readAt && (
            <p className="muted announcement-detail__read" data-testid="announcement-read">
              Đã đọc lúc {formatDateTime(view.readAt)}
            </p>
          )}
        </article>
      ) : announcement.error ? (
        <ErrorView title="Không mở được thông báo" message={announcement.error} onRetry={() => void loadAnnouncement(id)} testId="announcement-error" />
      ) : (
        <LoadingView text="Đang mở thông báo…" />
      )}
    </Page>
  );
}
