import '../../components/forms.css';
import '../../components/plans/plans.css';
import '../../components/progress/progress.css';
import { CAMPAIGN_FIRST_YEAR, CAMPAIGN_LAST_YEAR, weekdayLabels, type UnitCalendarView, type Weekday } from '@tds/shared';
import { useCallback, useEffect, useState } from 'react';
import { Button, Page, useSnackbar } from 'zmp-ui';
import { addOffDay, getUnitCalendar, removeOffDay } from '../../api/calendar';
import { errorMessage } from '../../api/errors';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { DayField, TextField } from '../../components/submissions/FormField';
import { useFormSubmit } from '../../components/use-form-submit';
import { dayToIso } from '../../lib/day-input';
import { formatDay, vietnamToday } from '../../lib/format';
import { useSession } from '../../state/session';
import { FormAlert } from '../../components/FormAlert';

const years = Array.from({ length: CAMPAIGN_LAST_YEAR - CAMPAIGN_FIRST_YEAR + 1 }, (_, i) => CAMPAIGN_FIRST_YEAR + i);
const range = (from: string, to: string) => (from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`);

/**
 * "Lịch nghỉ": an officer's days off for a year — public holidays (fixed), the breaks this unit
 * declared (removable here) and those declared above it (the Sở's Tết break). Reminders skip them.
 */
export default function CalendarPage() {
  const session = useSession();
  const unit = session.status === 'signedIn' ? session.session.unit : null;
  const { openSnackbar } = useSnackbar();
  const [year, setYear] = useState(() => Math.min(CAMPAIGN_LAST_YEAR, Math.max(CAMPAIGN_FIRST_YEAR, Number(vietnamToday().slice(0, 4)))));
  const [view, setView] = useState<{ data?: UnitCalendarView; error?: string }>({});
  const [draft, setDraft] = useState({ from: '', to: '', label: '' });

  const load = useCallback(async () => {
    if (!unit) return;
    try {
      setView({ data: await getUnitCalendar(unit.id, year) });
    } catch (error) {
      setView({ error: errorMessage(error) });
    }
  }, [unit, year]);
  useEffect(() => {
    void load();
  }, [load]);

  const { busy, errors, submit } = useFormSubmit(async () => {
    if (!unit) return;
    await addOffDay({ unitId: unit.id, from: dayToIso(draft.from), to: draft.to.trim() ? dayToIso(draft.to) : undefined, label: draft.label });
    setDraft({ from: '', to: '', label: '' });
    openSnackbar({ text: 'Đã thêm ngày nghỉ', type: 'success', duration: 2000 });
    await load();
  });

  const remove = async (id: string) => {
    try {
      await removeOffDay(id);
      await load();
    } catch (failure) {
      openSnackbar({ text: `Chưa xoá được: ${errorMessage(failure)}`, type: 'error', duration: 5000 });
    }
  };

  const field = (key: keyof typeof draft) => ({ path: key, errors, value: draft[key], onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })) });

  return (
    <Page className="app-page calendar-page">
      <AppHeader title="Lịch nghỉ" backTo="/home" />
      <label className="card field">
        <span className="field__label">Năm</span>
        <select className="text-input" value={year} onChange={(event) => setYear(Number(event.target.value))} data-testid="calendar-year">
          {years.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </label>
      {view.data ? (
        <>
          <section className="card" data-testid="calendar-off-days">
            <h2 className="section-title">Ngày nghỉ đã khai báo</h2>
            <p className="muted">Nghỉ hằng tuần: {view.data.weekend.map((day) => weekdayLabels[day as Weekday]).join(', ') || 'không có'}.</p>
            {view.data.offDays.length === 0 ? (
              <p className="muted">Chưa có ngày nghỉ nào trong năm {year}.</p>
            ) : (
              <ul className="paused-list">
                {view.data.offDays.map((off) => (
                  <li key={off.id} data-testid={`off-day-${off.id}`}>
                    <strong>{range(off.from, off.to)}</strong> · {off.label}
                    {off.inherited ? (
                      <span className="muted"> (do {off.unitName} khai báo)</span>
                    ) : (
                      <button type="button" className="link-button" onClick={() => void remove(off.id)} data-testid={`off-day-remove-${off.id}`}>
                        Xoá
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <form className="card" onSubmit={(event) => void submit(event)} noValidate data-testid="off-day-form">
            <h2 className="section-title">Thêm ngày nghỉ cho {view.data.unitName}</h2>
            <p className="muted">Áp dụng cho đơn vị này và mọi đơn vị trực thuộc: không nhắc việc trong những ngày này.</p>
            <DayField label="Từ ngày" {...field('from')} testId="off-day-from" />
            <DayField label="Đến ngày" {...field('to')} optional hint="Để trống nếu chỉ nghỉ một ngày" testId="off-day-to" />
            <TextField label="Lý do" {...field('label')} placeholder="Nghỉ Tết Nguyên đán, nghỉ hè, tuần kiểm tra…" testId="off-day-label" />
            <FormAlert message={errors.form} />
            <Button htmlType="submit" fullWidth loading={busy} disabled={busy} data-testid="off-day-submit">
              Thêm ngày nghỉ
            </Button>
          </form>
          <section className="card" data-testid="calendar-holidays">
            <h2 className="section-title">Nghỉ lễ theo quy định ({view.data.holidays.length} ngày)</h2>
            <ul className="paused-list">
              {view.data.holidays.map((holiday) => (
                <li key={holiday.day}>
                  {formatDay(holiday.day)} · {holiday.label}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : view.error ? (
        <ErrorView title="Không tải được lịch nghỉ" message={view.error} onRetry={() => void load()} testId="calendar-error" />
      ) : (
        <LoadingView text="Đang tải lịch nghỉ…" />
      )}
    </Page>
  );
}
