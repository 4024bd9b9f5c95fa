import type { AttachmentView } from '@tds/shared';
import type { AttachmentRow } from '../../store/schema';

export function presentAttachment(row: AttachmentRow): AttachmentView {
  return { id: row.id, mime: row.mime, bytes: row.bytes, name: row.name, sha256: row.sha256, createdAt: row.created_at };
}
