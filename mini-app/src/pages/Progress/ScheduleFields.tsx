import { DayInput, TimeInput } from '../../components/MaskedInputs';
import { FieldError } from '../../components/submissions/FormField';
import type { FieldErrors } from '../../components/submissions/form-model';
import type { QuestionDraft } from './question-form';
import { weekdayLabels } from './schedule-text';

type ScheduleKey = 'date' | 'time' | 'weekday' | 'monthDay';

interface ScheduleFieldsProps {
  draft: QuestionDraft;
  errors: FieldErrors;
  /** `path` is where the server puts the field's error (`schedule.time`). */
  onChange: (key: ScheduleKey, value: string, path: string) => void;
}

const monthDays = Array.from({ length: 28 }, (_, index) => String(index + 1));

/** The day (a date, a weekday or a day of the month, by the schedule's kind) and the time of asking. */
export function ScheduleFields({ draft, errors, onChange }: ScheduleFieldsProps) {
  const time = (
    <label className="field">
      <span className="field__label">Giờ hỏi</span>
      <TimeInput value={draft.time} onChange={(value) => onChange('time', value, 'schedule.time')} invalid={Boolean(errors['schedule.time'])} testId="question-time" />
      <FieldError path="schedule.time" errors={errors} />
    </label>
  );
  return (
    <div className="form-grid form-grid--2 schedule-fields">
      {draft.scheduleKind === 'once' && (
        <label className="field">
          <span className="field__label">Ngày hỏi</span>
          <DayInput value={draft.date} onChange={(value) => onChange('date', value, 'schedule.date')} invalid={Boolean(errors['schedule.date'])} testId="question-date" />
          <FieldError path="schedule.date" errors={errors} />
        </label>
      )}
      {draft.scheduleKind === 'weekly' && (
        <label className="field">
          <span className="field__label">Vào</span>
          <select className="text-input" value={draft.weekday} onChange={(event) => onChange('weekday', event.target.value, 'schedule.weekday')} data-testid="question-weekday">
            {Object.entries(weekdayLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label.charAt(0).toUpperCase() + label.slice(1)}
              </option>
            ))}
          </select>
          <FieldError path="schedule.weekday" errors={errors} />
        </label>
      )}
      {draft.scheduleKind === 'monthly' && (
        <label className="field">
          <span className="field__label">Ngày trong tháng</span>
          <select className="text-input" value={draft.monthDay} onChange={(event) => onChange('monthDay', event.target.value, 'schedule.day')} data-testid="question-monthday">
            {monthDays.map((day) => (
              <option key={day} value={day}>
                Ngày {day}
              </option>
            ))}
          </select>
          <FieldError path="schedule.day" errors={errors} />
        </label>
      )}
      {time}
    </div>
  );
}
