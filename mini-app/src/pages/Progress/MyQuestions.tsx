import type { OpenQuestion } from '@tds/shared';
import { useEffect } from 'react';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadMyQuestions, useMyQuestions } from '../../state/progress';
import { QuestionCard } from './QuestionCard';

const sections: ReadonlyArray<{ status: OpenQuestion['status']; title: string }> = [
  { status: 'open', title: 'Đang hỏi' },
  { status: 'upcoming', title: 'Sắp hỏi — có thể trả lời trước' },
  { status: 'closed', title: 'Đã đóng — chưa trả lời đúng hạn' },
];

/**
 * The signed-in person's rounds by status (open, upcoming, closed), each in the server's order, so
 * a card never jumps once answered.
 */
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
      {sections.map(({ status, title }) => {
        const rounds = questions.data!.filter((question) => question.status === status);
        return rounds.length === 0 ? null : (
          <section key={status} aria-label={title} data-testid={`my-questions-${status}`}>
            <h2 className="section-title my-questions__title">{title}</h2>
            {rounds.map((question) => (
              <QuestionCard key={`${question.questionId}-${question.occurrence}`} question={question} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
