import { useEffect } from 'react';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadMyQuestions, useMyQuestions } from '../../state/progress';
import { QuestionCard } from './QuestionCard';

/** The questions waiting for the signed-in person, in the server's order (a card never jumps once answered). */
export function MyQuestions() {
  const questions = useMyQuestions();
  useEffect(() => {
    void loadMyQuestions();
  }, []);

  if (!questions.data) {
    return questions.error ? (
      <ErrorView title="Không tải được câu hỏi" message={questions.error} onRetry={() => void loadMyQuestions()} testId="my-questions-error" />
    ) : (
      <LoadingView text="Đang tải câu hỏi…" />
    );
  }
  if (questions.data.length === 0) {
    return (
      <section className="card" data-testid="my-questions-empty">
        <p>Hiện không có câu hỏi nào chờ bạn trả lời.</p>
        <p className="muted">Khi tổ, trường hoặc xã hỏi về tiến độ, câu hỏi hiện ở đây và trong tin nhắn Zalo của bot.</p>
      </section>
    );
  }
  return (
    <div role="tabpanel" data-testid="my-questions">
      {questions.data.map((question) => (
        <QuestionCard key={`${question.questionId}-${question.occurrence}`} question={question} />
      ))}
    </div>
  );
}
