import type { AnnouncementDelivery } from '@tds/shared';
import { useEffect } from 'react';
import { resendUnacknowledged } from '../../api/announcements';
import { AckRosterByUnit } from '../../components/acknowledgements/AckRosterByUnit';
import { ResendButton } from '../../components/acknowledgements/ResendButton';
import { FormAlert } from '../../components/FormAlert';
import { loadDelivery, loadRoster, useRoster } from '../../state/announcements';

/** "Xác nhận đã nhận": who confirmed, per unit and person by person, and "Gửi lại cho người chưa xác nhận". */
export function AckSection({ id, report }: { id: string; report: AnnouncementDelivery }) {
  const roster = useRoster(id);
  useEffect(() => {
    void loadRoster(id);
  }, [id, report.totals.acknowledged]);

  return (
    <section className="card" aria-labelledby="ack-title" data-testid="ack-section">
      <h2 id="ack-title" className="section-title">
        Xác nhận «Đã nhận»
      </h2>
      <p data-testid="ack-totals">
        Đã xác nhận <strong>{report.totals.acknowledged}</strong> · chưa xác nhận <strong>{report.totals.awaitingAck}</strong>
        {report.totals.notLinked > 0 ? ` · chưa liên kết bot ${report.totals.notLinked}` : ''}
        {report.totals.failed > 0 ? ` · gửi lỗi ${report.totals.failed}` : ''}
      </p>
      <ResendButton awaiting={report.totals.awaitingAck} send={(key) => resendUnacknowledged(id, key)} onSent={() => void loadDelivery(id)} testId="ack-resend" />
      <AckRosterByUnit people={roster.data?.people ?? []} />
      <FormAlert message={roster.error} />
    </section>
  );
}
