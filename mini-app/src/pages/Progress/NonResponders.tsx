import type { QuestionResults } from '@tds/shared';
import { useState } from 'react';
import { Button } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { remindNonResponders } from '../../api/progress';
import { vietnamToday } from '../../lib/format';
import { putReminded, useReminded } from '../../state/progress';
import { FormAlert } from '../../components/FormAlert';

interface NonRespondersProps {
  questionId: string;
  people: QuestionResults['nonResponders'];
}

/** Who has not answered, whether the bot can reach them, and one "Nhắc lại" a day. */
export function NonResponders({ questionId, people }: NonRespondersProps) {
  const reminded = useReminded()[`${questionId}:${vietnamToday()}`];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unlinked = people.filter((person) => !person.botLinked).length;

  const remind = async () => {
    if (busy || reminded !== undefined) return;
    setBusy(true);
    setError(null);
    try {
      putReminded(`${questionId}:${vietnamToday()}`, await remindNonResponders(questionId));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="non-responders-title" data-testid="results-non-responders">
      <h2 id="non-responders-title" className="section-title">
        Chưa trả lời ({people.length})
      </h2>
      {people.length === 0 ? (
        <p className="ok-text">Mọi người đã trả lời.</p>
      ) : (
        <>
          <Button fullWidth variant={reminded === undefined ? 'primary' : 'secondary'} loading={busy} disabled={busy || reminded !== undefined} onClick={() => void remind()} data-testid="remind-button">
            {reminded === undefined ? `Nhắc lại ${people.length} người chưa trả lời` : 'Đã nhắc lại hôm nay'}
          </Button>
          {reminded !== undefined && (
            <p className="ok-text remind-result" role="status" data-testid="remind-result">
              {reminded > 0 ? `Đã nhắc lại ${reminded} người chưa trả lời.` : 'Những người này đã được nhắc lại hôm nay; mỗi người chỉ được nhắc lại một lần mỗi ngày.'}
            </p>
          )}
          <FormAlert message={error} testId="remind-error" />
          {unlinked > 0 && <p className="muted remind-note">{unlinked} người chưa liên kết bot Zalo nên không nhận được tin nhắc qua Zalo; hãy nhắc trực tiếp.</p>}
          <ul className="people-list">
            {people.map((person) => (
              <li key={person.personId} className="people-list__row" data-testid={`non-responder-${person.personId}`}>
                <span>
                  <span className="people-list__name">{person.fullName}</span>
                  <span className="people-list__sub">{person.unitName}</span>
                </span>
                <span className={person.botLinked ? 'link-state link-state--on' : 'link-state'}>{person.botLinked ? 'Đã liên kết bot' : 'Chưa liên kết bot'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
