import type { AckState, AnnouncementDelivery } from '@tds/shared';
import { useEffect, useRef, useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import { resendUnacknowledged } from '../../api/announcements';
import { errorMessage } from '../../api/errors';
import { newUuid } from '../../lib/uuid';
import { loadDelivery, loadRoster, useRoster } from '../../state/announcements';
import { FormAlert } from '../../components/FormAlert';

const stateLabels: Record<AckState, string> = {
  acknowledged: 'Đã xác nhận',
  awaiting: 'Chưa xác nhận',
  not_linked: 'Chưa liên kết bot',
  failed: 'Gửi lỗi',
};

/**
 * "Xác nhận đã nhận": who confirmed, per unit and person by person, and "Gửi lại cho người chưa
 * xác nhận". One Idempotency-Key per press, kept until the server answers, so a double tap or a
 * retried request sends nothing twice.
 */
export function AckSection({ id, report }: { id: string; report: AnnouncementDelivery }) {
  const roster = useRoster(id);
  const { openSnackbar } = useSnackbar();
  const [sending, setSending] = useState(false);
  const key = useRef(newUuid());

  useEffect(() => {
    void loadRoster(id);
  }, [id, report.totals.acknowledged]);

  const resend = async () => {
    setSending(true);
    try {
      const { resent } = await resendUnacknowledged(id, key.current);
      key.current = newUuid();
      openSnackbar({ text: resent > 0 ? `Đã gửi lại cho ${resent} người chưa xác nhận` : 'Không còn ai cần gửi lại', type: 'success', duration: 3000 });
      void loadDelivery(id);
    } catch (failure) {
      openSnackbar({ text: errorMessage(failure), type: 'error', duration: 4000 });
    } finally {
      setSending(false);
    }
  };

  const units = new Map<string, { name: string; people: NonNullable<typeof roster.data>['people'] }>();
  for (const person of roster.data?.people ?? []) {
    const unit = units.get(person.unitId) ?? { name: person.unitName, people: [] };
    unit.people.push(person);
    units.set(person.unitId, unit);
  }

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
      <Button fullWidth loading={sending} disabled={sending || report.totals.awaitingAck === 0} onClick={() => void resend()} data-testid="ack-resend">
        Gửi lại cho người chưa xác nhận ({report.totals.awaitingAck})
      </Button>
      {[...units.entries()].map(([unitId, unit]) => (
        <details key={unitId} className="ack-unit" data-testid={`ack-unit-${unitId}`}>
          <summary>
            {unit.name}: {unit.people.filter((person) => person.state === 'acknowledged').length}/{unit.people.length} đã xác nhận
          </summary>
          <ul className="ack-people">
            {unit.people.map((person) => (
              <li key={person.personId} className={`ack-person ack-person--${person.state}`} data-testid={`ack-person-${person.personId}`}>
                <span>{person.fullName}</span>
                <span className="ack-person__state">{stateLabels[person.state]}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <FormAlert message={roster.error} />
    </section>
  );
}
