import { formatIsoDayVi, type ReminderAckRoster } from '@tds/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { getReminderAckRoster, resendReminderAcks } from '../../api/reminders';
import { AckRosterByUnit } from '../../components/acknowledgements/AckRosterByUnit';
import { ResendButton } from '../../components/acknowledgements/ResendButton';
import { FormAlert } from '../../components/FormAlert';

/**
 * "Xác nhận «Đã nhận»" for an important deadline: for one due day (the latest reminded, or one
 * picked), who confirmed, per unit, and "Gửi lại cho người chưa xác nhận". Nothing until a reminder
 * asked anyone.
 */
export function ReminderAckSection({ obligationId }: { obligationId: string }) {
  const [roster, setRoster] = useState<ReminderAckRoster | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (occurrence?: string) =>
      getReminderAckRoster(obligationId, occurrence).then(
        (next) => {
          setRoster(next);
          setError(null);
        },
        (failure: unknown) => setError(errorMessage(failure)),
      ),
    [obligationId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const day = roster?.occurrence;
  if (!day) return error ? <FormAlert message={error} testId="reminder-acks-error" /> : null;
  const count = (state: string) => roster.people.filter((person) => person.state === state).length;
  return (
    <section className="card stack" aria-labelledby="reminder-acks-title" data-testid="reminder-ack-section">
      <h2 id="reminder-acks-title" className="section-title">
        Xác nhận «Đã nhận»
      </h2>
      {roster.occurrences.length > 1 ? (
        <label className="field">
          <span className="field__label">Nhắc cho hạn</span>
          <select className="text-input" value={day} onChange={(event) => void load(event.target.value)} data-testid="reminder-ack-day">
            {roster.occurrences.map((occurrence) => (
              <option key={occurrence} value={occurrence}>
                {formatIsoDayVi(occurrence)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">Nhắc cho hạn {formatIsoDayVi(day)}</p>
      )}
      <p data-testid="reminder-ack-totals">
        Đã xác nhận <strong>{count('acknowledged')}</strong> · chưa xác nhận <strong>{count('awaiting')}</strong>
        {count('not_linked') > 0 ? ` · chưa liên kết bot ${count('not_linked')}` : ''}
        {count('failed') > 0 ? ` · gửi lỗi ${count('failed')}` : ''}
      </p>
      <ResendButton awaiting={roster.resendable} send={(key) => resendReminderAcks(obligationId, day, key)} onSent={() => void load(day)} testId="reminder-ack-resend" />
      <AckRosterByUnit people={roster.people} />
      <FormAlert message={error} />
    </section>
  );
}
