import { submissionStatusLabels, type SubmissionStatus } from '@tds/shared';

export type StatusChoice = SubmissionStatus | 'all';

interface StatusFilterProps {
  choices: readonly StatusChoice[];
  value: StatusChoice;
  onChange: (value: StatusChoice) => void;
  /** How many rows each choice holds, when known. */
  counts?: Partial<Record<StatusChoice, number>>;
  /** Words of the chips where the status labels read wrong (a reviewer's "Chờ duyệt"). */
  labels?: Partial<Record<StatusChoice, string>>;
}

/** A row of chips, scrolled sideways on a narrow phone. */
export function StatusFilter({ choices, value, onChange, counts, labels }: StatusFilterProps) {
  return (
    <div className="status-filter" role="tablist" aria-label="Lọc theo trạng thái">
      {choices.map((choice) => (
        <button
          key={choice}
          type="button"
          role="tab"
          aria-selected={choice === value}
          className="status-filter__chip"
          onClick={() => onChange(choice)}
          data-testid={`status-filter-${choice}`}
        >
          {labels?.[choice] ?? (choice === 'all' ? 'Tất cả' : submissionStatusLabels[choice])}
          {counts?.[choice] !== undefined && <span className="status-filter__count">{counts[choice]}</span>}
        </button>
      ))}
    </div>
  );
}

/** `?status=` read back, or the default. */
export function statusFrom(param: string | null, choices: readonly StatusChoice[], fallback: StatusChoice): StatusChoice {
  return choices.find((choice) => choice === param) ?? fallback;
}
