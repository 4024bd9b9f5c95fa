import { Button } from 'zmp-ui';
import { BottomSheet } from './BottomSheet';
import { FormAlert } from './FormAlert';

interface ConfirmSheetProps {
  open: boolean;
  title: string;
  /** The consequence, spelled out. */
  message: string;
  /** Says what the button does ("Xóa hạn", "Công bố"). */
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question before an action that cannot be taken back. */
export function ConfirmSheet({ open, title, message, confirmLabel, danger, busy, error, onConfirm, onClose }: ConfirmSheetProps) {
  return (
    <BottomSheet open={open} title={title} onClose={busy ? () => undefined : onClose} testId="confirm">
      <p className="confirm__message">{message}</p>
      <FormAlert message={error} testId="confirm-error" />
      <div className="button-row button-row--end">
        <Button variant="tertiary" type="neutral" onClick={onClose} disabled={busy} data-testid="confirm-cancel">
          Hủy
        </Button>
        <Button type={danger ? 'danger' : 'highlight'} onClick={onConfirm} loading={busy} disabled={busy} data-testid="confirm-ok">
          {confirmLabel}
        </Button>
      </div>
    </BottomSheet>
  );
}
