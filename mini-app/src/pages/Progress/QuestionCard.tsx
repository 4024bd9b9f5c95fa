import { AnswerBody, parseAnswer } from '@tds/shared';
import { useState, type FormEvent } from 'react';
import { Button } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import type { OpenQuestion } from '@tds/shared';
import { answerQuestion } from '../../api/progress';
import { formatDateTime } from '../../lib/format';
import { loadMyQuestions, putMyAnswer } from '../../state/progress';
import { FormAlert } from '../../components/FormAlert';

/** What the card says of its round, and what sending does: answer ahead, answer or change, answer late. */
function roundText(question: OpenQuestion): { when: string; send: string; note: string } {
  const answered = question.currentAnswer !== null;
  switch (question.status) {
    case 'upcoming':
      return { when: `Bot sẽ hỏi lúc ${formatDateTime(question.opensAt)}`, send: answered ? 'Sửa câu trả lời' : 'Trả lời trước', note: 'đã trả lời trước, bot sẽ không hỏi lại' };
    case 'open':
      return { when: `Nhận trả lời đến ${formatDateTime(question.closesAt)}`, send: answered ? 'Sửa câu trả lời' : 'Gửi trả lời', note: 'có thể sửa trước khi hết hạn' };
    case 'closed':
      return { when: `Đã đóng lúc ${formatDateTime(question.closesAt)}${answered ? '' : ' · trả lời bây giờ được ghi nhận là trễ hạn'}`, send: 'Trả lời trễ hạn', note: 'trễ hạn' };
  }
}

/**
 * One round of a question with the controls of its type: Có/Không and numbered choices answer in
 * one tap, a number ("12" or "12/15") or a short text is typed and sent. An upcoming round may be
 * answered ahead; an open one changed until it closes; a closed one answered once, marked late.
 */
export function QuestionCard({ question }: { question: OpenQuestion }) {
  const typed = question.answerType === 'number' || question.answerType === 'text';
  const round = roundText(question);
  // A closed round takes one late answer and then no change.
  const locked = question.status === 'closed' && question.currentAnswer !== null;
  const [draft, setDraft] = useState(typed ? (question.currentAnswer ?? '') : '');
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const current = question.currentAnswer;

  const send = async (raw: string) => {
    if (sending !== null) return;
    const body = AnswerBody.safeParse({ text: raw });
    // The same reading the server does, so a typo gets its hint without a round trip.
    const parsed = body.success ? parseAnswer(question.answerType, question.choices, body.data.text) : null;
    if (!body.success || !parsed?.ok) {
      setError(body.success ? (parsed && !parsed.ok ? parsed.hint : 'Câu trả lời chưa hợp lệ') : (body.error.issues[0]?.message ?? 'Vui lòng nhập câu trả lời'));
      return;
    }
    setSending(raw);
    setError(null);
    setSaved(false);
    try {
      const receipt = await answerQuestion(question.questionId, question.occurrence, body.data.text);
      putMyAnswer(question.questionId, question.occurrence, receipt.summary);
      if (typed) setDraft(receipt.summary);
      setSaved(true);
    } catch (failure) {
      setError(failure instanceof ApiRequestError && failure.fields.text ? failure.fields.text : errorMessage(failure));
      // Closed meanwhile: the list drops it.
      if (failure instanceof ApiRequestError && failure.status === 404) void loadMyQuestions();
    } finally {
      setSending(null);
    }
  };

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    void send(draft);
  };

  return (
    <article className={`card question-card question-card--${question.status}`} data-testid={`question-${question.questionId}`} data-occurrence={question.occurrence}>
      {question.status === 'upcoming' && (
        <span className="question-card__chip" data-testid="answer-ahead">
          Trả lời trước
        </span>
      )}
      <p className="question-card__text">{question.text}</p>
      <p className="muted question-card__closes" data-testid="question-when">
        {round.when}
      </p>

      {!locked && question.answerType === 'yes_no' && (
        <div className="answer-options answer-options--pair">
          {(['Có', 'Không'] as const).map((label) => (
            <button
              key={label}
              type="button"
              className="answer-option"
              aria-pressed={current === label}
              disabled={sending !== null}
              onClick={() => void send(label)}
              data-testid={label === 'Có' ? 'answer-yes' : 'answer-no'}
            >
              {sending === label ? 'Đang gửi…' : label}
            </button>
          ))}
        </div>
      )}

      {!locked && question.answerType === 'choice' && (
        <ol className="answer-options answer-options--list">
          {question.choices.map((choice, index) => (
            <li key={index}>
              <button
                type="button"
                className="answer-option answer-option--choice"
                aria-pressed={current === choice}
                disabled={sending !== null}
                onClick={() => void send(String(index + 1))}
                data-testid={`answer-choice-${index + 1}`}
              >
                <span className="answer-option__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{sending === String(index + 1) ? 'Đang gửi…' : choice}</span>
              </button>
            </li>
          ))}
        </ol>
      )}

      {!locked && typed && (
        <form className="answer-typed" onSubmit={submitTyped} noValidate>
          {question.answerType === 'number' ? (
            <input
              className="text-input"
              value={draft}
              placeholder="Ví dụ: 12 hoặc 12/15"
              aria-label="Câu trả lời bằng số"
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setDraft(event.target.value);
                setError(null);
              }}
              data-testid="answer-number"
            />
          ) : (
            <textarea
              className="text-input text-area answer-typed__text"
              rows={2}
              maxLength={1000}
              value={draft}
              placeholder="Trả lời ngắn"
              aria-label="Câu trả lời"
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setDraft(event.target.value);
                setError(null);
              }}
              data-testid="answer-text"
            />
          )}
          <Button htmlType="submit" size="medium" loading={sending !== null} disabled={sending !== null} data-testid="answer-submit">
            {round.send}
          </Button>
        </form>
      )}

      <FormAlert message={error} testId="answer-error" />
      {current !== null && (
        <p className={saved ? 'question-card__answer ok-text' : 'question-card__answer'} data-testid="answer-current">
          {saved ? 'Đã ghi nhận: ' : 'Bạn đã trả lời: '}
          <strong>{current}</strong>
          <span className="muted"> · </span>
          {question.late ? <span className="late-mark">trễ hạn</span> : <span className="muted">{round.note}</span>}
        </p>
      )}
    </article>
  );
}
