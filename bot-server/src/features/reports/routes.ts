import { Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { recordAudit } from '../audit/repo';
import { dashboard } from './dashboard';
import { writeDashboardXlsx } from './dashboard-xlsx';

const Query = z.object({ unitId: Id.optional() });

export function reportRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/dashboard', async (req, res) => {
    res.json(await dashboard(ctx, actorOf(req), parseInput(Query, req.query).unitId));
  });

  router.get('/dashboard.xlsx', async (req, res) => {
    const actor = actorOf(req);
    const data = await dashboard(ctx, actor, parseInput(Query, req.query).unitId);
    await recordAudit(ctx.store.db, ctx.clock.now(), { actorId: actor.personId, action: 'report.export', subjectType: 'unit', subjectId: data.unitId });
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`tong-hop-${data.unitName}.xlsx`)}`);
    await writeDashboardXlsx(data, res);
  });

  return router;
}
