import type { StoredObligation } from '@tds/shared';
import { memo } from 'react';
import { CountdownChip } from '../../components/plans/CountdownChip';
import { ObligationFacts } from '../../components/plans/ObligationFacts';
import { daysUntil } from '../../lib/due';

interface ObligationCardProps {
  obligation: StoredObligation;
  today: string;
  onEdit: (obligation: StoredObligation) => void;
  onDelete: (obligation: StoredObligation) => void;
  onShowInText: (obligation: StoredObligation) => void;
}

/** One deadline found in the plan: the phrase it came from, what the extractor read, and the actions. */
export const ObligationCard = memo(function ObligationCard({ obligation, today, onEdit, onDelete, onShowInText }: ObligationCardProps) {
  return (
    <article className="card obligation-card" data-testid={`review-obligation-${obligation.id}`}>
      {obligation.manual ? (
        <p className="obligation-card__phrase obligation-card__phrase--manual">Thêm thủ công</p>
      ) : (
        <p className="obligation-card__phrase">“{obligation.phrase.replace(/\s+/g, ' ')}”</p>
      )}
      <p className="obligation-card__what" data-testid="obligation-what">
        {obligation.what}
      </p>
      <CountdownChip dueOn={obligation.nextDueOn} daysLeft={daysUntil(obligation.nextDueOn, today)} />
      <ObligationFacts obligation={obligation} />
      <div className="obligation-card__actions">
        {!obligation.manual && (
          <button type="button" className="text-button" onClick={() => onShowInText(obligation)} data-testid={`obligation-show-${obligation.id}`}>
            Xem trong văn bản
          </button>
        )}
        <button type="button" className="text-button" onClick={() => onEdit(obligation)} data-testid={`obligation-edit-${obligation.id}`}>
          Sửa
        </button>
        <button type="button" className="text-button text-button--danger" onClick={() => onDelete(obligation)} data-testid={`obligation-delete-${obligation.id}`}>
          Xóa
        </button>
      </div>
    </article>
  );
});
