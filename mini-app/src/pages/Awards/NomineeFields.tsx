import type { Person, Unit } from '@tds/shared';
import type { ReactNode } from 'react';
import { useApprovedInitiatives } from '../../state/awards';
import { usePeople, useUnits } from '../../state/org';
import type { NominationDraft } from './nomination-form';

interface NomineePickerProps {
  draft: NominationDraft;
  invalid: boolean;
  onChange: (nomineeId: string) => void;
  /** The field's error message. */
  children: ReactNode;
}

/** Who is nominated: a person of the units in reach (grouped by unit), or one of those units. */
export function NomineePicker({ draft, invalid, onChange, children }: NomineePickerProps) {
  const people = usePeople();
  const units = useUnits();
  const person = draft.nomineeType === 'person';
  const source = person ? people : units;
  return (
    <label className="field">
      <span className="field__label">{person ? 'Cá nhân được đề nghị' : 'Tập thể được đề nghị'}</span>
      <select className="text-input" value={draft.nomineeId} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid || undefined} disabled={!source.data} data-testid="nomination-input-nominee">
        <option value="">{source.data ? (person ? '— Chọn người —' : '— Chọn tập thể —') : 'Đang tải danh sách…'}</option>
        {person ? <PeopleOptions people={people.data ?? []} units={units.data ?? []} /> : <UnitOptions units={units.data ?? []} />}
      </select>
      {source.error && <span className="field-error">{source.error}</span>}
      {children}
    </label>
  );
}

function PeopleOptions({ people, units }: { people: readonly Person[]; units: readonly Unit[] }) {
  const groups = units
    .map((unit) => ({ unit, members: people.filter((member) => member.active && member.unitId === unit.id) }))
    .filter((group) => group.members.length > 0);
  return groups.map(({ unit, members }) => (
    <optgroup key={unit.id} label={unit.name}>
      {members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.fullName}
          {member.title ? ` – ${member.title}` : ''}
        </option>
      ))}
    </optgroup>
  ));
}

function UnitOptions({ units }: { units: readonly Unit[] }) {
  const top = Math.min(...units.map(depth));
  return units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {'\u00a0\u00a0'.repeat(depth(unit) - top)}
      {unit.name}
    </option>
  ));
}

const depth = (unit: Unit) => unit.path.split('/').filter(Boolean).length;

interface InitiativePickerProps {
  draft: NominationDraft;
  onChange: (submissionIds: string[]) => void;
  children: ReactNode;
}

/** The approved sáng kiến the achievement rests on: the nominee's own, or any in reach for a collective. */
export function InitiativePicker({ draft, onChange, children }: InitiativePickerProps) {
  const initiatives = useApprovedInitiatives();
  const person = draft.nomineeType === 'person';
  const shown = (initiatives.data ?? []).filter((item) => !person || item.authorId === draft.nomineeId);
  const toggle = (id: string, on: boolean) => onChange(on ? [...draft.submissionIds, id] : draft.submissionIds.filter((held) => held !== id));
  return (
    <fieldset className="field" data-testid="nomination-initiatives">
      <legend className="field__label">
        Sáng kiến đã được công nhận <span className="field__optional">(không bắt buộc)</span>
      </legend>
      {person && !draft.nomineeId ? (
        <p className="field__hint">Chọn người được đề nghị để thấy sáng kiến của họ.</p>
      ) : !initiatives.data ? (
        <p className={initiatives.error ? 'field-error' : 'field__hint'}>{initiatives.error ?? 'Đang tải sáng kiến…'}</p>
      ) : shown.length === 0 ? (
        <p className="field__hint">{person ? 'Người này chưa có sáng kiến được duyệt.' : 'Chưa có sáng kiến được duyệt trong đơn vị.'}</p>
      ) : (
        <div className="choice-list">
          {shown.map((item) => (
            <label key={item.id} className="choice">
              <input type="checkbox" checked={draft.submissionIds.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} data-testid={`nomination-initiative-${item.id}`} />
              <span>
                {item.title}
                {!person && <span className="award-form__author"> · {item.authorName}</span>}
              </span>
            </label>
          ))}
        </div>
      )}
      {children}
    </fieldset>
  );
}
