import type { DossierItem, NominationView } from '@tds/shared';
import { useState } from 'react';
import { useSnackbar } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { downloadAchievementReport } from '../../api/reports';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { daysUntil } from '../../lib/due';
import { formatDay } from '../../lib/format';
import { saveBlob } from '../../lib/save-blob';
import { setChecklistItem } from '../../state/awards';
import { copiesText } from './award-text';

interface NominationCardProps {
  nomination: NominationView;
  onWithdraw: () => void;
}

/** One nomination: warnings first, the dossier's deadline and checklist, the Mẫu số 08 draft. */
export function NominationCard({ nomination, onWithdraw }: NominationCardProps) {
  const { openSnackbar } = useSnackbar();
  const [saving, setSaving] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const { id, checklist } = nomination;
  const done = checklist.filter((entry) => entry.done).length;

  const toggle = async (item: string, value: boolean) => {
    setSaving(item);
    try {
      await setChecklistItem(nomination, item as DossierItem, value);
    } catch (error) {
      openSnackbar({ text: `Chưa lưu được: ${errorMessage(error)}`, type: 'error', duration: 4000 });
    } finally {
      setSaving(null);
    }
  };

  const downloadReport = async () => {
    setDownloading(true);
    try {
      const file = await downloadAchievementReport(nomination.nomineeId);
      saveBlob(file.blob, file.name);
      openSnackbar({ text: `Đã tải về ${file.name}`, type: 'success', duration: 3000 });
    } catch (error) {
      openSnackbar({ text: `Không tải được báo cáo thành tích: ${errorMessage(error)}`, type: 'error', duration: 5000 });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <article className="award-card" aria-labelledby={`nomination-name-${id}`} data-testid={`nomination-${id}`}>
      <p className="award-card__form">{nomination.formLabel}</p>
      <h3 id={`nomination-name-${id}`} className="award-card__name">
        {nomination.nomineeName}
        <span className="tag">{nomination.nomineeType === 'person' ? 'Cá nhân' : 'Tập thể'}</span>
      </h3>
      {nomination.warnings.length > 0 && (
        <div className="award-warning" role="note" data-testid={`nomination-warnings-${id}`}>
          <p className="award-warning__title">Cần xem lại</p>
          <ul>
            {nomination.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="award-card__achievement">{nomination.achievement}</p>
      {nomination.submissionIds.length > 0 && <p className="award-card__meta">Kèm {nomination.submissionIds.length} sáng kiến đã được công nhận</p>}
      <p className="award-card__dossier" data-testid={`nomination-dossier-${id}`}>
        {nomination.dossierDueOn ? (
          <>
            <span>
              Hạn nộp hồ sơ: <strong>{formatDay(nomination.dossierDueOn)}</strong>, cần {copiesText(nomination.copiesRequired)}
            </span>
            <CountdownChip dueOn={nomination.dossierDueOn} daysLeft={daysUntil(nomination.dossierDueOn)} showDate={false} />
          </>
        ) : (
          <span>Cần {copiesText(nomination.copiesRequired)} hồ sơ; kế hoạch chưa có hạn nộp hồ sơ.</span>
        )}
      </p>
      <fieldset className="award-checklist">
        <legend>
          Hồ sơ đã có ({done}/{checklist.length})
        </legend>
        {checklist.map((entry) => (
          <label key={entry.item} className="choice">
            <input type="checkbox" checked={entry.done} disabled={saving === entry.item} onChange={(event) => void toggle(entry.item, event.target.checked)} data-testid={`checklist-${entry.item}`} />
            {entry.label}
          </label>
        ))}
      </fieldset>
      <div className="award-card__actions">
        {nomination.nomineeType === 'person' && (
          <button type="button" className="text-button" onClick={() => void downloadReport()} disabled={downloading} data-testid={`nomination-report-${id}`}>
            {downloading ? 'Đang tải…' : 'Báo cáo thành tích (.docx)'}
          </button>
        )}
        <button type="button" className="text-button text-button--danger" onClick={onWithdraw} data-testid={`nomination-withdraw-${id}`}>
          Rút đề nghị
        </button>
      </div>
    </article>
  );
}
