import { answerTypeLabels, roleLabels, type Role } from '@tds/shared';
import { useEffect } from 'react';
import { Button, useNavigate } from 'zmp-ui';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { formatDate } from '../../lib/format';
import { loadUnitQuestions, useUnitQuestions } from '../../state/progress';
import { PausedReminders } from './PausedReminders';
import { resultsPath } from './progress-links';
import { describeSchedule } from './schedule-text';

/** "Câu hỏi của đơn vị": create a question, open the results of one; principals also see who paused reminders. */
export function UnitQuestions({ role }: { role: Role }) {
  const navigate = useNavigate();
  const questions = useUnitQuestions();
  useEffect(() => {
    void loadUnitQuestions();
  }, []);

  return (
    <div role="tabpanel" data-testid="unit-questions">
      <div className="progress-actions">
        <Button size="medium" onClick={() => navigate('/progress/new')} data-testid="question-create">
          Tạo câu hỏi
        </Button>
      </div>
      {questions.data ? (
        questions.data.length > 0 ? (
          <ul className="question-list">
            {questions.data.map((question) => (
              <li key={question.id}>
                <button type="button" className="question-item" onClick={() => navigate(resultsPath(question.id))} data-testid={`question-results-${question.id}`}>
                  <span className="question-item__text">{question.text}</span>
                  <span className="question-item__meta">
                    <span className="tag">{answerTypeLabels[question.answerType]}</span> {describeSchedule(question.schedule)}
                  </span>
                  <span className="question-item__meta">
                    Hỏi: {question.audienceRoles.map((held) => roleLabels[held]).join(', ')} · {question.authorName} · {formatDate(question.createdAt)}
                  </span>
                  <span className="question-item__open">Xem kết quả ›</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <section className="card" data-testid="unit-questions-empty">
            <p>Đơn vị chưa có câu hỏi tiến độ nào.</p>
            <p className="muted">Bấm “Tạo câu hỏi” để hỏi nhanh giáo viên, tổ trưởng qua Zalo, ví dụ “Thầy cô đã nộp hồ sơ chưa?”.</p>
          </section>
        )
      ) : questions.error ? (
        <ErrorView title="Không tải được câu hỏi của đơn vị" message={questions.error} onRetry={() => void loadUnitQuestions()} testId="unit-questions-error" />
      ) : (
        <LoadingView text="Đang tải câu hỏi của đơn vị…" />
      )}
      {role === 'principal' && <PausedReminders />}
    </div>
  );
}
