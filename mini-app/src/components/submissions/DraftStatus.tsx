import { formatTime } from '../../lib/format';
import type { SaveState } from './use-draft';

/** The autosave line: saved at, saving, or why it could not save. */
export function DraftStatus({ state }: { state: SaveState }) {
  return (
    <p className={`draft-status draft-status--${state.status}`} role="status" data-testid="draft-status">
      {describe(state)}
    </p>
  );
}

function describe(state: SaveState): string {
  switch (state.status) {
    case 'idle':
      return 'Bản nháp được lưu tự động khi bạn nhập';
    case 'saving':
      return 'Đang lưu…';
    case 'saved':
      return `Đã lưu nháp lúc ${formatTime(state.at)}`;
    case 'offline':
      return 'Chưa lưu được vì mất kết nối. Nội dung vẫn còn trên máy và sẽ tự lưu khi có mạng.';
    case 'error':
      return `Chưa lưu được bản nháp: ${state.message}`;
    case 'conflict':
      return state.message;
  }
}
