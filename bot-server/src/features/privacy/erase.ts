import type { Actor, ErasureReport } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { conflict, notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { findPersonWithUnit, updatePerson } from '../org/repo';

/** What an erased person is called wherever their records are kept. */
export const ERASED_NAME = 'Người dùng đã xóa dữ liệu';

/**
 * Erases a person's data on their request (Nghị định 13/2023), by an officer of their unit chain.
 * Deleted: drafts, attachments no kept submission uses, messages not yet sent (or held for a digest),
 * sessions, link codes, leave and confirmation requests; groups they linked stop receiving posts.
 * Kept, anonymised: submitted and reviewed submissions (the campaign's record of initiatives and
 * recognitions, which the unit must keep) now belong to a nameless, phoneless, unlinked person;
 * progress answers keep their value (unit statistics stay true) without the person's words; sent
 * messages keep their delivery facts without their text. The audit keeps ids and counts only.
 */
export async function erasePersonalData(ctx: AppContext, actor: Actor, personId: string): Promise<ErasureReport> {
  const person = await findPersonWithUnit(ctx.store.db, personId);
  if (!person) throw notFound('Không tìm thấy người này');
  authorize(actor, 'privacy.erase', { unitPath: person.unit_path });
  if (personId === actor.personId) throw conflict('Không thể tự xóa dữ liệu của chính mình: nhờ cán bộ cấp trên thực hiện');
  const now = ctx.clock.now().toISOString();

  const report = await ctx.store.transact(async (trx) => {
    const drafts = (await trx.selectFrom('submissions').select('id').where('author_person_id', '=', personId).where('status', '=', 'draft').execute()).map((row) => row.id);
    if (drafts.length > 0) {
      await trx.deleteFrom('submission_attachments').where('submission_id', 'in', drafts).execute();
      await trx.deleteFrom('submission_events').where('submission_id', 'in', drafts).execute();
      await trx.deleteFrom('submissions').where('id', 'in', drafts).execute();
    }
    const submissionsKept = (await trx.selectFrom('submissions').select('id').where('author_person_id', '=', personId).execute()).length;
    const attachments = await trx
      .deleteFrom('attachments')
      .where('owner_person_id', '=', personId)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('submission_attachments').select('attachment_id').whereRef('submission_attachments.attachment_id', '=', 'attachments.id'))))
      .executeTakeFirst();
    const answers = await trx.updateTable('progress_answers').set({ raw_text: '' }).where('person_id', '=', personId).executeTakeFirst();
    const pending = await trx.deleteFrom('outbox').where('recipient_person_id', '=', personId).where('status', 'in', ['pending', 'held', 'failed', 'not_linked']).executeTakeFirst();
    const sent = await trx.updateTable('outbox').set({ payload: JSON.stringify({ text: '' }) }).where('recipient_person_id', '=', personId).where('status', '=', 'sent').executeTakeFirst();
    const sessions = await trx.deleteFrom('refresh_tokens').where('person_id', '=', personId).executeTakeFirst();
    await trx.deleteFrom('bot_link_codes').where('person_id', '=', personId).execute();
    await trx.deleteFrom('idempotency_keys').where('person_id', '=', personId).execute();
    await trx.deleteFrom('leaves').where('person_id', '=', personId).execute();
    await trx.deleteFrom('ack_requests').where('person_id', '=', personId).execute();
    // A group they linked stops receiving posts until someone of the unit links it again.
    await trx.updateTable('group_chats').set({ active: 0 }).where('linked_by', '=', personId).execute();
    // Through the repository: the unit's dashboard counts hear that one of its staff left.
    await updatePerson(trx, personId, { full_name: ERASED_NAME, phone: null, title: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, digest_minute: null, active: 0, updated_at: now });
    const result: ErasureReport = {
      personId,
      deleted: { drafts: drafts.length, attachments: Number(attachments.numDeletedRows), pendingMessages: Number(pending.numDeletedRows), sessions: Number(sessions.numDeletedRows) },
      anonymised: { submissionsKept, answersBlanked: Number(answers.numUpdatedRows), messagesBlanked: Number(sent.numUpdatedRows) },
    };
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.personId, action: 'privacy.erase', subjectType: 'person', subjectId: personId, detail: { ...result.deleted, ...result.anonymised } });
    return result;
  });
  return report;
}
