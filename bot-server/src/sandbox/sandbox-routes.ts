import { roleLabels, type Role } from '@tds/shared';
import express, { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context';
import { parseInput } from '../http/validate';
import { listPeopleUnder } from '../features/org/repo';
import type { ZaloSimulator } from './zalo-simulator/simulator';
import { demoUnits } from './demo-roster';
import { demoZaloId } from './seed-demo';

const TokenBody = z.object({ zaloAppUserId: z.string().regex(/^\d{1,19}$/, 'Mã người dùng Zalo không hợp lệ') });
const NewUserBody = z.object({ name: z.string().trim().min(2, 'Tên quá ngắn').max(80, 'Tên quá dài') });

/**
 * What the mini app's browser fallback and the chat page need to play "a person using Zalo":
 * the demo roster and real tokens minted by the simulator. Mounted in sandbox mode only.
 */
export function sandboxRoutes(ctx: AppContext, simulator: ZaloSimulator): Router {
  const router = Router();
  router.use(express.json({ limit: '10kb' }));

  router.get('/demo-people', async (_req, res) => {
    const rootPath = `/${demoUnits[0]!.id}/`;
    const people = await listPeopleUnder(ctx.store.db, rootPath);
    res.json(
      people
        .filter((person) => person.zalo_user_id !== null && person.active === 1)
        .map((person) => ({
          personId: person.id,
          fullName: person.full_name,
          role: person.role,
          roleLabel: roleLabels[person.role as Role],
          unitName: person.unit_name,
          zaloAppUserId: person.zalo_user_id,
          botUserId: person.bot_user_id ?? demoZaloId(person.id, 'bot'),
        })),
    );
  });

  router.post('/zalo-token', (req, res) => {
    const { zaloAppUserId } = parseInput(TokenBody, req.body);
    res.json({ accessToken: simulator.control.issueAccessToken(zaloAppUserId, { ttlSeconds: 3600 }) });
  });

  router.post('/new-zalo-user', (req, res) => {
    const { name } = parseInput(NewUserBody, req.body);
    const user = simulator.control.createUser({ name });
    res.status(201).json({ zaloAppUserId: user.appUserId, botUserId: user.botUserId, accessToken: simulator.control.issueAccessToken(user.appUserId, { ttlSeconds: 3600 }) });
  });

  return router;
}
