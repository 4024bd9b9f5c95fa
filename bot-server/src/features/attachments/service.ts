import { join } from 'node:path';
import { can, uploadLimits, type Actor, type AttachmentView } from '@tds/shared';
import type { Request } from 'express';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/errors';
import { receiveSingleFile } from '../../http/receive-upload';
import { newId } from '../../store/ids';
import type { AttachmentRow } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { presentAttachment } from './presenter';
import { findAttachment, submissionsUsing, upsertAttachment } from './repo';
import { sniffType } from './sniff';

const MB = 1024 * 1024;
const imageTypes: readonly string[] = uploadLimits.imageTypes;

/**
 * Receives one evidence file: streamed to disk while hashing, typed from its bytes, held to the
 * limit of that type, then stored once per content. The same person uploading the same file
 * again (a retry) gets the same attachment back.
 */
export async function uploadAttachment(ctx: AppContext, actor: Actor, req: Request): Promise<AttachmentView> {
  const file = await receiveSingleFile(req, { dir: join(ctx.config.dataDir, 'tmp'), maxBytes: uploadLimits.documentBytes });
  try {
    const mime = await sniffType(file.head, file.path);
    if (!mime) {
      throw new AppError(415, 'unsupported_media_type', 'Chỉ nhận ảnh (JPG, PNG, WEBP, HEIC), tệp PDF hoặc Word (.docx)', { file: 'Loại tệp không được hỗ trợ' });
    }
    const limit = imageTypes.includes(mime) ? uploadLimits.imageBytes : uploadLimits.documentBytes;
    if (file.bytes > limit) {
      const message = `${imageTypes.includes(mime) ? 'Ảnh' : 'Tệp'} vượt quá giới hạn ${limit / MB} MB`;
      throw new AppError(413, 'too_large', message, { file: message });
    }
    const storageKey = await ctx.attachments.put(file.path, file.sha256);
    const now = ctx.clock.now();
    const row = await upsertAttachment(ctx.store.db, {
      id: newId(),
      owner_person_id: actor.personId,
      sha256: file.sha256,
      mime,
      bytes: file.bytes,
      name: cleanName(file.filename),
      storage_key: storageKey,
      created_at: now.toISOString(),
    });
    return presentAttachment(row);
  } finally {
    await file.discard();
  }
}

/**
 * An attachment its owner may always read; others only through a submission they may read,
 * and every such read of someone else's evidence is audited (Nghị định 13/2023).
 */
export async function openAttachment(ctx: AppContext, actor: Actor, id: string): Promise<AttachmentRow> {
  const row = await findAttachment(ctx.store.db, id);
  if (!row) throw notFound('Không tìm thấy tệp');
  if (row.owner_person_id === actor.personId) return row;
  const usedIn = await submissionsUsing(ctx.store.db, id);
  const allowed = usedIn.some((submission) => submission.status !== 'draft' && can(actor, 'submissions.read', { unitPath: submission.unit_path }));
  if (!allowed) throw notFound('Không tìm thấy tệp');
  await recordAudit(ctx.store.db, ctx.clock.now(), { actorId: actor.personId, action: 'attachment.read', subjectType: 'attachment', subjectId: id, detail: { owner: row.owner_person_id } });
  return row;
}

/** Keeps a readable name for downloads; path parts and control characters never survive. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 150);
  return cleaned || 'tep-dinh-kem';
}
