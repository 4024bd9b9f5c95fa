import type { NudgeLadder } from '@tds/shared';
import { useState } from 'react';
import { useSnackbar } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { setObligationImportance } from '../../api/reminders';
import { FieldError } from '../../components/submissions/FormField';

interface ImportanceToggleProps {
  obligationId: string;
  important: boolean;
  onChanged: (ladder: NudgeLadder) => void;
}

/**
 * "Hạn quan trọng": its reminders ask for "Đã nhận". Saved as soon as it is ticked, shown ticked
 * meanwhile; a refusal puts it back and is said under it.
 */
export function ImportanceToggle({ obligationId, important, onChanged }: ImportanceToggleProps) {
  const { openSnackbar } = useSnackbar();
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (value: boolean) => {
    setPending(value);
    setError(null);
    try {
      onChanged(await setObligationImportance(obligationId, { important: value }));
      openSnackbar({ text: value ? 'Nhắc hạn này sẽ kèm yêu cầu «Đã nhận»' : 'Nhắc hạn này không còn yêu cầu «Đã nhận»; các yêu cầu chưa ai trả lời đã được rút lại', type: 'success', duration: 3000 });
    } catch (failure) {
      setError((failure instanceof ApiRequestError ? failure.fields.important : undefined) ?? errorMessage(failure));
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={pending ?? important} disabled={pending !== null} onChange={(event) => void toggle(event.target.checked)} data-testid="ladder-important" />
        Hạn quan trọng: nhắc kèm yêu cầu trả lời «Đã nhận»
      </label>
      <span className="field__hint">Mặc định: hạn nộp hồ sơ là quan trọng, các hạn khác thì không.</span>
      <FieldError path="important" errors={error ? { important: error } : {}} />
    </div>
  );
}
