import type { Dashboard } from '@tds/shared';
import { percentText } from './dashboard-table';

/** Digital skills per unit (bars) and sáng kiến approved of those submitted (a donut). */
export function DashboardCharts({ data }: { data: Dashboard }) {
  return (
    <section className="card dash-charts" aria-label="Biểu đồ">
      <TrainingBars data={data} />
      <InitiativeDonut approved={data.totals.initiativesApproved} submitted={data.totals.initiativesSubmitted} />
    </section>
  );
}

/** One bar per unit, the unit's average as a dashed mark on each: who is behind shows at a glance. */
function TrainingBars({ data }: { data: Dashboard }) {
  const average = data.totals.trainingPercent;
  return (
    <figure className="dash-figure" data-testid="dashboard-training-chart">
      <figcaption className="dash-figure__title">Tỉ lệ có minh chứng kỹ năng số</figcaption>
      <ul className="dash-bars">
        {data.units.map((unit) => (
          <li key={unit.unitId} className="dash-bar">
            <span className="dash-bar__name">{unit.unitName}</span>
            <span className="dash-bar__value">
              {unit.withTraining}/{unit.staff} · <strong>{percentText(unit.trainingPercent)}</strong>
            </span>
            <span className="dash-bar__track" role="img" aria-label={`${unit.unitName}: ${percentText(unit.trainingPercent)}`}>
              <span className="dash-bar__fill" style={{ width: `${clamp(unit.trainingPercent)}%` }} />
              {data.units.length > 1 && <span className="dash-bar__mark" style={{ left: `${clamp(average)}%` }} />}
            </span>
          </li>
        ))}
      </ul>
      {data.units.length > 1 && <p className="dash-figure__note">Vạch đứt: chung toàn đơn vị, {percentText(average)}.</p>}
    </figure>
  );
}

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring: the approved share in green over the submitted total, the counts in words beside it. */
function InitiativeDonut({ approved, submitted }: { approved: number; submitted: number }) {
  const share = submitted === 0 ? 0 : Math.min(1, approved / submitted);
  const waiting = Math.max(0, submitted - approved);
  return (
    <figure className="dash-figure dash-donut" data-testid="dashboard-initiative-chart">
      <figcaption className="dash-figure__title">Sáng kiến được duyệt</figcaption>
      <div className="dash-donut__body">
        <svg className="dash-donut__ring" viewBox="0 0 112 112" role="img" aria-label={`${approved} trên ${submitted} sáng kiến đã nộp được duyệt`}>
          <circle cx="56" cy="56" r={RADIUS} className="dash-donut__track" />
          {share > 0 && (
            <circle
              cx="56"
              cy="56"
              r={RADIUS}
              className="dash-donut__arc"
              strokeDasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
              transform="rotate(-90 56 56)"
            />
          )}
          <text x="56" y="55" className="dash-donut__count" textAnchor="middle">
            {approved}/{submitted}
          </text>
          <text x="56" y="73" className="dash-donut__unit" textAnchor="middle">
            {submitted === 0 ? 'chưa có' : percentText(Math.round(share * 1000) / 10)}
          </text>
        </svg>
        <ul className="dash-legend">
          <li>
            <span className="dash-legend__swatch dash-legend__swatch--approved" aria-hidden="true" />
            Được duyệt: <strong>{approved}</strong>
          </li>
          <li>
            <span className="dash-legend__swatch" aria-hidden="true" />
            Chờ duyệt hoặc trả lại: <strong>{waiting}</strong>
          </li>
          <li className="muted">Đã nộp: {submitted}</li>
        </ul>
      </div>
    </figure>
  );
}

const clamp = (percent: number) => Math.min(100, Math.max(0, percent));
