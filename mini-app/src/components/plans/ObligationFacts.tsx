import { roleLabels, type StoredObligation } from '@tds/shared';
import { describeDueRule, kindLabels, recurrenceLabels } from '../../lib/due';

/** What, when, to whom and who owes it: the facts of one obligation, as a definition list. */
export function ObligationFacts({ obligation }: { obligation: StoredObligation }) {
  return (
    <dl className="facts">
      <dt>Loại</dt>
      <dd>{kindLabels[obligation.kind]}</dd>
      <dt>Thời hạn</dt>
      <dd>
        {describeDueRule(obligation)}
        {obligation.onRequest ? ' hoặc theo yêu cầu' : ''}
      </dd>
      <dt>Lặp lại</dt>
      <dd>{recurrenceLabels[obligation.recurrence]}</dd>
      {obligation.recipient && (
        <>
          <dt>Gửi</dt>
          <dd>{obligation.recipient}</dd>
        </>
      )}
      {obligation.sender && (
        <>
          <dt>Thực hiện</dt>
          <dd>{obligation.sender}</dd>
        </>
      )}
      <dt>Áp dụng cho</dt>
      <dd>{obligation.audienceRoles.length > 0 ? obligation.audienceRoles.map((role) => roleLabels[role]).join(', ') : 'Chưa chọn vai trò'}</dd>
    </dl>
  );
}
