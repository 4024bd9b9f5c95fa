import { AwardPeriod, ChecklistBody, CreateNominationBody, Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { listNominations, nominate, quotaUsage, updateChecklist, withdrawNomination } from './service';

const PeriodQuery = z.object({ period: AwardPeriod });
const Params = z.object({ nominationId: Id });

export function awardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await listNominations(ctx, actorOf(req), parseInput(PeriodQuery, req.query).period));
  });
  router.get('/quota', async (req, res) => {
    res.json(await quotaUsage(ctx, actorOf(req), parseInput(PeriodQuery, req.query).period));
  });
  router.post('/', async (req, res) => {
    res.status(201).json(await nominate(ctx, actorOf(req), parseInput(CreateNominationBody, req.body)));
  });
  router.put('/:nominationId/checklist', async (req, res) => {
    const { nominationId } = parseInput(Params, req.params);
    res.json(await updateChecklist(ctx, actorOf(req), nominationId, parseInput(ChecklistBody, req.body).items));
  });
  router.delete('/:nominationId', async (req, res) => {
    const { nominationId } = parseInput(Params, req.params);
    await withdrawNomination(ctx, actorOf(req), nominationId);
    res.status(204).end();
  });
  return router;
}
