import { Id, ImportPlanBody, MarkDoneBody, ObligationInput } from '@tds/shared';
import { Router } from 'express';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { receiveSingleFile } from '../../http/receive-upload';
import { parseInput } from '../../http/validate';
import { markDone } from '../reminders/completions';
import { importPlan } from './import-plan';
import { addObligation, editObligation, removeObligation } from './obligation-edits';
import { PLAN_FILE_MAX_BYTES, readPlanFile } from './plan-text-file';
import { listPlans, planDetail, publish, searchPlans } from './service';

const ListQuery = z.object({ q: z.string().max(200, 'Từ khóa tối đa 200 ký tự').optional() });
const SearchQuery = z.object({ q: z.string({ error: 'Nhập từ khóa tìm kiếm' }).trim().min(1, 'Nhập từ khóa tìm kiếm').max(200, 'Từ khóa tối đa 200 ký tự') });
const PlanParams = z.object({ planId: Id });
const ObligationParams = PlanParams.extend({ obligationId: Id });
const FileImportQuery = z.object({ issuerUnitId: Id });

export function planRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { q } = parseInput(ListQuery, req.query);
    res.json(await listPlans(ctx, actorOf(req), q));
  });

  router.get('/search', async (req, res) => {
    const { q } = parseInput(SearchQuery, req.query);
    res.json(await searchPlans(ctx, actorOf(req), q));
  });

  /** Pasted text as JSON `{text, issuerUnitId}`. */
  router.post('/import', async (req, res) => {
    res.status(201).json(await importPlan(ctx, actorOf(req), parseInput(ImportPlanBody, req.body)));
  });

  /** A .txt or .docx file as multipart `file`, `?issuerUnitId=`. */
  router.post('/import-file', async (req, res) => {
    const actor = actorOf(req);
    const { issuerUnitId } = parseInput(FileImportQuery, req.query);
    const file = await receiveSingleFile(req, { dir: join(ctx.config.dataDir, 'tmp'), maxBytes: PLAN_FILE_MAX_BYTES });
    try {
      const text = await readPlanFile(file);
      res.status(201).json(await importPlan(ctx, actor, parseInput(ImportPlanBody, { text, issuerUnitId })));
    } finally {
      await file.discard();
    }
  });

  router.get('/:planId', async (req, res) => {
    const { planId } = parseInput(PlanParams, req.params);
    res.json(await planDetail(ctx, actorOf(req), planId));
  });

  router.post('/:planId/publish', async (req, res) => {
    const { planId } = parseInput(PlanParams, req.params);
    res.json(await publish(ctx, actorOf(req), planId));
  });

  router.post('/:planId/obligations', async (req, res) => {
    const { planId } = parseInput(PlanParams, req.params);
    res.status(201).json(await addObligation(ctx, actorOf(req), planId, parseInput(ObligationInput, req.body)));
  });

  router.put('/:planId/obligations/:obligationId', async (req, res) => {
    const { planId, obligationId } = parseInput(ObligationParams, req.params);
    res.json(await editObligation(ctx, actorOf(req), planId, obligationId, parseInput(ObligationInput, req.body)));
  });

  router.delete('/:planId/obligations/:obligationId', async (req, res) => {
    const { planId, obligationId } = parseInput(ObligationParams, req.params);
    await removeObligation(ctx, actorOf(req), planId, obligationId);
    res.status(204).end();
  });

  /** The principal (for the school) or a staff member (for themselves) marks a deadline done. */
  router.post('/:planId/obligations/:obligationId/done', async (req, res) => {
    const { planId, obligationId } = parseInput(ObligationParams, req.params);
    res.json(await markDone(ctx, actorOf(req), planId, obligationId, parseInput(MarkDoneBody, req.body ?? {})));
  });

  return router;
}
