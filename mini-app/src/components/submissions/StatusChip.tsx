import { submissionStatusLabels, type SubmissionStatus } from '@tds/shared';

/** "Bản nháp", "Đã nộp, chờ duyệt", "Bị trả lại", "Đơn vị đã duyệt", "Đã gửi lên xã" in their colours. */
export function StatusChip({ status }: { status: SubmissionStatus }) {
  return (
    <span className={`status-chip status-chip--${status}`} data-testid="status-chip">
      {submissionStatusLabels[status]}
    </span>
  );
}
