import { newId } from '../../store/ids';
import type { Actor, CreateDraftBody, SaveDraftBody, SubmissionView } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { conflict } from '../../http/errors';
import { loadOwn } from './access';
import { titleOf } from './presenter';
import { deleteDraft, findByClientKey, insertSubmission, saveDraftIfCurrent } from './repo';
import { submissionView } from './queries';

/**
 * Opens the draft of a form. The form's `clientKey` makes it idempotent: a retried request, or
 * the same form reopened on another device, finds the same draft instead of making a second.
 */
export async function createDraft(ctx: AppContext, actor: Actor, body: CreateDraftBody): Promise<SubmissionView> {
  authorize(actor, 'submissions.create', { ownerId: actor.personId });
  const existing = await findByClientKey(ctx.store.db, actor.personId, body.clientKey);
  if (existing) return submissionView(ctx, actor, existing.id);
  const at = ctx.clock.now().toISOString();
  const id = newId();
  try {
    await insertSubmission(ctx.store.db, {
      id,
      kind: body.kind,
      author_person_id: actor.personId,
      unit_id: actor.unitId,
      status: 'draft',
      title: titleOf(body.kind, body.data),
      data: JSON.stringify(body.data),
      version: 0,
      client_key: body.clientKey,
      reviewer_person_id: null,
      reviewer_comment: null,
      submitted_at: null,
      reviewed_at: null,
      created_at: at,
      updated_at: at,
    });
  } catch (error) {
    // Two devices opening the same form at once: the unique key let the other one in first.
    const raced = await findByClientKey(ctx.store.db, actor.personId, body.clientKey);
    if (raced) return submissionView(ctx, actor, raced.id);
    throw error;
  }
  return submissionView(ctx, actor, id);
}

/** Autosave: whatever is typed so far, refused (409) if another save came in since the client's version. */
export async function saveDraft(ctx: AppContext, actor: Actor, id: string, body: SaveDraftBody): Promise<SubmissionView> {
  const row = await loadOwn(ctx, actor, id);
  if (row.status !== 'draft' && row.status !== 'returned') throw conflict('Bài đã nộp, không sửa được nữa. Hãy chờ kết quả duyệt.');
  const saved = await saveDraftIfCurrent(ctx.store.db, id, body.version, {
    data: JSON.stringify(body.data),
    title: titleOf(row.kind as 'initiative' | 'training', body.data),
    updated_at: ctx.clock.now().toISOString(),
  });
  if (!saved) throw conflict('Bản nháp vừa được lưu từ nơi khác. Hãy tải lại để xem bản mới nhất.', { version: 'Bản nháp đã thay đổi' });
  return submissionView(ctx, actor, id);
}

/** Discards a draft the author no longer wants (an empty form opened by mistake). */
export async function discardDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await loadOwn(ctx, actor, id);
  if (row.status !== 'draft') throw conflict('Chỉ xóa được bản nháp chưa nộp');
  await ctx.store.transact((trx) => deleteDraft(trx, id));
}
