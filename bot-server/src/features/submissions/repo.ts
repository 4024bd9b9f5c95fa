import type { Kysely } from 'kysely';
import { noteUnitsChanged } from '../reports/unit-stats';
import type { Database, SubmissionRow } from '../../store/schema';

type Db = Kysely<Database>;

export async function insertSubmission(db: Db, row: SubmissionRow): Promise<void> {
  await db.insertInto('submissions').values(row).execute();
  if (row.status !== 'draft') await noteUnitsChanged(db, [row.unit_id]);
}

export function findSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByClientKey(db: Db, authorId: string, clientKey: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('author_person_id', '=', authorId).where('client_key', '=', clientKey).executeTakeFirst();
}

/**
 * Saves a draft only if nobody saved since `expectedVersion` (another device, a late autosave):
 * the conditional update is the check, so two writers cannot both win.
 */
export async function saveDraftIfCurrent(db: Db, id: string, expectedVersion: number, changes: Pick<SubmissionRow, 'data' | 'title' | 'updated_at'>): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Moves a submission between statuses only from the one expected: a double review cannot apply twice. */
export async function transition(db: Db, id: string, from: string[], changes: Partial<SubmissionRow> & { status: string }): Promise<boolean> {
  const result = await db.updateTable('submissions').set(changes).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  // Counted where it was filed and where its author now works (they differ after a move).
  const owner = await db.selectFrom('submissions').innerJoin('people', 'people.id', 'submissions.author_person_id').select(['submissions.unit_id', 'people.unit_id as author_unit_id']).where('submissions.id', '=', id).executeTakeFirst();
  await noteUnitsChanged(db, [owner?.unit_id, owner?.author_unit_id]);
  return true;
}

export async function insertEvent(db: Db, event: { id: string; submissionId: string; at: string; actorId: string | null; from: string | null; to: string; comment: string | null }): Promise<void> {
  await db
    .insertInto('submission_events')
    .values({ id: event.id, submission_id: event.submissionId, at: event.at, actor_person_id: event.actorId, from_status: event.from, to_status: event.to, comment: event.comment })
    .execute();
}

export async function replaceAttachments(db: Db, submissionId: string, attachmentIds: string[], options: { isNew?: boolean } = {}): Promise<void> {
  if (!options.isNew) await db.deleteFrom('submission_attachments').where('submission_id', '=', submissionId).execute();
  if (attachmentIds.length === 0) return;
  await db
    .insertInto('submission_attachments')
    .values(attachmentIds.map((attachmentId, position) => ({ submission_id: submissionId, attachment_id: attachmentId, position })))
    .execute();
}

export function attachmentsOf(db: Db, submissionId: string) {
  return db
    .selectFrom('submission_attachments')
    .innerJoin('attachments', 'attachments.id', 'submission_attachments.attachment_id')
    .selectAll('attachments')
    .where('submission_attachments.submission_id', '=', submissionId)
    .orderBy('submission_attachments.position')
    .execute();
}

export function eventsOf(db: Db, submissionId: string) {
  return db
    .selectFrom('submission_events')
    .leftJoin('people', 'people.id', 'submission_events.actor_person_id')
    .select(['submission_events.at', 'submission_events.from_status', 'submission_events.to_status', 'submission_events.comment', 'people.full_name'])
    .where('submission_events.submission_id', '=', submissionId)
    .orderBy('submission_events.at')
    .execute();
}

/** Removes a draft and its links; only drafts, so nothing submitted can vanish this way. */
export async function deleteDraft(db: Db, id: string): Promise<boolean> {
  await db.deleteFrom('submission_attachments').where('submission_id', '=', id).execute();
  const result = await db.deleteFrom('submissions').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export interface ListFilter {
  authorId?: string;
  unitPath?: string;
  /** Only this unit (a tổ trưởng reviews their tổ, not the school). */
  unitId?: string;
  status?: string;
  kind?: string;
  excludeDrafts?: boolean;
  /** A review queue serves whoever has waited longest first. */
  oldestFirst?: boolean;
}

export function listSubmissions(db: Db, filter: ListFilter) {
  let query = db
    .selectFrom('submissions')
    .innerJoin('people', 'people.id', 'submissions.author_person_id')
    .innerJoin('units', 'units.id', 'submissions.unit_id')
    .selectAll('submissions')
    .select(['people.full_name as author_name', 'units.name as unit_name']);
  if (filter.authorId) query = query.where('submissions.author_person_id', '=', filter.authorId);
  if (filter.unitPath) query = query.where('units.path', 'like', `${filter.unitPath}%`);
  if (filter.unitId) query = query.where('submissions.unit_id', '=', filter.unitId);
  if (filter.status) query = query.where('submissions.status', '=', filter.status);
  if (filter.kind) query = query.where('submissions.kind', '=', filter.kind);
  if (filter.excludeDrafts) query = query.where('submissions.status', '!=', 'draft');
  return (filter.oldestFirst ? query.orderBy('submissions.submitted_at', 'asc') : query.orderBy('submissions.updated_at', 'desc')).limit(500).execute();
}
