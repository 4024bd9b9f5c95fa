import { useEffect, useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import { getDigest, setDigest } from '../../api/me';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { normaliseTime } from '../../lib/time-input';
import { FormAlert } from '../../components/FormAlert';
import { TimeInput } from '../../components/MaskedInputs';

/**
 * "Cách nhận tin qua Zalo": each message at once, or one digest a day at a chosen hour. Reminders
 * due today and urgent notices still arrive at once; going back sends what was held straight away.
 */
export function DigestCard() {
  const { openSnackbar } = useSnackbar();
  const [mode, setMode] = useState<'each' | 'digest' | null>(null);
  const [time, setTime] = useState('17:00');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getDigest()
      .then((setting) => {
        setMode(setting.digestAt ? 'digest' : 'each');
        if (setting.digestAt) setTime(setting.digestAt);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await setDigest({ digestAt: mode === 'digest' ? normaliseTime(time) : null });
      openSnackbar({ text: saved.digestAt ? `Sẽ gộp tin lúc ${saved.digestAt} mỗi ngày` : 'Sẽ nhận từng tin ngay khi có', type: 'success', duration: 3000 });
    } catch (failure) {
      setError((failure instanceof ApiRequestError ? failure.fields.digestAt : undefined) ?? errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card digest-card" aria-labelledby="digest-title" data-testid="digest-card">
      <h2 id="digest-title" className="section-title">
        Cách nhận tin qua Zalo
      </h2>
      {mode === null && !error ? (
        <p className="muted">Đang tải…</p>
      ) : (
        <fieldset className="digest-card__choices" aria-label="Cách nhận tin">
          <label className="check">
            <input type="radio" name="digest-mode" checked={mode === 'each'} onChange={() => setMode('each')} data-testid="digest-each" />
            Từng tin, ngay khi có
          </label>
          <label className="check">
            <input type="radio" name="digest-mode" checked={mode === 'digest'} onChange={() => setMode('digest')} data-testid="digest-daily" />
            Gộp thành một tin mỗi ngày lúc
            <TimeInput value={time} onChange={setTime} disabled={mode !== 'digest'} ariaLabel="Giờ nhận tin tổng hợp" className="text-input digest-card__time" testId="digest-time" />
          </label>
          <p className="muted digest-card__note">Nhắc hạn đến hạn trong ngày và thông báo khẩn vẫn được gửi ngay.</p>
        </fieldset>
      )}
      <FormAlert message={error} testId="digest-error" />
      <Button variant="secondary" size="medium" loading={saving} disabled={saving || mode === null} onClick={() => void save()} data-testid="digest-save">
        Lưu cách nhận tin
      </Button>
    </section>
  );
}
