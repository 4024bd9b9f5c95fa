import { compareVi } from '@tds/shared';
import { useEffect } from 'react';
import { loadPeople, usePeople } from '../../state/org';

/**
 * "Đã tạm dừng nhắc việc": staff who sent /dung to the bot get no questions or reminders, so the
 * principal sees them here rather than wonder why they never answer.
 */
export function PausedReminders() {
  const people = usePeople();
  useEffect(() => {
    // Pausing happens in the bot chat at any time: always ask again.
    void loadPeople(true);
  }, []);
  const paused = people.data
    ?.filter((person) => person.active && person.remindersPaused)
    .sort((a, b) => compareVi(a.fullName, b.fullName));

  return (
    <section className="card paused-card" aria-labelledby="paused-title" data-testid="paused-reminders">
      <h2 id="paused-title" className="section-title">
        Đã tạm dừng nhắc việc
      </h2>
      {!paused ? (
        people.error ? (
          <p className="form-error" role="alert">
            {people.error}
          </p>
        ) : (
          <p className="muted">Đang tải…</p>
        )
      ) : paused.length === 0 ? (
        <p className="muted" data-testid="paused-empty">
          Không ai trong trường tạm dừng nhắc việc.
        </p>
      ) : (
        <>
          <p className="muted">Những người này không nhận câu hỏi và lời nhắc qua Zalo cho đến khi nhắn “/batdau” cho bot.</p>
          <ul className="paused-list">
            {paused.map((person) => (
              <li key={person.id} data-testid={`paused-${person.id}`}>
                <span className="paused-list__name">{person.fullName}</span>
                {person.title && <span className="muted"> · {person.title}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
