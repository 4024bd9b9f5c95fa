import { Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import { actorOf } from '../../auth/authenticate';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { erasePersonalData } from './erase';
import { exportPersonalData } from './export';

const PersonParams = z.object({ personId: Id });

/** Nghị định 13/2023: a person's own data export; erasure on request by an officer of their chain. */
export function privacyRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/me/export', async (req, res) => {
    const data = await exportPersonalData(ctx, actorOf(req));
    res.setHeader('Content-Disposition', 'attachment; filename="du-lieu-ca-nhan.json"');
    res.json(data);
  });

  router.post('/people/:personId/erase', async (req, res) => {
    const { personId } = parseInput(PersonParams, req.params);
    res.json(await erasePersonalData(ctx, actorOf(req), personId));
  });

  return router;
}
