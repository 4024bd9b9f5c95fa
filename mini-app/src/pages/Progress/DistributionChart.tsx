import type { QuestionResults } from '@tds/shared';
import { distributionBars, percentText } from './distribution';

const MAX_BARS = 12;

/** One horizontal bar per answer: plain CSS widths, no chart library. */
export function DistributionChart({ results }: { results: QuestionResults }) {
  const bars = distributionBars(results);
  const shown = bars.slice(0, MAX_BARS);
  return (
    <section className="card" aria-labelledby="distribution-title" data-testid="results-distribution">
      <h2 id="distribution-title" className="section-title">
        Các câu trả lời
      </h2>
      {results.answered === 0 && <p className="muted">Chưa ai trả lời.</p>}
      {shown.length > 0 && (
        <ul className="bar-chart">
          {shown.map((bar, index) => (
            <li key={bar.label} className="bar-chart__row" data-testid={`distribution-${index}`}>
              <span className="bar-chart__label">{bar.label}</span>
              <span className="bar-chart__value">
                {bar.count} · {percentText(bar.percent)}
              </span>
              <span className="bar-chart__track" aria-hidden="true">
                {bar.count > 0 && <span className="bar-chart__bar" style={{ width: `${bar.percent}%` }} />}
              </span>
            </li>
          ))}
        </ul>
      )}
      {bars.length > MAX_BARS && <p className="muted">và {bars.length - MAX_BARS} câu trả lời khác (xem bảng bên dưới).</p>}
    </section>
  );
}
