import type { ResendResult } from '@tds/shared';
import { useRef, useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { newUuid } from '../../lib/uuid';

interface ResendButtonProps {
  /** Who would get it again now (those reached who have not confirmed). */
  awaiting: number;
  send: (idempotencyKey: string) => Promise<ResendResult>;
  onSent: () => void;
  testId: string;
}

/**
 * "Gửi lại cho người chưa xác nhận". One Idempotency-Key per press, kept until the server answers,
 * so a double tap or a retried request sends nothing twice.
 */
export function ResendButton({ awaiting, send, onSent, testId }: ResendButtonProps) {
  const { openSnackbar } = useSnackbar();
  const [sending, setSending] = useState(false);
  const key = useRef(newUuid());
  const press = async () => {
    setSending(true);
    try {
      const { resent } = await send(key.current);
      key.current = newUuid();
      openSnackbar({ text: resent > 0 ? `Đã gửi lại cho ${resent} người chưa xác nhận` : 'Không còn ai cần gửi lại', type: 'success', duration: 3000 });
      onSent();
    } catch (failure) {
      openSnackbar({ text: errorMessage(failure), type: 'error', duration: 4000 });
    } finally {
      setSending(false);
    }
  };
  return (
    <Button fullWidth loading={sending} disabled={sending || awaiting === 0} onClick={() => void press()} data-testid={testId}>
      Gửi lại cho người chưa xác nhận ({awaiting})
    </Button>
  );
}
