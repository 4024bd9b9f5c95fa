import '../../components/forms.css';
import '../../components/plans/plans.css';
import '../../components/progress/progress.css';
import type { LeaveView } from '@tds/shared';
import { useCallback, useEffect, useState } from 'react';
import { Button, Page, useSnackbar } from 'zmp-ui';
import { cancelLeave, listLeaves, setLeave } from '../../api/calendar';
import { errorMessage } from '../../api/errors';
import { AppHeader } from '../../components/AppHeader';
import { DayField, FieldError, TextField } from '../../components/submissions/FormField';
import { useFormSubmit } from '../../components/use-form-submit';
import { dayToIso } from '../../lib/day-input';
import { formatDay } from '../../lib/format';
import { loadPeople, usePeople } from '../../state/org';
import { useSession } from '../../state/session';

/** Heads who may set leave for their staff (permission `leave.manage` beyond `self`). */
const headRoles = new Set(['group_leader', 'principal', 'commune_officer', 'dept_officer', 'admin']);

/**
 * "Nghỉ phép": no reminders while away. Everyone sets their own; a tổ trưởng or principal also
 * for their staff, who then show as on leave (not as late) in the principal's lists.
 */
export default function LeavePage() {
  const session = useSession();
  const me = session.status === 'signedIn' ? session.session : null;
  const head = me ? headRoles.has(me.person.role) : false;
  const people = usePeople();
  const { openSnackbar } = useSnackbar();
  const [mine, setMine] = useState<LeaveView[] | null>(null);
  const [staff, setStaff] = useState<LeaveView[] | null>(null);
  const [draft, setDraft] = useState({ personId: '', from: '', to: '', reason: '' });
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!me) return;
    try {
      setMine(await listLeaves());
      if (head) setStaff(await listLeaves(me.unit.id));
    } catch (failure) {
      setLoadError(errorMessage(failure));
    }
  }, [me, head]);
  useEffect(() => {
    void load();
    if (head) void loadPeople();
  }, [load, head]);

  const { busy, errors, submit } = useFormSubmit(async () => {
    await setLeave({ personId: draft.personId || undefined, from: dayToIso(draft.from), to: dayToIso(draft.to), reason: draft.reason || undefined });
    setDraft({ personId: '', from: '', to: '', reason: '' });
    openSnackbar({ text: 'Đã đặt nghỉ phép: không nhắc việc trong thời gian này', type: 'success', duration: 3000 });
    await load();
  });

  const cancel = async (id: string) => {
    try {
      await cancelLeave(id);
      await load();
    } catch (failure) {
      openSnackbar({ text: `Chưa huỷ được: ${errorMessage(failure)}`, type: 'error', duration: 5000 });
    }
  };

  const field = (key: 'from' | 'to' | 'reason') => ({ path: key, errors, value: draft[key], onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })) });
  const list = (leaves: LeaveView[] | null, testId: string, showName: boolean) =>
    !leaves ? (
      <p className="muted">Đang tải…</p>
    ) : leaves.length === 0 ? (
      <p className="muted" data-testid={`${testId}-empty`}>
        Không có kỳ nghỉ phép nào sắp tới.
      </p>
    ) : (
      <ul className="paused-list" data-testid={testId}>
        {leaves.map((leave) => (
          <li key={leave.id} data-testid={`leave-${leave.id}`}>
            {showName && <strong>{leave.fullName}: </strong>}
            {formatDay(leave.from)} – {formatDay(leave.to)}
            {leave.reason && <span className="muted"> · {leave.reason}</span>}
            <button type="button" className="link-button" onClick={() => void cancel(leave.id)} data-testid={`leave-cancel-${leave.id}`}>
              Huỷ
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <Page className="app-page leave-page">
      <AppHeader title="Nghỉ phép" backTo="/home" />
      <section className="card">
        <h2 className="section-title">Nghỉ phép của tôi</h2>
        {list(mine, 'leave-mine', false)}
      </section>
      {head && (
        <section className="card">
          <h2 className="section-title">Nghỉ phép của cán bộ, giáo viên</h2>
          {list(staff, 'leave-staff', true)}
        </section>
      )}
      <form className="card" onSubmit={(event) => void submit(event)} noValidate data-testid="leave-form">
        <h2 className="section-title">Đặt nghỉ phép</h2>
        <p className="muted">Trong thời gian nghỉ, hệ thống không gửi nhắc việc; danh sách chưa hoàn thành ghi “đang nghỉ phép”.</p>
        {head && (
          <label className="field">
            <span className="field__label">Người nghỉ</span>
            <select className="text-input" value={draft.personId} onChange={(event) => setDraft((current) => ({ ...current, personId: event.target.value }))} data-testid="leave-person">
              <option value="">Tôi ({me?.person.fullName})</option>
              {people.data
                ?.filter((person) => person.active && person.id !== me?.person.id)
                .map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.fullName}
                  </option>
                ))}
            </select>
            <FieldError path="personId" errors={errors} />
          </label>
        )}
        <DayField label="Từ ngày" {...field('from')} testId="leave-from" />
        <DayField label="Đến ngày" {...field('to')} testId="leave-to" />
        <TextField label="Lý do" {...field('reason')} optional testId="leave-reason" />
        {(errors.form || (!head && errors.personId) || loadError) && (
          <p className="form-error" role="alert" data-testid="leave-form-error">
            {errors.form ?? errors.personId ?? loadError}
          </p>
        )}
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy} data-testid="leave-submit">
          Đặt nghỉ phép
        </Button>
      </form>
    </Page>
  );
}
