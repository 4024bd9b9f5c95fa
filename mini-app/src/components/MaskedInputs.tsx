import { maskDayInput } from '../lib/day-input';
import { maskTimeInput } from '../lib/time-input';

interface MaskedInputProps {
  value: string;
  /** Told the value as masked: separators added while digits are typed, deletions left alone. */
  onChange: (value: string) => void;
  invalid?: boolean;
  testId: string;
  /** When no visible label wraps the box. */
  ariaLabel?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * A numeric text box that types its own separators. Native date and time pickers show "10:00 AM"
 * or mm/dd on phones set to English; Vietnamese notices write dd/mm/yyyy and 24-hour times.
 */
function maskedInput(mask: (previous: string, next: string) => string, placeholder: string, maxLength: number) {
  return function MaskedInput({ value, onChange, invalid, testId, ariaLabel, disabled, className = 'text-input' }: MaskedInputProps) {
    return (
      <input
        className={className}
        inputMode="numeric"
        placeholder={placeholder}
        maxLength={maxLength}
        aria-label={ariaLabel}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(mask(value, event.target.value))}
        aria-invalid={invalid ? true : undefined}
        data-testid={testId}
      />
    );
  };
}

/** "HH:mm", 24-hour. */
export const TimeInput = maskedInput(maskTimeInput, 'HH:mm', 5);
/** "dd/mm/yyyy". */
export const DayInput = maskedInput(maskDayInput, 'dd/mm/yyyy', 10);
