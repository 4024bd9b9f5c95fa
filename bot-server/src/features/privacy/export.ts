import { digestTimeText, type Actor, type PersonalDataExport } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { presentPerson } from '../org/presenter';
import { findPersonWithUnit } from '../org/repo';

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Everything stored about the actor, for them alone; the export itself is audited. */
export async function exportPersonalData(ctx: AppContext, actor: Actor): Promise<PersonalDataExport> {
  authorize(actor, 'privacy.export', { ownerId: actor.personId });
  const db = ctx.store.db;
  const id = actor.personId;
  const person = await findPersonWithUnit(db, id);
  if (!person) throw notFound();

  const [submissions, attachments, answers, messages, announcements, nominations, completions, audit, leave, acknowledgements, groupChats] = await Promise.all([
    db.selectFrom('submissions').select(['id', 'kind', 'status', 'title', 'data', 'reviewer_comment', 'submitted_at', 'reviewed_at', 'created_at', 'updated_at']).where('author_person_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('attachments').select(['id', 'name', 'mime', 'bytes', 'sha256', 'created_at']).where('owner_person_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('progress_answers').innerJoin('progress_questions', 'progress_questions.id', 'progress_answers.question_id').select(['progress_questions.text as question', 'progress_answers.occurrence', 'progress_answers.value', 'progress_answers.raw_text', 'progress_answers.channel', 'progress_answers.received_at']).where('progress_answers.person_id', '=', id).orderBy('progress_answers.received_at').execute(),
    db.selectFrom('outbox').select(['payload', 'status', 'created_at', 'sent_at']).where('recipient_person_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('announcement_recipients').innerJoin('announcements', 'announcements.id', 'announcement_recipients.announcement_id').select(['announcements.id', 'announcement_recipients.read_at']).where('announcement_recipients.person_id', '=', id).execute(),
    db.selectFrom('award_nominations').select(['id', 'period', 'form', 'achievement', 'created_at']).where('nominee_type', '=', 'person').where('nominee_id', '=', id).execute(),
    db.selectFrom('obligation_completions').select(['obligation_id', 'occurrence', 'subject_id', 'done_at']).where('done_by', '=', id).execute(),
    db.selectFrom('audit_trail').select(['at', 'action', 'subject_type', 'subject_id', 'actor_id']).where((eb) => eb.or([eb('actor_id', '=', id), eb('subject_id', '=', id)])).orderBy('at').execute(),
    db.selectFrom('leaves').select(['from_day', 'to_day', 'reason', 'created_by', 'created_at']).where('person_id', '=', id).orderBy('from_day').execute(),
    db.selectFrom('ack_requests').select(['kind', 'subject_id', 'label', 'requested_at', 'acknowledged_at']).where('person_id', '=', id).orderBy('requested_at').execute(),
    db.selectFrom('group_chats').select(['chat_id', 'unit_id', 'linked_at', 'active']).where('linked_by', '=', id).execute(),
  ]);

  await recordAudit(db, ctx.clock.now(), { actorId: id, action: 'privacy.export', subjectType: 'person', subjectId: id });
  return {
    exportedAt: ctx.clock.now().toISOString(),
    person: presentPerson(person, true),
    unit: { id: person.unit_id, name: person.unit_name },
    submissions: submissions.map((row) => ({ ...row, data: parseJson(row.data) })),
    attachments: attachments.map((row) => ({ id: row.id, name: row.name, mime: row.mime, bytes: Number(row.bytes), sha256: row.sha256, createdAt: row.created_at })),
    progressAnswers: answers,
    messages: messages.map((row) => ({ ...row, payload: parseJson(row.payload) })),
    announcementsReceived: announcements,
    awardNominations: nominations,
    completions,
    auditTrail: audit,
    leave,
    acknowledgements,
    groupChatsLinked: groupChats,
    dailyDigestAt: person.digest_minute === null ? null : digestTimeText(person.digest_minute),
  };
}
