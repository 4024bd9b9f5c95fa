import { Id } from '@tds/shared';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { recordAudit } from '../audit/repo';
import { achievementReportDocx } from './achievement-report';
import { dashboard } from './dashboard';
import { writeDashboardXlsx } from './dashboard-xlsx';
import { staffExportUnit, writeStaffXlsx } from './staff-xlsx';
import { yearlyReportDocx } from './yearly-report';

const Query = z.object({ unitId: Id.optional() });
const PersonParams = z.object({ personId: Id });

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

  /** Every staff member of the unit's subtree with their counts, streamed (50,000 rows in constant memory). */
  router.get('/staff.xlsx', async (req, res) => {
    const unit = await staffExportUnit(ctx, actorOf(req), parseInput(Query, req.query).unitId);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`can-bo-${unit.name}.xlsx`)}`);
    await writeStaffXlsx(ctx, unit, res);
  });

  /** Draft báo cáo thành tích (Mẫu số 08) of one person, pre-filled from their records. */
  router.get('/achievement/:personId.docx', async (req, res) => {
    const { personId } = parseInput(PersonParams, req.params);
    sendDocx(res, await achievementReportDocx(ctx, actorOf(req), personId));
  });

  /** Draft yearly campaign report of a unit to the level above, pre-filled with counts. */
  router.get('/yearly.docx', async (req, res) => {
    sendDocx(res, await yearlyReportDocx(ctx, actorOf(req), parseInput(Query, req.query).unitId));
  });

  return router;
}

function sendDocx(res: Response, file: { fileName: string; buffer: Buffer }): void {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.send(file.buffer);
}
