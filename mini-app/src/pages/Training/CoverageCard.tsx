import { useEffect } from 'react';
import { loadCoverage, useCoverage } from '../../state/submissions';

const percentText = (percent: number) => `${percent.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

/** How many of the unit's teachers and staff have recorded at least one course: a bar per unit below. */
export function CoverageCard() {
  const coverage = useCoverage();
  useEffect(() => {
    void loadCoverage();
  }, []);
  const data = coverage.data;

  return (
    <section className="card coverage" aria-labelledby="coverage-title" data-testid="training-coverage">
      <h2 id="coverage-title" className="section-title">
        Độ phủ kỹ năng số
      </h2>
      {!data && coverage.error && (
        <p className="form-error" role="alert">
          {coverage.error}
        </p>
      )}
      {!data && !coverage.error && <p className="muted">Đang tải…</p>}
      {data && (
        <>
          <CoverageBar name={data.unitName} staff={data.staff} withEvidence={data.withEvidence} percent={data.percent} strong testId="coverage-total" />
          {data.byUnit.length > 0 && (
            <ul className="coverage__units">
              {data.byUnit.map((unit) => (
                <li key={unit.unitId}>
                  <CoverageBar name={unit.unitName} staff={unit.staff} withEvidence={unit.withEvidence} percent={unit.percent} testId={`coverage-unit-${unit.unitId}`} />
                </li>
              ))}
            </ul>
          )}
          <p className="muted">Tỷ lệ cán bộ, giáo viên đã nộp ít nhất một minh chứng (không tính bản nháp).</p>
        </>
      )}
    </section>
  );
}

interface CoverageBarProps {
  name: string;
  staff: number;
  withEvidence: number;
  percent: number;
  strong?: boolean;
  testId: string;
}

function CoverageBar({ name, staff, withEvidence, percent, strong, testId }: CoverageBarProps) {
  return (
    <div className={strong ? 'coverage-row coverage-row--total' : 'coverage-row'} data-testid={testId}>
      <span className="coverage-row__name">{name}</span>
      <span className="coverage-row__count">
        {withEvidence}/{staff} · {percentText(percent)}
      </span>
      <span className="progress-bar" role="img" aria-label={`${name}: ${percentText(percent)}`}>
        <span className="progress-bar__fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </span>
    </div>
  );
}
