import '../../components/forms.css';
import '../../components/progress/progress.css';
import { answerTypeLabels, roleLabels } from '@tds/shared';
import { useEffect } from 'react';
import { Button, Page, useParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadQuestionResults, useQuestionResults } from '../../state/progress';
import { AnswersTable } from './AnswersTable';
import { DistributionChart } from './DistributionChart';
import { percentText } from './distribution';
import { NonResponders } from './NonResponders';
import { unitQuestionsPath } from './progress-links';
import { describeOccurrence, describeSchedule } from './schedule-text';

/** The latest round of a question: how many answered, what they said, who has not (and "Nhắc lại"). */
export default function QuestionResultsPage() {
  const questionId = useParams().questionId ?? '';
  const results = useQuestionResults(questionId);
  const data = results.data;

  useEffect(() => {
    void loadQuestionResults(questionId);
  }, [questionId]);

  return (
    <Page className="app-page question-results-page">
      <AppHeader title="Kết quả câu hỏi" backTo={unitQuestionsPath} />
      {data ? (
        <>
          <section className="card" data-testid="results-question">
            <p className="question-card__text">{data.question.text}</p>
            <p className="muted">
              {answerTypeLabels[data.question.answerType]} · {describeSchedule(data.question.schedule)}
              <br />
              Hỏi: {data.question.audienceRoles.map((role) => roleLabels[role]).join(', ')} · Người tạo: {data.question.authorName}
            </p>
            <div className="results-refresh">
              <span className="muted">{data.occurrence ? describeOccurrence(data.occurrence) : 'Chưa hỏi lần nào'}</span>
              <Button variant="tertiary" size="small" loading={results.loading} onClick={() => void loadQuestionResults(questionId)} data-testid="results-refresh">
                Tải lại
              </Button>
            </div>
          </section>
          {data.occurrence === null ? (
            <section className="card" data-testid="results-not-asked">
              <p>Chưa đến lúc hỏi. Bot sẽ gửi câu hỏi qua Zalo theo lịch: {describeSchedule(data.question.schedule).toLowerCase()}.</p>
            </section>
          ) : (
            <>
              <section className="card" aria-labelledby="results-rate-title" data-testid="results-summary">
                <h2 id="results-rate-title" className="section-title">
                  Đã trả lời {data.answered}/{data.asked}
                </h2>
                <span className="progress-meter" role="img" aria-label={`Tỉ lệ trả lời ${percentText(data.responseRate)}`}>
                  <span className="progress-meter__fill" style={{ width: `${Math.min(100, data.responseRate)}%` }} />
                </span>
                <p className="muted results-rate" data-testid="results-rate">
                  Tỉ lệ trả lời: {percentText(data.responseRate)}
                  {data.late > 0 && <span data-testid="results-late"> · {data.late} trả lời trễ hạn</span>}
                </p>
              </section>
              <DistributionChart results={data} />
              <AnswersTable answers={data.answers} />
              <NonResponders questionId={data.question.id} people={data.nonResponders} />
              {data.onLeave.length > 0 && (
                <section className="card" data-testid="results-on-leave">
                  <h2 className="section-title">Nghỉ phép trong lần hỏi này ({data.onLeave.length})</h2>
                  <p className="muted">Không tính là chưa trả lời và không được nhắc lại.</p>
                  <ul className="people-list">
                    {data.onLeave.map((person) => (
                      <li key={person.personId} className="people-list__row" data-testid={`on-leave-${person.personId}`}>
                        {person.fullName} <span className="muted">· {person.unitName}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          )}
          {results.error && (
            <p className="form-error plans-note" role="alert">
              {results.error}
            </p>
          )}
        </>
      ) : results.error ? (
        <ErrorView title="Không tải được kết quả" message={results.error} onRetry={() => void loadQuestionResults(questionId)} testId="results-error" />
      ) : (
        <LoadingView text="Đang tải kết quả…" />
      )}
    </Page>
  );
}
