import type { Dashboard } from '@tds/shared';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { daysUntil } from '../../lib/due';
import { formatDay } from '../../lib/format';
import { percentText } from './dashboard-table';

/** The deadlines of the unit's own plans: how many units below have done each, and which have not. */
export function ObligationList({ obligations }: { obligations: Dashboard['obligations'] }) {
  return (
    <section className="card" aria-labelledby="dash-obligations-title" data-testid="dashboard-obligations">
      <h2 id="dash-obligations-title" className="section-title">
        Hạn nộp của đơn vị cấp dưới
      </h2>
      {obligations.length === 0 ? (
        <p className="muted">Không có hạn nào trong 120 ngày tới theo kế hoạch đơn vị đã ban hành.</p>
      ) : (
        <ul className="dash-list">
          {obligations.map((obligation) => (
            <li key={`${obligation.obligationId}-${obligation.dueOn}`} className="dash-item" data-testid={`dashboard-obligation-${obligation.obligationId}`}>
              <span className="dash-item__top">
                <span className="dash-item__date">Hạn {formatDay(obligation.dueOn)}</span>
                <CountdownChip dueOn={obligation.dueOn} daysLeft={daysUntil(obligation.dueOn)} showDate={false} />
              </span>
              <span className="dash-item__what">{obligation.what}</span>
              <Progress part={obligation.doneUnits} whole={obligation.totalUnits} label={`${obligation.doneUnits}/${obligation.totalUnits} đơn vị đã xong`} />
              {obligation.missing.length > 0 ? (
                <span className="dash-item__missing">Chưa xong: {obligation.missing.map((unit) => unit.unitName).join(', ')}</span>
              ) : (
                <span className="dash-item__done">Tất cả đơn vị đã xong</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The progress questions of the unit and below: the latest round of each, answered of asked. */
export function QuestionList({ questions }: { questions: Dashboard['questions'] }) {
  return (
    <section className="card" aria-labelledby="dash-questions-title" data-testid="dashboard-questions">
      <h2 id="dash-questions-title" className="section-title">
        Câu hỏi tiến độ
      </h2>
      {questions.length === 0 ? (
        <p className="muted">Chưa có câu hỏi tiến độ nào.</p>
      ) : (
        <ul className="dash-list">
          {questions.map((question) => (
            <li key={question.questionId} className="dash-item" data-testid={`dashboard-question-${question.questionId}`}>
              <span className="dash-item__what">{question.text}</span>
              <span className="dash-item__meta">{roundText(question.occurrence)}</span>
              {question.asked > 0 && <Progress part={question.answered} whole={question.asked} label={`${question.answered}/${question.asked} đã trả lời · ${percentText(question.responseRate)}`} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A question's latest round: "once", a day "YYYY-MM-DD", or none yet. */
function roundText(occurrence: string | null): string {
  if (occurrence === null) return 'Chưa hỏi lần nào';
  if (occurrence === 'once') return 'Hỏi một lần';
  return `Lần hỏi ngày ${formatDay(occurrence)}`;
}

function Progress({ part, whole, label }: { part: number; whole: number; label: string }) {
  const percent = whole === 0 ? 0 : Math.round((part / whole) * 100);
  return (
    <span className="dash-progress">
      <span className="dash-progress__label">{label}</span>
      <span className="dash-progress__track" role="img" aria-label={label}>
        <span className={part >= whole ? 'dash-progress__fill dash-progress__fill--done' : 'dash-progress__fill'} style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
