import { can, type Actor } from '@tds/shared';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/errors';
import type { SubmissionRow } from '../../store/schema';
import { findUnit } from '../org/repo';
import { findSubmission } from './repo';

/** A submission the actor may see: their own, or a non-draft one in their reach. Others are "not found". */
export async function loadVisible(ctx: AppContext, actor: Actor, id: string): Promise<{ row: SubmissionRow; unitPath: string }> {
  const row = await findSubmission(ctx.store.db, id);
  const unit = row && (await findUnit(ctx.store.db, row.unit_id));
  if (!row || !unit) throw notFound('Không tìm thấy bài nộp');
  const own = row.author_person_id === actor.personId;
  if (!own && (row.status === 'draft' || !can(actor, 'submissions.read', { unitPath: unit.path }))) throw notFound('Không tìm thấy bài nộp');
  return { row, unitPath: unit.path };
}

/** Only the author edits or submits, whatever their role. */
export async function loadOwn(ctx: AppContext, actor: Actor, id: string): Promise<SubmissionRow> {
  const { row } = await loadVisible(ctx, actor, id);
  if (row.author_person_id !== actor.personId) throw forbidden('Chỉ tác giả mới được sửa hoặc nộp bài này');
  return row;
}
