import { chaseLevelLabels, chaseLevels, nudgeToneLabels, nudgeTones, type NudgeTone } from '@tds/shared';
import { FieldError } from '../../components/submissions/FormField';
import type { FieldErrors } from '../../components/submissions/form-model';
import { offsetLabel } from '../../components/plans/ladder-labels';
import type { StepDraft } from './ladder-form';

interface StepFieldsProps {
  index: number;
  step: StepDraft;
  errors: FieldErrors;
  /** The changed step, and the field path whose error the change clears. */
  onChange: (step: StepDraft, path: string) => void;
  onRemove: () => void;
}

/**
 * One rung of the ladder: how many working days before the due day, in which tone, and who besides
 * the people who owe it is told who has not finished (tổ trưởng → hiệu trưởng → the issuing unit's officers).
 */
export function StepFields({ index, step, errors, onChange, onRemove }: StepFieldsProps) {
  const path = `steps.${index}`;
  return (
    <li className="ladder-step" data-testid={`ladder-edit-step-${index}`}>
      <h3 className="ladder-step__title">
        Bậc {index + 1}
        {/^\d+$/.test(step.offset.trim()) && <span className="muted"> · {offsetLabel(Number(step.offset))}</span>}
      </h3>
      <div className="form-grid form-grid--2">
        <label className="field">
          <span className="field__label">Số ngày làm việc trước hạn</span>
          <input
            className="text-input"
            inputMode="numeric"
            maxLength={2}
            value={step.offset}
            onChange={(event) => onChange({ ...step, offset: event.target.value }, `${path}.offset`)}
            aria-invalid={errors[`${path}.offset`] ? true : undefined}
            data-testid={`ladder-offset-${index}`}
          />
          <FieldError path={`${path}.offset`} errors={errors} />
        </label>
        <label className="field">
          <span className="field__label">Mức nhắc</span>
          <select className="text-input" value={step.tone} onChange={(event) => onChange({ ...step, tone: event.target.value as NudgeTone }, `${path}.tone`)} data-testid={`ladder-tone-${index}`}>
            {nudgeTones.map((tone) => (
              <option key={tone} value={tone}>
                {nudgeToneLabels[tone]}
              </option>
            ))}
          </select>
          <FieldError path={`${path}.tone`} errors={errors} />
        </label>
      </div>
      <fieldset className="field">
        <legend className="field__label">Người nhận</legend>
        <span className="field__hint">Người phải làm luôn được nhắc. Báo thêm danh sách ai chưa xong cho:</span>
        {chaseLevels.map((level) => (
          <label className="check" key={level}>
            <input
              type="checkbox"
              checked={step.chase.includes(level)}
              // Kept in the ladder's order, whatever order they were ticked in.
              onChange={(event) => onChange({ ...step, chase: chaseLevels.filter((held) => (held === level ? event.target.checked : step.chase.includes(held))) }, `${path}.chase`)}
              data-testid={`ladder-chase-${index}-${level}`}
            />
            {chaseLevelLabels[level]}
          </label>
        ))}
        <FieldError path={`${path}.chase`} errors={errors} />
      </fieldset>
      <button type="button" className="link-button" onClick={onRemove} data-testid={`ladder-remove-${index}`}>
        Bỏ bậc nhắc này
      </button>
    </li>
  );
}
