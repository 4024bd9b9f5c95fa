import { CreateJoinCodeBody, Id } from '@tds/shared';
import { Router } from 'express';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { receiveSingleFile } from '../../http/receive-upload';
import { parseInput } from '../../http/validate';
import { createJoinCode } from './join-codes';
import { importRoster } from './roster/import-roster';
import { readRosterFile } from './roster/read-roster-file';
import { listPeople, listUnits } from './service';

const PeopleQuery = z.object({ unitId: Id.optional() });
const RosterQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).default('1') });
const ROSTER_MAX_BYTES = 5 * 1024 * 1024;

export function orgRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/units', async (req, res) => {
    res.json(await listUnits(ctx, actorOf(req)));
  });

  router.get('/people', async (req, res) => {
    const query = parseInput(PeopleQuery, req.query);
    res.json(await listPeople(ctx, actorOf(req), query.unitId));
  });

  router.post('/join-codes', async (req, res) => {
    const body = parseInput(CreateJoinCodeBody, req.body);
    res.status(201).json(await createJoinCode(ctx, actorOf(req), body));
  });

  /** Multipart `file` (.xlsx or .csv); `?dryRun=1` (the default) previews without writing. */
  router.post('/roster', async (req, res) => {
    const actor = actorOf(req);
    const { dryRun } = parseInput(RosterQuery, req.query);
    const file = await receiveSingleFile(req, { dir: join(ctx.config.dataDir, 'tmp'), maxBytes: ROSTER_MAX_BYTES });
    try {
      const table = await readRosterFile(file);
      res.json(await importRoster(ctx, actor, table, dryRun === '1' || dryRun === 'true'));
    } finally {
      await file.discard();
    }
  });

  return router;
}
