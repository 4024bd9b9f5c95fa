import { AcknowledgeBody } from '@tds/shared';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { acknowledge, myAckRequests } from './service';

/** "Đã nhận": what the signed-in person was asked to confirm, and confirming one. */
export function acknowledgementRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await myAckRequests(ctx, actorOf(req)));
  });

  router.post('/', async (req, res) => {
    res.json(await acknowledge(ctx, actorOf(req), parseInput(AcknowledgeBody, req.body)));
  });

  return router;
}
