import { Id, LeaveBody } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { cancelLeave, listLeaves, setLeave } from './service';

/** Leave: one's own, or a principal's / tổ trưởng's for their staff. */
export function leaveRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { unitId } = parseInput(z.object({ unitId: Id.optional() }), req.query);
    res.json(await listLeaves(ctx, actorOf(req), unitId));
  });

  router.post('/', async (req, res) => {
    res.status(201).json(await setLeave(ctx, actorOf(req), parseInput(LeaveBody, req.body)));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: Id }), req.params);
    await cancelLeave(ctx, actorOf(req), id);
    res.status(204).end();
  });

  return router;
}
