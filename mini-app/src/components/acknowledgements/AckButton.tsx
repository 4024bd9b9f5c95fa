import { useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { formatDateTime } from '../../lib/format';

/**
 * "Đã nhận": one tap confirms a message that asks for it; once confirmed, the time instead. A
 * refusal (not yours, asks for nothing) shows the server's reason.
 */
export function AckButton({ acknowledgedAt, onConfirm, testId }: { acknowledgedAt: string | null; onConfirm: () => Promise<void>; testId: string }) {
  const { openSnackbar } = useSnackbar();
  const [busy, setBusy] = useState(false);
  if (acknowledgedAt) {
    return (
      <span className="ack-done" data-testid={`${testId}-done`}>
        ✓ Đã xác nhận lúc {formatDateTime(acknowledgedAt)}
      </span>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      openSnackbar({ text: 'Đã xác nhận «Đã nhận»', type: 'success', duration: 2000 });
    } catch (failure) {
      openSnackbar({ text: errorMessage(failure), type: 'error', duration: 4000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" loading={busy} disabled={busy} onClick={() => void confirm()} data-testid={testId}>
      Đã nhận
    </Button>
  );
}
