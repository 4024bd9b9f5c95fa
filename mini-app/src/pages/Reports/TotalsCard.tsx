import type { Dashboard } from '@tds/shared';
import { percentText } from './dashboard-table';

/** The unit's headline figures, four tiles under its name. */
export function TotalsCard({ data }: { data: Dashboard }) {
  const { totals } = data;
  return (
    <section className="card dash-totals" aria-labelledby="dash-unit-name" data-testid="dashboard-totals">
      <h2 id="dash-unit-name" className="section-title">
        {data.unitName}
      </h2>
      <dl className="dash-stats">
        <Stat label="Cán bộ, giáo viên" value={String(totals.staff)} note="đang công tác" testId="dashboard-total-staff" />
        <Stat
          label="Kỹ năng số"
          value={percentText(totals.trainingPercent)}
          note={`${totals.withTraining}/${totals.staff} người có minh chứng`}
          testId="dashboard-total-training"
        />
        <Stat
          label="Sáng kiến"
          value={`${totals.initiativesApproved}/${totals.initiativesSubmitted}`}
          note="được duyệt / đã nộp"
          testId="dashboard-total-initiatives"
        />
        <Stat
          label="Hạn hoàn thành"
          value={totals.obligationsDue > 0 ? `${totals.obligationsDone}/${totals.obligationsDue}` : '–'}
          note={totals.obligationsDue > 0 ? 'lượt đơn vị đã xong' : 'không có hạn trong 120 ngày tới'}
          testId="dashboard-total-obligations"
        />
      </dl>
    </section>
  );
}

function Stat({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  return (
    <div className="dash-stat" data-testid={testId}>
      <dt className="dash-stat__label">{label}</dt>
      <dd className="dash-stat__value">{value}</dd>
      <dd className="dash-stat__note">{note}</dd>
    </div>
  );
}
