import { newId } from '../../store/ids';
import { submissionStatusLabels, type Actor, type ReviewBody, type SubmissionStatus, type SubmissionView } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { conflict, forbidden } from '../../http/errors';
import { enqueueMessage } from '../outbox/enqueue';
import { loadVisible } from './access';
import { insertEvent, transition } from './repo';
import { submissionView } from './queries';

/** Each decision: who may take it, from which statuses, to which. */
const decisions = {
  approve: { action: 'submissions.review', from: ['submitted'], to: 'approved' },
  return: { action: 'submissions.review', from: ['submitted'], to: 'returned' },
  reopen: { action: 'submissions.review', from: ['approved'], to: 'returned' },
  forward: { action: 'submissions.forward', from: ['approved'], to: 'forwarded' },
} as const satisfies Record<ReviewBody['decision'], { action: 'submissions.review' | 'submissions.forward'; from: SubmissionStatus[]; to: SubmissionStatus }>;

/**
 * A reviewer's decision on a submission of their unit. The status move is conditional, so two
 * reviewers deciding at once cannot both apply; the author hears of a return or approval by bot.
 */
export async function reviewSubmission(ctx: AppContext, actor: Actor, id: string, body: ReviewBody): Promise<SubmissionView> {
  const { row, unitPath } = await loadVisible(ctx, actor, id);
  const decision = decisions[body.decision];
  authorize(actor, decision.action, { unitPath });
  if (row.author_person_id === actor.personId) throw forbidden('Không thể tự duyệt bài của chính mình');
  if (!(decision.from as readonly string[]).includes(row.status)) {
    throw conflict(`Bài đang ở trạng thái "${submissionStatusLabels[row.status as SubmissionStatus]}", không thể thực hiện thao tác này`);
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const comment = body.comment || null;
  await ctx.store.transact(async (trx) => {
    const moved = await transition(trx, id, [...decision.from], {
      status: decision.to,
      reviewer_person_id: actor.personId,
      reviewer_comment: body.decision === 'forward' ? row.reviewer_comment : comment,
      reviewed_at: at,
      updated_at: at,
    });
    if (!moved) throw conflict('Bài vừa được người khác xử lý, hãy tải lại');
    const eventId = newId();
    await insertEvent(trx, { id: eventId, submissionId: id, at, actorId: actor.personId, from: row.status, to: decision.to, comment });
    await enqueueMessage(trx, { dedupeKey: `submission:${id}:${eventId}`, recipientPersonId: row.author_person_id, text: authorMessage(row.title, decision.to, comment), link: `/submissions/${id}` }, now);
  });
  return submissionView(ctx, actor, id);
}

function authorMessage(title: string, status: SubmissionStatus, comment: string | null): string {
  switch (status) {
    case 'approved':
      return `Bài "${title}" đã được đơn vị duyệt. Chúc mừng thầy/cô!`;
    case 'returned':
      return `Bài "${title}" được trả lại để chỉnh sửa. Nhận xét: ${comment ?? ''}\nMở mini app Thi Đua Số, mục «Bài đã nộp» để sửa và nộp lại.`;
    case 'forwarded':
      return `Bài "${title}" đã được nhà trường gửi lên UBND xã.`;
    default:
      return `Bài "${title}": ${submissionStatusLabels[status]}.`;
  }
}
