import { foldVietnamese, roleLabels, type Role } from '@tds/shared';
import { useEffect, useState } from 'react';
import { FieldError } from '../../components/submissions/FormField';
import type { FieldErrors } from '../../components/submissions/form-model';
import { unitOptions } from '../../lib/unit-tree';
import { loadUnits, useUnits } from '../../state/org';

interface AudiencePickerProps {
  roleChoices: readonly Role[];
  roles: readonly Role[];
  allUnits: boolean;
  unitIds: readonly string[];
  errors: FieldErrors;
  onRoles: (roles: Role[]) => void;
  onUnits: (allUnits: boolean, unitIds: string[]) => void;
}

/** A sender's unit list can be long (a Sở sees every school): a filter box appears past this many. */
const FILTER_FROM = 12;

/** Who receives: the roles, and every unit below the sender or the units ticked. */
export function AudiencePicker({ roleChoices, roles, allUnits, unitIds, errors, onRoles, onUnits }: AudiencePickerProps) {
  const units = useUnits();
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void loadUnits();
  }, []);
  const options = units.data ? unitOptions(units.data) : [];
  const folded = foldVietnamese(filter.trim());
  const shown = folded ? options.filter((option) => unitIds.includes(option.id) || foldVietnamese(option.label).includes(folded)) : options;

  return (
    <>
      <fieldset className="field audience-roles">
        <legend className="field__label">Gửi cho vai trò</legend>
        {roleChoices.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={() => onRoles(roles.includes(role) ? roles.filter((held) => held !== role) : [...roles, role])}
              data-testid={`compose-role-${role}`}
            />
            {roleLabels[role]}
          </label>
        ))}
        <FieldError path="roles" errors={errors} />
      </fieldset>

      <fieldset className="field">
        <legend className="field__label">Gửi đến đơn vị</legend>
        <label className="check audience-units__all">
          <input type="radio" name="audience-units" checked={allUnits} onChange={() => onUnits(true, [...unitIds])} data-testid="compose-units-all" />
          Tất cả đơn vị trực thuộc
        </label>
        <label className="check audience-units__all">
          <input type="radio" name="audience-units" checked={!allUnits} onChange={() => onUnits(false, [...unitIds])} data-testid="compose-units-some" />
          Chọn đơn vị{!allUnits && unitIds.length > 0 ? ` (đã chọn ${unitIds.length})` : ''}
        </label>
        {!allUnits && (
          <div className="unit-checklist" data-testid="compose-unit-list">
            {options.length > FILTER_FROM && (
              <input className="text-input" value={filter} placeholder="Tìm đơn vị…" aria-label="Tìm đơn vị" onChange={(event) => setFilter(event.target.value)} data-testid="compose-unit-filter" />
            )}
            {!units.data && <p className="muted">{units.error ?? 'Đang tải đơn vị…'}</p>}
            {shown.map((option) => (
              <label key={option.id} className="check unit-checklist__item">
                <input
                  type="checkbox"
                  checked={unitIds.includes(option.id)}
                  onChange={() => onUnits(false, unitIds.includes(option.id) ? unitIds.filter((held) => held !== option.id) : [...unitIds, option.id])}
                  data-testid={`compose-unit-${option.id}`}
                />
                <span className="unit-checklist__name">{option.label}</span>
              </label>
            ))}
          </div>
        )}
        <FieldError path="unitIds" errors={errors} />
      </fieldset>
    </>
  );
}
