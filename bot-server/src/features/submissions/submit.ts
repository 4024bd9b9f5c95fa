import { newId } from '../../store/ids';
import { InitiativeData, TrainingData, type Actor, type SubmissionKind, type SubmissionView } from '@tds/shared';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, conflict } from '../../http/errors';
import { keyReused, runIdempotent } from '../../http/idempotency';
import { parseInput } from '../../http/validate';
import type { AttachmentRow, Database, SubmissionRow } from '../../store/schema';
import { findAttachmentsOf } from '../attachments/repo';
import type { AuthorNames } from '../../auth/authenticate';
import { loadOwn } from './access';
import { presentSubmission, titleOf } from './presenter';
import { findByClientKey, insertEvent, insertSubmission, replaceAttachments, transition } from './repo';
import { submissionView } from './queries';

/** The complete form, validated strictly: every required field, shares totalling 100 %. */
function validFormData(kind: SubmissionKind, data: unknown): { data: InitiativeData | TrainingData; attachmentIds: string[] } {
  const parsed = kind === 'initiative' ? parseInput(InitiativeData, data) : parseInput(TrainingData, data);
  return { data: parsed, attachmentIds: [...new Set(parsed.attachmentIds)] };
}

/** Attachments must be the author's own uploads: nobody attaches someone else's evidence by id. */
async function checkAttachments(trx: Transaction<Database>, authorId: string, ids: string[]): Promise<AttachmentRow[]> {
  const owned = await findAttachmentsOf(trx, authorId, ids);
  if (owned.length !== ids.length) throw badRequest('Có tệp đính kèm không hợp lệ, vui lòng tải lại tệp', { attachmentIds: 'Tệp đính kèm không hợp lệ' });
  const byId = new Map(owned.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

/** `status` is where it comes from: 'new' for a record created by this very submit. */
async function recordSubmit(trx: Transaction<Database>, row: { id: string; status: string }, actor: Actor, at: Date, attachmentIds: string[]): Promise<void> {
  await replaceAttachments(trx, row.id, attachmentIds, { isNew: row.status === 'new' });
  const from = row.status === 'new' ? 'draft' : row.status;
  // The history row is the audit record of the transition (read through the `audit_trail` view).
  await insertEvent(trx, { id: newId(), submissionId: row.id, at: at.toISOString(), actorId: actor.personId, from, to: 'submitted', comment: null });
}

/** Submits (or resubmits after a return) a draft; a double tap with the same key answers the first result. */
export async function submitDraft(ctx: AppContext, actor: Actor, id: string, idempotencyKey: string): Promise<SubmissionView> {
  const now = ctx.clock.now();
  // Read before the transaction: on SQLite the transaction holds the only connection.
  const row = await loadOwn(ctx, actor, id);
  const result = await runIdempotent<{ id: string }>(ctx.store, { personId: actor.personId, key: idempotencyKey, operation: `submit:${id}`, at: now }, async (trx) => {
    if (row.status !== 'draft' && row.status !== 'returned') throw conflict('Bài này đã được nộp rồi');
    const form = validFormData(row.kind as SubmissionKind, JSON.parse(row.data));
    await checkAttachments(trx, actor.personId, form.attachmentIds);
    const moved = await transition(trx, id, [row.status], {
      status: 'submitted',
      data: JSON.stringify(form.data),
      title: titleOf(row.kind as SubmissionKind, form.data),
      submitted_at: now.toISOString(),
      updated_at: now.toISOString(),
      version: row.version + 1,
    });
    if (!moved) throw conflict('Bài này vừa thay đổi trạng thái, hãy tải lại');
    await recordSubmit(trx, row, actor, now, form.attachmentIds);
    return { status: 200, body: { id } };
  });
  return submissionView(ctx, actor, result.body.id);
}

/**
 * Creates and submits in one step (the bot, imports, a form without a draft). The idempotency key
 * is the record's own client key, unique per author: a retry or a racing double tap fails on that
 * constraint and is answered with the record that committed, so no separate ledger row is written.
 * The answer is built from what the transaction wrote, not read back: this is the hot path of
 * campaign deadlines.
 */
export async function submitNew(ctx: AppContext, actor: Actor & AuthorNames, kind: SubmissionKind, data: unknown, idempotencyKey: string): Promise<{ status: number; view: SubmissionView }> {
  authorize(actor, 'submissions.create', { ownerId: actor.personId });
  const form = validFormData(kind, data);
  const now = ctx.clock.now();
  const at = now.toISOString();
  try {
    const view = await ctx.store.transact(async (trx) => {
      const attachments = await checkAttachments(trx, actor.personId, form.attachmentIds);
      const row: SubmissionRow = {
        id: newId(),
        kind,
        author_person_id: actor.personId,
        unit_id: actor.unitId,
        status: 'submitted',
        title: titleOf(kind, form.data),
        data: JSON.stringify(form.data),
        version: 1,
        client_key: idempotencyKey,
        reviewer_person_id: null,
        reviewer_comment: null,
        submitted_at: at,
        reviewed_at: null,
        created_at: at,
        updated_at: at,
      };
      await insertSubmission(trx, row);
      await recordSubmit(trx, { id: row.id, status: 'new' }, actor, now, form.attachmentIds);
      const events = [{ at, from_status: 'draft', to_status: 'submitted', comment: null, full_name: actor.fullName }];
      return presentSubmission(row, { authorName: actor.fullName, unitName: actor.unitName, attachments, events, data: form.data });
    });
    return { status: 201, view };
  } catch (error) {
    const first = await findByClientKey(ctx.store.db, actor.personId, idempotencyKey);
    if (!first) throw error;
    // The same key on a draft or on the other kind is a different operation, not a retry.
    if (first.kind !== kind || first.status === 'draft') throw keyReused();
    return { status: 201, view: await submissionView(ctx, actor, first.id) };
  }
}
