import type { Kysely } from 'kysely';
import type { AttachmentRow, Database } from '../../store/schema';

type Db = Kysely<Database>;

/** Inserts unless this owner already has the same content; either way returns the owner's row. */
export async function upsertAttachment(db: Db, row: AttachmentRow): Promise<AttachmentRow> {
  await db.insertInto('attachments').values(row).onConflict((oc) => oc.columns(['owner_person_id', 'sha256']).doNothing()).execute();
  return db.selectFrom('attachments').selectAll().where('owner_person_id', '=', row.owner_person_id).where('sha256', '=', row.sha256).executeTakeFirstOrThrow();
}

export function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAttachmentsOf(db: Db, ownerId: string, ids: string[]): Promise<AttachmentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('attachments').selectAll().where('owner_person_id', '=', ownerId).where('id', 'in', ids).execute();
}

/** Units (paths) of the submissions that include this attachment: who else may see it depends on them. */
export function submissionsUsing(db: Db, attachmentId: string) {
  return db
    .selectFrom('submission_attachments')
    .innerJoin('submissions', 'submissions.id', 'submission_attachments.submission_id')
    .innerJoin('units', 'units.id', 'submissions.unit_id')
    .select(['submissions.id', 'submissions.status', 'units.path as unit_path'])
    .where('submission_attachments.attachment_id', '=', attachmentId)
    .execute();
}
