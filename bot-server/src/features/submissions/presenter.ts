import type { SubmissionKind, SubmissionStatus, SubmissionView } from '@tds/shared';
import type { AttachmentRow, SubmissionRow } from '../../store/schema';
import { presentAttachment } from '../attachments/presenter';

interface Extras {
  authorName: string;
  unitName: string;
  attachments: AttachmentRow[];
  events: Array<{ at: string; from_status: string | null; to_status: string; comment: string | null; full_name: string | null }>;
  /** The form as already parsed, when the caller has it (a fresh submit): saves parsing `row.data` again. */
  data?: Record<string, unknown>;
}

export function presentSubmission(row: SubmissionRow, extras: Extras): SubmissionView {
  return {
    id: row.id,
    kind: row.kind as SubmissionKind,
    status: row.status as SubmissionStatus,
    authorId: row.author_person_id,
    authorName: extras.authorName,
    unitId: row.unit_id,
    unitName: extras.unitName,
    title: row.title,
    data: extras.data ?? (JSON.parse(row.data) as Record<string, unknown>),
    version: row.version,
    attachments: extras.attachments.map(presentAttachment),
    reviewerComment: row.reviewer_comment,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    updatedAt: row.updated_at,
    history: extras.events.map((event) => ({
      at: event.at,
      actorName: event.full_name,
      from: event.from_status as SubmissionStatus | null,
      to: event.to_status as SubmissionStatus,
      comment: event.comment,
    })),
  };
}

/** A list row's title: the sáng kiến's name, or the course of a training record. */
export function titleOf(kind: SubmissionKind, data: Record<string, unknown>): string {
  const value = kind === 'initiative' ? data.title : data.course;
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 300) : kind === 'initiative' ? 'Sáng kiến chưa đặt tên' : 'Minh chứng chưa đặt tên';
}
