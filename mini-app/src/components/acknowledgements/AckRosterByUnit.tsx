import type { AckRosterEntry, AckState } from '@tds/shared';
import './acknowledgements.css';

const stateLabels: Record<AckState, string> = {
  acknowledged: 'Đã xác nhận',
  awaiting: 'Chưa xác nhận',
  not_linked: 'Chưa liên kết bot',
  failed: 'Gửi lỗi',
};

/** Who confirmed "Đã nhận", one fold per unit ("3/5 đã xác nhận") listing its people and where each stands. */
export function AckRosterByUnit({ people }: { people: readonly AckRosterEntry[] }) {
  const units = new Map<string, { name: string; people: AckRosterEntry[] }>();
  for (const person of people) {
    const unit = units.get(person.unitId) ?? { name: person.unitName, people: [] };
    unit.people.push(person);
    units.set(person.unitId, unit);
  }
  return (
    <>
      {[...units.entries()].map(([unitId, unit]) => (
        <details key={unitId} className="ack-unit" data-testid={`ack-unit-${unitId}`}>
          <summary>
            {unit.name}: {unit.people.filter((person) => person.state === 'acknowledged').length}/{unit.people.length} đã xác nhận
          </summary>
          <ul className="ack-people">
            {unit.people.map((person) => (
              <li key={person.personId} className={`ack-person ack-person--${person.state}`} data-testid={`ack-person-${person.personId}`}>
                <span>{person.fullName}</span>
                <span className="ack-person__state">{stateLabels[person.state]}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
