import { Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { openAttachment, uploadAttachment } from './service';

const Params = z.object({ attachmentId: Id });

export function attachmentRoutes(ctx: AppContext): Router {
  const router = Router();

  /** Multipart field `file`: a photo, PDF or .docx of evidence. */
  router.post('/', async (req, res) => {
    res.status(201).json(await uploadAttachment(ctx, actorOf(req), req));
  });

  router.get('/:attachmentId', async (req, res) => {
    const { attachmentId } = parseInput(Params, req.params);
    const row = await openAttachment(ctx, actorOf(req), attachmentId);
    res.setHeader('Content-Type', row.mime);
    res.setHeader('Content-Length', String(row.bytes));
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    (await ctx.attachments.open(row.storage_key)).on('error', () => res.destroy()).pipe(res);
  });

  return router;
}
