import type { QuestionResults } from '@tds/shared';
import { formatDateTime } from '../../lib/format';

const channelLabels: Readonly<Record<string, string>> = { bot: 'qua Zalo', 'mini-app': 'qua ứng dụng' };

/** Who answered what and when, newest answer as the server lists them. */
export function AnswersTable({ answers }: { answers: QuestionResults['answers'] }) {
  return (
    <section className="card" aria-labelledby="answers-title" data-testid="results-answers">
      <h2 id="answers-title" className="section-title">
        Người đã trả lời ({answers.length})
      </h2>
      {answers.length === 0 ? (
        <p className="muted">Chưa có ai.</p>
      ) : (
        <table className="answers-table">
          <thead>
            <tr>
              <th scope="col">Người trả lời</th>
              <th scope="col">Trả lời</th>
              <th scope="col">Lúc</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((answer) => (
              <tr key={answer.personId} data-testid={`answer-row-${answer.personId}`}>
                <td>
                  <span className="answers-table__name">{answer.fullName}</span>
                  <span className="answers-table__sub">{answer.unitName}</span>
                </td>
                <td className="answers-table__answer">
                  {answer.summary}
                  {answer.late && (
                    <span className="late-mark" data-testid="answer-late">
                      trễ hạn
                    </span>
                  )}
                </td>
                <td>
                  <span className="answers-table__when">{formatDateTime(answer.receivedAt)}</span>
                  <span className="answers-table__sub">{channelLabels[answer.channel] ?? answer.channel}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
